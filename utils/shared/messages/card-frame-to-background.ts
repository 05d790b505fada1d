/**
 * What the card frame asks of the background. The frame is this extension's own page, but it sits in a news tab,
 * so the background answers only about that tab (its `sender.tab`): the article a note is written on, and
 * switching marking off or back on for that tab's site. Nothing in these messages comes from the page.
 */
export type CardFrameToBackgroundMessage =
  /** The title and address of the article the card is on, for a note written in the card. */
  | { type: 'care-lens/card-article' }
  /** "Not on this site" (`on: false`) and its undo (`on: true`), for the site of the card's own tab. */
  | { type: 'care-lens/card-site'; on: boolean };

export type CardFrameToBackgroundReply =
  | { ok: true; article?: { title: string; url: string }; hostname?: string }
  | { ok: false; error: { kind: string; message: string } };

export function isCardFrameToBackgroundMessage(value: unknown): value is CardFrameToBackgroundMessage {
  if (!value || typeof value !== 'object') return false;
  const message = value as Record<string, unknown>;
  if (message.type === 'care-lens/card-article') return true;
  return message.type === 'care-lens/card-site' && typeof message.on === 'boolean';
}
