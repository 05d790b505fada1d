/**
 * The one `runtime.onMessage` listener for what the card frame asks of the background (the article a note is
 * written on, "Not on this site" and its undo). It is registered synchronously when the worker starts, so a message
 * that wakes a stopped worker is delivered; handlers keep nothing in memory between messages. Content scripts ask
 * the background nothing: the card's actions run in the card frame, an extension page.
 */
import { browser, type Browser } from 'wxt/browser';
import {
  isCardFrameToBackgroundMessage,
  type CardFrameToBackgroundReply,
} from '../../shared/messages/card-frame-to-background';
import { isStorageError } from '../db/storage-errors';
import { handleCardFrameMessage } from './card-frame-handlers';
import { isFromCardFrame } from './sender-checks';
import { errorMessage } from '../error-message';

function failure(error: unknown): CardFrameToBackgroundReply {
  if (isStorageError(error)) return { ok: false, error: { kind: error.kind, message: error.message } };
  const detail = errorMessage(error);
  console.error('Care Review Lens background error:', error);
  return { ok: false, error: { kind: 'database', message: `Something went wrong in the extension: ${detail}` } };
}

/** The listener itself, exported so a unit test can hand it spoofed senders. */
export function routeMessage(
  message: unknown,
  sender: Browser.runtime.MessageSender,
  sendResponse: (reply: unknown) => void,
): boolean {
  // Not ours (another listener may answer it), or not from a card frame of this extension in a tab.
  if (!isCardFrameToBackgroundMessage(message) || !isFromCardFrame(sender)) return false;
  handleCardFrameMessage(message, sender.tab!).then(sendResponse, (error: unknown) => sendResponse(failure(error)));
  return true;
}

export function registerMessageRouter(): void {
  browser.runtime.onMessage.addListener(routeMessage);
}
