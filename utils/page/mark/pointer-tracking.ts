/**
 * Hover and click on marks. One document-level pointer listener records where the pointer is; once per animation
 * frame the position is hit-tested against the marks and the card presenter is told when the pointer enters or
 * leaves one. A click on a mark (outside links and controls, with no text being selected) pins its card.
 */
import type { CardPresenter, Mention } from './mention-types';

export interface PointerTrackingOptions {
  presenter: CardPresenter;
  hitTest(x: number, y: number): Mention | null;
  /** The reader chose a mention (click): the caller pins its card. */
  pin(mention: Mention): void;
  /** The card is no longer open (closed by Escape or a press elsewhere). */
  closed(): void;
  /** Removes every listener when aborted. */
  signal: AbortSignal;
}

const INTERACTIVE = 'a[href], button, input, textarea, select, label, summary, [contenteditable], [role="button"]';

export function trackPointer(options: PointerTrackingOptions): { forgetHover(): void } {
  const { presenter, signal } = options;
  let last: { x: number; y: number; target: EventTarget | null } | null = null;
  let frame = 0;
  let hovered: Mention | null = null;

  function check(): void {
    frame = 0;
    if (!last || presenter.containsTarget(last.target)) return;
    const mention = options.hitTest(last.x, last.y);
    if (mention === hovered) return;
    hovered = mention;
    if (mention) presenter.pointerEnteredMention(mention);
    else presenter.pointerLeftMention();
  }

  function schedule(): void {
    if (!frame && !signal.aborted) frame = requestAnimationFrame(check);
  }

  const listen = { capture: true, passive: true, signal };
  document.addEventListener(
    'pointermove',
    (event) => {
      // Events a page script dispatches itself (isTrusted false) must not open cards: only the reader's own input.
      if (!event.isTrusted || event.pointerType === 'touch') return;
      last = { x: event.clientX, y: event.clientY, target: event.target };
      schedule();
    },
    listen,
  );
  document.addEventListener('scroll', () => last && schedule(), listen);
  document.addEventListener(
    'pointerout',
    (event) => {
      if (event.relatedTarget !== null || !hovered) return;
      last = null;
      hovered = null;
      presenter.pointerLeftMention();
    },
    listen,
  );
  document.addEventListener(
    'click',
    (event) => {
      if (!event.isTrusted || event.button !== 0 || presenter.containsTarget(event.target)) return;
      if (event.target instanceof Element && event.target.closest(INTERACTIVE)) return;
      if (document.getSelection()?.isCollapsed === false) return;
      const mention = options.hitTest(event.clientX, event.clientY);
      if (mention) options.pin(mention);
    },
    listen,
  );
  // The card closes itself on Escape and on a press outside it; afterwards the mark stops looking current.
  const noticeClosed = () => {
    if (!presenter.isOpen()) options.closed();
  };
  document.addEventListener('keyup', noticeClosed, listen);
  document.addEventListener('pointerup', noticeClosed, listen);
  signal.addEventListener('abort', () => cancelAnimationFrame(frame));

  return {
    forgetHover() {
      hovered = null;
    },
  };
}
