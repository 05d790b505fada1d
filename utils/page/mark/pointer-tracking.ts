/**
 * Hover and click on marks. One document-level pointer listener records where the pointer is; once per animation
 * frame the position is hit-tested against the marks and the card presenter is told when the pointer enters or
 * leaves one. A click on a mark (outside links and controls, with no text being selected) pins its card. While
 * the pointer is over a mark outside links and controls, it shows `help` (mark-cursor.ts).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createMarkCursor } from './mark-cursor';
import type { CardPresenter, Mention } from './mention-types';

export interface PointerTrackingOptions {
  /** The content script's context: it removes the listeners and drops a pending frame when the script ends. */
  ctx: ContentScriptContext;
  presenter: CardPresenter;
  /** Whether there are marks to track (none while marking is off on this page). */
  marking(): boolean;
  hitTest(x: number, y: number): Mention | null;
  /** The reader chose a mention (click): the caller pins its card. */
  pin(mention: Mention): void;
  /** The card is no longer open (closed by Escape or a press elsewhere). */
  closed(): void;
}

/** The card frame is created when the pointer first comes this close to a mark, ahead of any hover delay. */
const APPROACH_PX = 64;

const INTERACTIVE = 'a[href], button, input, textarea, select, label, summary, [contenteditable], [role="button"]';

export function trackPointer(options: PointerTrackingOptions): { forgetHover(): void } {
  const { ctx, presenter } = options;
  let last: { x: number; y: number; target: EventTarget | null } | null = null;
  let frame = 0;
  let hovered: Mention | null = null;
  let warmed = false;
  const cursor = createMarkCursor(document);

  /** A mark within APPROACH_PX of the point, sideways or up and down (a few hit-tests, only until the first). */
  const nearMention = (x: number, y: number): boolean =>
    [
      [0, -APPROACH_PX],
      [0, APPROACH_PX],
      [-APPROACH_PX, 0],
      [APPROACH_PX, 0],
    ].some(([dx, dy]) => options.hitTest(x + dx!, y + dy!) !== null);

  function check(): void {
    frame = 0;
    if (!last || presenter.containsTarget(last.target)) return;
    const mention = options.hitTest(last.x, last.y);
    if (!warmed && (mention || nearMention(last.x, last.y))) {
      warmed = true;
      presenter.warm();
    }
    if (mention === hovered) return;
    hovered = mention;
    // Over a link or a control the page's own cursor says what a click does there.
    const inControl = last.target instanceof Element && last.target.closest(INTERACTIVE) !== null;
    cursor.set(mention !== null && !inControl);
    if (mention) presenter.pointerEnteredMention(mention);
    else presenter.pointerLeftMention();
  }

  function schedule(): void {
    // Not ctx.requestAnimationFrame: it keeps a listener on the context for every frame ever asked for.
    if (!frame) frame = requestAnimationFrame(check);
  }

  const listen = { capture: true, passive: true };
  ctx.addEventListener(
    document,
    'pointermove',
    (event) => {
      // Events a page script dispatches itself (isTrusted false) must not open cards: only the reader's own input.
      if (!event.isTrusted || event.pointerType === 'touch') return;
      if (!options.marking()) {
        // Marking stopped under the pointer: the cursor goes back to the page's own.
        if (hovered) cursor.set(false);
        hovered = null;
        return;
      }
      last = { x: event.clientX, y: event.clientY, target: event.target };
      schedule();
    },
    listen,
  );
  ctx.addEventListener(document, 'scroll', () => last && schedule(), listen);
  ctx.addEventListener(
    document,
    'pointerout',
    (event) => {
      if (event.relatedTarget !== null || !hovered) return;
      last = null;
      hovered = null;
      cursor.set(false);
      presenter.pointerLeftMention();
    },
    listen,
  );
  ctx.addEventListener(
    document,
    'click',
    (event) => {
      if (!event.isTrusted || event.button !== 0 || presenter.containsTarget(event.target)) return;
      if (event.target instanceof Element && event.target.closest(INTERACTIVE)) return;
      if (document.getSelection()?.isCollapsed === false) return;
      const mention = options.hitTest(event.clientX, event.clientY);
      if (!mention) return;
      // The pointer is on it now, whether or not a frame has run the hover check since it arrived.
      if (mention !== hovered) {
        hovered = mention;
        cursor.set(true);
        presenter.pointerEnteredMention(mention);
      }
      options.pin(mention);
    },
    listen,
  );
  // The card closes itself on Escape and on a press outside it; afterwards the mark stops looking current.
  const noticeClosed = () => {
    if (!presenter.isOpen()) options.closed();
  };
  ctx.addEventListener(document, 'keyup', noticeClosed, listen);
  ctx.addEventListener(document, 'pointerup', noticeClosed, listen);
  ctx.onInvalidated(() => {
    cancelAnimationFrame(frame);
    cursor.destroy();
  });

  return {
    forgetHover() {
      hovered = null;
      cursor.set(false);
    },
  };
}
