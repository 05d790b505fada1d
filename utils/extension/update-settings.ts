/**
 * Changing the user's settings, from the extension's own pages and the background only. A content script never
 * writes them: its "Not on this site" asks the background, which checks the sender's site first.
 */
import { getSettings, normaliseSettings, settingsItem, type Settings } from '../shared/settings';

let pendingUpdate: Promise<unknown> = Promise.resolve();

/** Applies `change` on top of the stored settings. Calls from one context run in turn, so none overwrites another. */
export function updateSettings(change: Partial<Settings>): Promise<Settings> {
  const update = pendingUpdate.then(async () => {
    const next = normaliseSettings({ ...(await getSettings()), ...change });
    await settingsItem.setValue(next);
    return next;
  });
  pendingUpdate = update.catch(() => undefined);
  return update;
}
