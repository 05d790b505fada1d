/**
 * The one `runtime.onMessage` listener. It is registered synchronously when the worker starts, so a message
 * that wakes a stopped worker is delivered; handlers keep nothing in memory between messages.
 */
import { browser, type Browser } from 'wxt/browser';
import { isContentToBackgroundMessage } from '../../shared/messages/content-to-background';
import { isUiToBackgroundMessage, type BackgroundReply } from '../messages/ui-to-background';
import { NotesImportError } from '../notes/notes-import';
import { isStorageError } from '../db/storage-errors';
import { handleContentMessage } from './content-handlers';
import { isFromContentScriptOrPage, isFromExtensionPage, senderHostname } from './sender-checks';
import { handleUiMessage } from './ui-handlers';

function failure(error: unknown): BackgroundReply<never> {
  if (isStorageError(error)) return { ok: false, error: { kind: error.kind, message: error.message } };
  if (error instanceof NotesImportError) return { ok: false, error: { kind: 'import', message: error.message } };
  const detail = error instanceof Error ? error.message : String(error);
  console.error('Care Review Lens background error:', error);
  return { ok: false, error: { kind: 'database', message: `Something went wrong in the extension: ${detail}` } };
}

function answer(work: Promise<unknown>, sendResponse: (reply: unknown) => void): true {
  work.then(
    (value) => sendResponse(value),
    (error: unknown) => sendResponse(failure(error)),
  );
  return true;
}

export function registerMessageRouter(): void {
  browser.runtime.onMessage.addListener(
    (message: unknown, sender: Browser.runtime.MessageSender, sendResponse: (reply: unknown) => void) => {
      if (isUiToBackgroundMessage(message)) {
        if (!isFromExtensionPage(sender)) return false;
        return answer(
          handleUiMessage(message).then((value) => ({ ok: true, value })),
          sendResponse,
        );
      }
      if (isContentToBackgroundMessage(message)) {
        if (!isFromContentScriptOrPage(sender)) return false;
        const host = isFromExtensionPage(sender) ? undefined : senderHostname(sender);
        return answer(handleContentMessage(message, host), sendResponse);
      }
      // Not ours (another listener, e.g. the settings or command relay, may answer it).
      return false;
    },
  );
}
