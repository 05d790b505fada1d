/**
 * Answers messages from the extension: the popup's "On this page" list and "show me" (`ui-to-content`), and the
 * keyboard commands relayed by the background (`background-to-content`). Messages from anything but this
 * extension are ignored.
 */
import { browser } from 'wxt/browser';
import { isBackgroundToContentMessage } from '../../shared/messages/background-to-content';
import { isUiToContentMessage, type UiToContentReplies } from '../../shared/messages/ui-to-content';
import type { MarkingSession } from './marking-session';

export type StepReply = { stepped: boolean };

/** Starts answering; returns a function that stops. `session()` is null while marking is off on this page. */
export function answerMessages(session: () => MarkingSession | null): () => void {
  const listener = (message: unknown, sender: { id?: string }, sendResponse: (reply: unknown) => void): false => {
    if (sender.id !== browser.runtime.id) return false;
    const current = session();
    if (isUiToContentMessage(message)) {
      if (message.type === 'care-lens/get-page-mentions') {
        const reply: UiToContentReplies['care-lens/get-page-mentions'] = {
          mentions: current?.summary() ?? [],
          url: location.href,
          marking: current !== null,
        };
        sendResponse(reply);
      } else {
        const reply: UiToContentReplies['care-lens/reveal-mention'] = {
          revealed: current?.reveal(message.recordId) ?? false,
        };
        sendResponse(reply);
      }
    } else if (isBackgroundToContentMessage(message)) {
      const reply: StepReply = { stepped: current?.step(message.direction) ?? false };
      sendResponse(reply);
    }
    return false;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
