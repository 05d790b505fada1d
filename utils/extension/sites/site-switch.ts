/**
 * Turning Care Review Lens on or off for one site, from the popup or the library's settings. Turning on a site
 * outside the curated list asks the browser for its host permission; the background (site-access.ts) then
 * registers the content script there for later visits, and the open tab gets it at once.
 */
import { browser } from 'wxt/browser';
import { getSettings } from '../../shared/settings';
import { updateSettings } from '../update-settings';
import { originPatternsFor, settingsForSiteSwitch } from './site-access-rules';
import { NoContentScriptError, sendToTab } from './tab-messaging';
import { errorMessage } from '../error-message';

export type SiteKind = 'built-in' | 'optional';

export type SiteSwitchOutcome = { ok: true } | { ok: false; message: string };

/**
 * Call this directly from the click or change handler: the browser shows its permission prompt only while the
 * user's gesture is fresh, so nothing may be awaited before the request.
 */
export function switchSiteOn(
  hostname: string,
  kind: SiteKind,
  tabId: number | null = null,
): Promise<SiteSwitchOutcome> {
  const permission =
    kind === 'optional' ? browser.permissions.request({ origins: originPatternsFor(hostname) }) : Promise.resolve(true);
  return permission.then(
    async (granted): Promise<SiteSwitchOutcome> => {
      if (!granted) {
        return {
          ok: false,
          message: `The browser did not give Care Review Lens access to ${hostname}, so it stays off there.`,
        };
      }
      await updateSettings(settingsForSiteSwitch(await getSettings(), hostname, true, kind));
      if (kind === 'optional' && tabId !== null) await startInTab(tabId);
      return { ok: true };
    },
    (error: unknown) => ({
      ok: false,
      message: `Could not ask for access to ${hostname}: ${errorMessage(error)}`,
    }),
  );
}

export async function switchSiteOff(hostname: string, kind: SiteKind): Promise<void> {
  await updateSettings(settingsForSiteSwitch(await getSettings(), hostname, false, kind));
  if (kind === 'optional') {
    // The permission is no longer needed; giving it back keeps the extension's reach to what the user chose.
    await browser.permissions.remove({ origins: originPatternsFor(hostname) }).catch(() => false);
  }
}

/** Runs the content script in an open tab that does not have it yet (the registration covers later loads). */
async function startInTab(tabId: number): Promise<void> {
  try {
    await sendToTab(tabId, { type: 'care-lens/get-page-mentions' });
    return;
  } catch (error) {
    if (!(error instanceof NoContentScriptError)) return;
  }
  const script = browser.runtime.getManifest().content_scripts?.[0];
  if (!script) return;
  try {
    if (script.css?.length) await browser.scripting.insertCSS({ target: { tabId }, files: script.css });
    // The manifest's own file names, so the cast only restates what WXT built.
    if (script.js?.length) await browser.scripting.executeScript({ target: { tabId }, files: script.js as never[] });
  } catch {
    // The tab may have navigated away or be a page no extension can script; the next load picks the site up.
  }
}
