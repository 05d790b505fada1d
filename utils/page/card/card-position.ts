/**
 * Keeps an open card next to its mention: places the card's frame on open, and again when the page scrolls (any
 * scroller), the window resizes or the card reports a new size. The size comes from the card frame (its content is
 * another origin's); the frame is given its natural height when it fits, less when it does not, and scrolls inside.
 * Coordinates are rounded so text stays crisp.
 */
import { placeCard, type VerticalSide } from './card-placement';

/** The card never grows taller than this share of the viewport; it scrolls inside instead. */
const MAX_VIEWPORT_SHARE = 0.8;
/** Space kept free along the viewport's edges (as card-placement's default). */
const MARGIN = 8;

export interface CardPositionTracker {
  update(): void;
  stop(): void;
}

export interface TrackOptions {
  /** The card's frame element. */
  element: HTMLElement;
  range: Range;
  /** The card's natural size as the frame last reported it. */
  size(): { width: number; height: number };
  /** Called when the mention is gone from the page or (for a hover card) scrolled out of view. */
  onMentionLost: () => void;
  closeWhenOffscreen: () => boolean;
}

/** The widest a card may be in the current viewport: what the frame is told to lay itself out within. */
export function maxCardWidth(): number {
  return Math.max(0, document.documentElement.clientWidth - 2 * MARGIN);
}

export function trackCardPosition({
  element,
  range,
  size,
  onMentionLost,
  closeWhenOffscreen,
}: TrackOptions): CardPositionTracker {
  let side: VerticalSide = 'below';
  let frame = 0;

  const update = () => {
    frame = 0;
    const anchor = range.getBoundingClientRect();
    const viewport = { width: document.documentElement.clientWidth, height: window.innerHeight };
    const mentionGone = !range.startContainer.isConnected || (anchor.width === 0 && anchor.height === 0);
    const offscreen = anchor.bottom < 0 || anchor.top > viewport.height;
    if (mentionGone || (offscreen && closeWhenOffscreen())) {
      onMentionLost();
      return;
    }
    const natural = size();
    const wanted = {
      width: natural.width,
      height: Math.min(natural.height, Math.floor(viewport.height * MAX_VIEWPORT_SHARE)),
    };
    const placement = placeCard({ anchor, card: wanted, viewport, preferredSide: side, margin: MARGIN });
    side = placement.side;
    const left = Math.round(placement.left);
    const top = Math.round(placement.top);
    element.style.left = `${left}px`;
    element.style.top = `${top}px`;
    element.style.width = `${Math.floor(Math.min(wanted.width, placement.maxWidth))}px`;
    element.style.height = `${Math.floor(placement.maxHeight)}px`;
    // A transformed or filtered page element above the host makes "fixed" relative to it: undo its offset.
    const actual = element.getBoundingClientRect();
    const dx = Math.round(actual.left - left);
    const dy = Math.round(actual.top - top);
    if (dx || dy) {
      element.style.left = `${left - dx}px`;
      element.style.top = `${top - dy}px`;
    }
    element.dataset.side = placement.side;
  };
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(update);
  };

  const listenerOptions = { capture: true, passive: true } as const;
  window.addEventListener('scroll', schedule, listenerOptions);
  window.addEventListener('resize', schedule, listenerOptions);
  update();

  return {
    update,
    stop() {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', schedule, listenerOptions);
      window.removeEventListener('resize', schedule, listenerOptions);
    },
  };
}
