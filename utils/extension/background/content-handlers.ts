/** Handlers for messages a content script sends (`utils/shared/messages/content-to-background.ts`). */
import type { ContentToBackgroundMessage, ContentToBackgroundReply } from '../../shared/messages/content-to-background';
import { getRecord } from '../db/dataset-repository';
import { getSettings } from '../../shared/settings';
import { updateSettings } from '../update-settings';
import { StorageError } from '../db/storage-errors';
import { openLibraryAtRecord } from './open-library';

const HOSTNAME = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;

export async function handleContentMessage(
  message: ContentToBackgroundMessage,
  senderHost: string | undefined,
): Promise<ContentToBackgroundReply> {
  if (message.type === 'care-lens/open-notes') {
    if (!(await getRecord(message.recordId))) {
      throw new StorageError('not-found', `There is no recommendation “${message.recordId}” to open notes on.`);
    }
    await openLibraryAtRecord(message.recordId);
    return { ok: true };
  }
  const hostname = message.hostname.toLowerCase();
  // A content script may only switch off the site it runs on.
  if (!HOSTNAME.test(hostname) || (senderHost !== undefined && senderHost !== hostname)) {
    return {
      ok: false,
      error: { kind: 'invalid', message: `Cannot turn marking off for “${message.hostname}” from this page.` },
    };
  }
  const settings = await getSettings();
  if (!settings.disabledSites.includes(hostname)) {
    await updateSettings({ disabledSites: [...settings.disabledSites, hostname] });
  }
  return { ok: true };
}
