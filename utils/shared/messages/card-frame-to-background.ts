/**
 * What the card frame asks of the background besides notes (those go over the notes port,
 * utils/extension/notes/card-notes-protocol.ts). The frame is this extension's own page, but it sits in a news tab,
 * so the background acts only on that tab (its `sender.tab`): "Not on this site" (`on: false`) and its undo
 * (`on: true`) switch marking off or back on for that tab's site. Nothing in the message names the site.
 */
export type CardFrameToBackgroundMessage = { type: 'care-lens/card-site'; on: boolean };

export type CardFrameToBackgroundReply =
  { ok: true; hostname: string } | { ok: false; error: { kind: string; message: string } };

export function isCardFrameToBackgroundMessage(value: unknown): value is CardFrameToBackgroundMessage {
  if (!value || typeof value !== 'object') return false;
  const message = value as Record<string, unknown>;
  return message.type === 'care-lens/card-site' && typeof message.on === 'boolean';
}
