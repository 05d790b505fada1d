/**
 * Keeps an open card next to its mention: places it on open, and again when the page scrolls (any scroller),
 * the window resizes or the card's content changes size. Coordinates are rounded so text stays crisp.
 */
import { placeCard, type VerticalSide } from './card-placement';

/** The card never grows taller than this share of the viewport; it scrolls inside instead. */
const MAX_VIEWPORT_SHARE = 0.8;

export interface CardPositionTracker {
  update(): void;
  stop(): void;
}

export interface TrackOptions {
  card: HTMLElement;
  range: Range;
  /** Called when the mention is gone from the page or (for a hover card) scrolled out of view. */
  onMentionLost: () => void;
  closeWhenOffscreen: () => boolean;
}

export function trackCardPosition({
  card,
  range,
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
    const frameHeight = card.offsetHeight - card.clientHeight;
    const wanted = {
      width: card.offsetWidth,
      height: Math.min(card.scrollHeight + frameHeight, Math.floor(viewport.height * MAX_VIEWPORT_SHARE)),
    };
    const placement = placeCard({ anchor, card: wanted, viewport, preferredSide: side });
    side = placement.side;
    const left = Math.round(placement.left);
    const top = Math.round(placement.top);
    card.style.left = `${left}px`;
    card.style.top = `${top}px`;
    card.style.maxHeight = `${Math.floor(placement.maxHeight)}px`;
    card.style.maxWidth = `${Math.floor(placement.maxWidth)}px`;
    // A transformed or filtered page element above the host makes "fixed" relative to it: undo its offset.
    const actual = card.getBoundingClientRect();
    const dx = Math.round(actual.left - left);
    const dy = Math.round(actual.top - top);
    if (dx || dy) {
      card.style.left = `${left - dx}px`;
      card.style.top = `${top - dy}px`;
    }
    card.dataset.side = placement.side;
  };
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(update);
  };

  // The card's own box is held by max-height, so watch its parts: they grow when a section opens.
  const resizeObserver = new ResizeObserver(schedule);
  resizeObserver.observe(card);
  for (const part of card.children) resizeObserver.observe(part);
  const listenerOptions = { capture: true, passive: true } as const;
  window.addEventListener('scroll', schedule, listenerOptions);
  window.addEventListener('resize', schedule, listenerOptions);
  update();

  return {
    update,
    stop() {
      cancelAnimationFrame(frame);
      resizeObserver.disconnect();
      window.removeEventListener('scroll', schedule, listenerOptions);
      window.removeEventListener('resize', schedule, listenerOptions);
    },
  };
}
