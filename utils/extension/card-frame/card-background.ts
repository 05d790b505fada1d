/** "Not on this site" and its undo, asked of the background for the tab the card is in (see card-frame-handlers.ts). */
import { browser } from 'wxt/browser';
import type {
  CardFrameToBackgroundMessage,
  CardFrameToBackgroundReply,
} from '../../shared/messages/card-frame-to-background';

async function ask(message: CardFrameToBackgroundMessage): Promise<CardFrameToBackgroundReply> {
  const reply = (await browser.runtime.sendMessage(message).catch(() => null)) as CardFrameToBackgroundReply | null;
  return reply ?? { ok: false, error: { kind: 'unavailable', message: 'The extension did not answer.' } };
}

/** Switches marking off ("Not on this site") or back on for the card's site; resolves to the site's name. */
export async function setCardSiteMarking(on: boolean): Promise<string> {
  const reply = await ask({ type: 'care-lens/card-site', on });
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.hostname;
}
