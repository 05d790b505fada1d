/**
 * The one `runtime.onMessage` listener for what content scripts ask of the background ("Open notes", "Not on this
 * site"). It is registered synchronously when the worker starts, so a message that wakes a stopped worker is
 * delivered; handlers keep nothing in memory between messages. Extension pages need no messages: they open the
 * database themselves.
 */
import { browser, type Browser } from 'wxt/browser';
import {
  isContentToBackgroundMessage,
  type ContentToBackgroundReply,
} from '../../shared/messages/content-to-background';
import { isStorageError } from '../db/storage-errors';
import { handleContentMessage } from './content-handlers';
import { isFromContentScriptOrPage, isFromExtensionPage, senderHostname } from './sender-checks';

function failure(error: unknown): ContentToBackgroundReply {
  if (isStorageError(error)) return { ok: false, error: { kind: error.kind, message: error.message } };
  const detail = error instanceof Error ? error.message : String(error);
  console.error('Care Review Lens background error:', error);
  return { ok: false, error: { kind: 'database', message: `Something went wrong in the extension: ${detail}` } };
}

export function registerMessageRouter(): void {
  browser.runtime.onMessage.addListener(
    (message: unknown, sender: Browser.runtime.MessageSender, sendResponse: (reply: unknown) => void) => {
      // Not ours (another listener, e.g. the settings or command relay, may answer it).
      if (!isContentToBackgroundMessage(message)) return false;
      if (!isFromContentScriptOrPage(sender)) return false;
      const host = isFromExtensionPage(sender) ? undefined : senderHostname(sender);
      handleContentMessage(message, host).then(sendResponse, (error: unknown) => sendResponse(failure(error)));
      return true;
    },
  );
}
