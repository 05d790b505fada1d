/**
 * Answers messages from the extension: the popup's "On this page" list and "show me" (`ui-to-content`), and the
 * keyboard commands relayed by the background (`background-to-content`). Messages from anything but this
 * extension are ignored.
 */
import { browser } from 'wxt/browser';
import { isBackgroundToContentMessage } from '../../shared/messages/background-to-content';
import { isUiToContentMessage, type PageMarking, type UiToContentReplies } from '../../shared/messages/ui-to-content';
import type { Settings } from '../../shared/settings';
import type { MarkingSession } from './marking-session';

export type StepReply = { stepped: boolean };

export interface ContentState {
  /** Null while marking is off on this page. */
  session: MarkingSession | null;
  /** The settings last applied; null until they have been read. */
  settings: Settings | null;
}

/** Why the page is marked or not, for the popup's account of an empty page. */
export function pageMarking({ session, settings }: ContentState): PageMarking {
  if (session) return { state: 'on', ...session.reading() };
  // Settings not read yet: marking is about to start.
  if (!settings) return { state: 'on', aboutCare: false, reading: true };
  return settings.paused ? { state: 'paused' } : { state: 'off-on-site' };
}

/** Starts answering; returns a function that stops. */
export function answerMessages(state: () => ContentState): () => void {
  const listener = (message: unknown, sender: { id?: string }, sendResponse: (reply: unknown) => void): false => {
    if (sender.id !== browser.runtime.id) return false;
    const current = state();
    if (isUiToContentMessage(message)) {
      if (message.type === 'care-lens/get-page-mentions') {
        const reply: UiToContentReplies['care-lens/get-page-mentions'] = {
          mentions: current.session?.summary() ?? [],
          url: location.href,
          marking: pageMarking(current),
        };
        sendResponse(reply);
      } else {
        const reply: UiToContentReplies['care-lens/reveal-mention'] = {
          revealed: current.session?.reveal(message.recordId) ?? false,
        };
        sendResponse(reply);
      }
    } else if (isBackgroundToContentMessage(message)) {
      const reply: StepReply = { stepped: current.session?.step(message.direction, message.scope) ?? false };
      sendResponse(reply);
    }
    return false;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
