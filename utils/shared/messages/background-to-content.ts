/**
 * Messages from the background service worker to a tab's content script (keyboard commands). `scope` says which
 * mentions a step stops at: the review's proposals (the default, and what older messages meant) or every mention,
 * background items included.
 */
export type BackgroundToContentMessage = {
  type: 'care-lens/step-mention';
  direction: 'next' | 'previous';
  scope?: 'proposals' | 'all';
};

export function isBackgroundToContentMessage(value: unknown): value is BackgroundToContentMessage {
  if (!value || typeof value !== 'object') return false;
  const message = value as Record<string, unknown>;
  return (
    message.type === 'care-lens/step-mention' &&
    (message.direction === 'next' || message.direction === 'previous') &&
    (message.scope === undefined || message.scope === 'proposals' || message.scope === 'all')
  );
}
