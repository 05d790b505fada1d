/**
 * Messages from a content script to the background service worker. The page itself can never send these
 * (`runtime.sendMessage` is not reachable from page scripts), but the receiver still checks the sender is this
 * extension's content script and validates every field.
 */
export type ContentToBackgroundMessage =
  /** "Open notes" on a card: open the extension's own UI at this recommendation. */
  | { type: 'care-lens/open-notes'; recordId: string }
  /** "Not on this site" on a card. */
  | { type: 'care-lens/disable-site'; hostname: string };

export function isContentToBackgroundMessage(value: unknown): value is ContentToBackgroundMessage {
  if (!value || typeof value !== 'object') return false;
  const message = value as Record<string, unknown>;
  if (message.type === 'care-lens/open-notes') return typeof message.recordId === 'string';
  if (message.type === 'care-lens/disable-site') return typeof message.hostname === 'string';
  return false;
}

/**
 * What the background answers: `{ ok: true }`, or an error whose `message` can be shown to the user as it is
 * (for example an unknown record id, or a database that cannot be opened).
 */
export type ContentToBackgroundReply = { ok: true } | { ok: false; error: { kind: string; message: string } };
