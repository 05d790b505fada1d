/**
 * Messages from the extension's own pages (popup) to the content script of a tab, via `tabs.sendMessage`.
 * Receivers validate shape with `isUiToContentMessage`; anything else is ignored.
 */
export interface PageMentionSummary {
  recordId: string;
  count: number;
  /**
   * Every mention of the record here names it only as background (a funding total standing for the review's
   * spending recommendation): the popup lists it with the background, not with the proposals.
   */
  background?: true;
}

/** Whether the content script is marking this page, and if not, why: the popup says so when a page has no marks. */
export type PageMarking =
  /**
   * Marking. `aboutCare`: the page reads as being about children's social care (phrases with everyday meanings
   * count only then). `reading`: the page is still being read, so more may be found.
   */
  | { state: 'on'; aboutCare: boolean; reading: boolean }
  /** The reader paused marking on every site. */
  | { state: 'paused' }
  /** The reader switched marking off for this site ("Not on this site", or the popup's site switch). */
  | { state: 'off-on-site' };

export type UiToContentMessage =
  { type: 'care-lens/get-page-mentions' } | { type: 'care-lens/reveal-mention'; recordId: string };

export interface UiToContentReplies {
  /** The records marked on the page, in order of first mention. */
  'care-lens/get-page-mentions': { mentions: PageMentionSummary[]; url: string; marking: PageMarking };
  'care-lens/reveal-mention': { revealed: boolean };
}

export function isUiToContentMessage(value: unknown): value is UiToContentMessage {
  if (!value || typeof value !== 'object') return false;
  const message = value as Record<string, unknown>;
  if (message.type === 'care-lens/get-page-mentions') return true;
  return message.type === 'care-lens/reveal-mention' && typeof message.recordId === 'string';
}
