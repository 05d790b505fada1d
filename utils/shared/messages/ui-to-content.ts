/**
 * Messages from the extension's own pages (popup) to the content script of a tab, via `tabs.sendMessage`.
 * Receivers validate shape with `isUiToContentMessage`; anything else is ignored.
 */
export interface PageMentionSummary {
  recordId: string;
  count: number;
}

export type UiToContentMessage =
  { type: 'care-lens/get-page-mentions' } | { type: 'care-lens/reveal-mention'; recordId: string };

export interface UiToContentReplies {
  'care-lens/get-page-mentions': { mentions: PageMentionSummary[]; url: string; marking: boolean };
  'care-lens/reveal-mention': { revealed: boolean };
}

export function isUiToContentMessage(value: unknown): value is UiToContentMessage {
  if (!value || typeof value !== 'object') return false;
  const message = value as Record<string, unknown>;
  if (message.type === 'care-lens/get-page-mentions') return true;
  return message.type === 'care-lens/reveal-mention' && typeof message.recordId === 'string';
}
