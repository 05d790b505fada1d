/** The card frame's requests to the background, about the tab the card is shown in (see card-frame-handlers.ts). */
import { browser } from 'wxt/browser';
import type {
  CardFrameToBackgroundMessage,
  CardFrameToBackgroundReply,
} from '../../shared/messages/card-frame-to-background';
import type { NoteArticle } from '../notes/notes-repository';

async function ask(message: CardFrameToBackgroundMessage): Promise<CardFrameToBackgroundReply> {
  const reply = (await browser.runtime.sendMessage(message).catch(() => null)) as CardFrameToBackgroundReply | null;
  return reply ?? { ok: false, error: { kind: 'unavailable', message: 'The extension did not answer.' } };
}

/** The article the card is on, from the browser's record of the tab; null when it cannot be had. */
export async function cardArticle(): Promise<NoteArticle | null> {
  const reply = await ask({ type: 'care-lens/card-article' });
  return reply.ok && reply.article ? reply.article : null;
}

/** Switches marking off ("Not on this site") or back on for the card's site; resolves to the site's name. */
export async function setCardSiteMarking(on: boolean): Promise<string> {
  const reply = await ask({ type: 'care-lens/card-site', on });
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.hostname ?? '';
}
