/** Messages from the background service worker to a tab's content script (keyboard commands). */
export type BackgroundToContentMessage = { type: 'care-lens/step-mention'; direction: 'next' | 'previous' };

export function isBackgroundToContentMessage(value: unknown): value is BackgroundToContentMessage {
  if (!value || typeof value !== 'object') return false;
  const message = value as Record<string, unknown>;
  return (
    message.type === 'care-lens/step-mention' && (message.direction === 'next' || message.direction === 'previous')
  );
}
