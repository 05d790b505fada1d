/**
 * Which mention the keyboard command or the popup's "On this page" goes to next. Mentions are given in document
 * order; ones with no boxes (inside something hidden) are passed over.
 */
import type { Mention } from './mention-types';

export type StepDirection = 'next' | 'previous';

function isShown(mention: Mention): boolean {
  return mention.range.getClientRects().length > 0;
}

/** Index of the first mention whose top is at or below `y` (document order is close to vertical order). */
function firstAtOrBelow(mentions: readonly Mention[], y: number): number {
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (mentions[middle]!.range.getBoundingClientRect().top >= y) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** Which mentions a step stops at: the review's proposals only, or background items too. */
export type StepScope = 'proposals' | 'all';

/**
 * Where a step from `current` starts in `mentions`: `current` may not be one of them (a background item's card is
 * open and the step is proposals only), and then the step starts from its place among `all` (document order).
 */
function startIndex(
  mentions: readonly Mention[],
  current: Mention,
  direction: StepDirection,
  all: readonly Mention[],
): number | null {
  const at = mentions.indexOf(current);
  if (at >= 0) return at + (direction === 'next' ? 1 : -1);
  const inAll = all.indexOf(current);
  if (inAll < 0) return null;
  const stops = new Set(mentions);
  const before = all.slice(0, inAll).filter((mention) => stops.has(mention)).length;
  return direction === 'next' ? before : before - 1;
}

/**
 * From `current` (or, with no current mention, from the top of the viewport) one step in `direction`, wrapping
 * around the page's ends. `all` holds `mentions` and any others `current` may be, in document order.
 */
export function stepMention(
  mentions: readonly Mention[],
  current: Mention | null,
  direction: StepDirection,
  all: readonly Mention[] = mentions,
): Mention | null {
  const count = mentions.length;
  if (count === 0) return null;
  const delta = direction === 'next' ? 1 : -1;
  const from = current ? startIndex(mentions, current, direction, all) : null;
  let index: number;
  if (from !== null) index = from;
  else {
    const below = firstAtOrBelow(mentions, 0);
    index = direction === 'next' ? below : below - 1;
  }
  for (let tried = 0; tried < count; tried += 1) {
    const candidate = mentions[(((index + tried * delta) % count) + count) % count]!;
    if (isShown(candidate)) return candidate;
  }
  return null;
}

/** The mention of `recordId` after `after` (or the first one), wrapping around. */
export function nextMentionOfRecord(
  mentions: readonly Mention[],
  recordId: string,
  after: Mention | null,
): Mention | null {
  const ofRecord = mentions.filter((mention) => mention.recordIds.includes(recordId));
  if (ofRecord.length === 0) return null;
  const at = after ? ofRecord.indexOf(after) : -1;
  for (let tried = 1; tried <= ofRecord.length; tried += 1) {
    const candidate = ofRecord[(at + tried) % ofRecord.length]!;
    if (isShown(candidate)) return candidate;
  }
  return null;
}

/** Whether any of the mention's boxes is inside the viewport. */
export function isInViewport(mention: Mention, view: { width: number; height: number }): boolean {
  for (const rect of mention.range.getClientRects()) {
    if (rect.bottom > 0 && rect.top < view.height && rect.right > 0 && rect.left < view.width) return true;
  }
  return false;
}

/** Scrolls the page (and any scrolling box around the mention) so the mention is in view, if it is not. */
export function scrollMentionIntoView(mention: Mention): void {
  const view = { width: window.innerWidth, height: window.innerHeight };
  if (isInViewport(mention, view)) return;
  const container = mention.range.startContainer.parentElement;
  container?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
}
