/**
 * Paints mentions with the CSS Custom Highlight API: one `Highlight` for the marks (registered under the name of
 * the chosen style) and one for the mention the reader is on, so each mention's Range is in exactly one highlight.
 * The page's DOM is never touched.
 *
 * Chromium rebuilds the markers of every registered range whenever anything in the page's DOM or style changes,
 * so the cost of each of the page's own updates grows with the number of ranges. A page with more marks than
 * `MAX_REGISTERED_RANGES` therefore has only the marks in and around the viewport registered; `refreshWindow()`
 * follows scrolling. Typical articles have far fewer marks and get all of them registered.
 */
import { HIGHLIGHT_NAMES } from '../../shared/marks/highlight-names';
import type { Mention } from './mention-types';
import type { HighlightStyle } from '../../shared/settings';

export const MAX_REGISTERED_RANGES = 400;
/** Around the viewport, this many viewport heights above and below are painted too. */
const WINDOW_MARGIN_SCREENS = 1.5;

export interface HighlightPainter {
  /** Makes the marked mentions exactly `mentions` (in document order). */
  show(mentions: readonly Mention[]): void;
  isShown(mention: Mention): boolean;
  /** The marked mentions, in document order. */
  shown(): readonly Mention[];
  /** The viewport moved: on a page with very many marks, register the ones now near it. */
  refreshWindow(): void;
  /** Whether only a window of the marks is registered (the page has very many). */
  isWindowed(): boolean;
  setStyle(style: HighlightStyle): void;
  /** Shows `mention` as the current one (stepping, open card); null for none. */
  setActive(mention: Mention | null): void;
  /** Unregisters the highlights (only if they are still this painter's). */
  destroy(): void;
}

/** Index of the first mention whose bottom edge is below `y` (document order is close to vertical order). */
function firstEndingBelow(mentions: readonly Mention[], y: number): number {
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (mentions[middle]!.range.getBoundingClientRect().bottom > y) high = middle;
    else low = middle + 1;
  }
  return low;
}

function mentionsNearViewport(mentions: readonly Mention[]): Mention[] {
  const margin = window.innerHeight * WINDOW_MARGIN_SCREENS;
  const bottom = window.innerHeight + margin;
  const near: Mention[] = [];
  for (let i = firstEndingBelow(mentions, -margin); i < mentions.length; i += 1) {
    const mention = mentions[i]!;
    if (near.length >= MAX_REGISTERED_RANGES || mention.range.getBoundingClientRect().top > bottom) break;
    near.push(mention);
  }
  return near;
}

export function createHighlightPainter(style: HighlightStyle): HighlightPainter {
  // The marks' Highlight is rebuilt in one call when its ranges change: adding ranges one by one costs a call
  // into the browser each, and a page's marks change in batches anyway.
  let marks = new Highlight();
  const active = new Highlight();
  active.priority = 1;
  let shownList: readonly Mention[] = [];
  let shownSet = new Set<Mention>();
  let registered: Mention[] = [];
  let current: Mention | null = null;
  let registeredName = HIGHLIGHT_NAMES[style];
  // Registered only once there is something to show: any change to the page's highlight registry makes Chromium
  // repaint the whole document, which on a very long page is a long frame of its own.
  let marksRegistered = false;
  let activeRegistered = false;

  function unregister(name: string, highlight: Highlight): void {
    if (CSS.highlights.get(name) === highlight) CSS.highlights.delete(name);
  }

  function register(next: Mention[]): void {
    if (next.length === registered.length && next.every((mention, i) => mention === registered[i])) return;
    registered = next;
    const replaced = marks;
    marks = new Highlight(...next.filter((mention) => mention !== current).map((mention) => mention.range));
    if (!marksRegistered) {
      if (marks.size === 0) return;
      marksRegistered = true;
      CSS.highlights.set(registeredName, marks);
    } else if (CSS.highlights.get(registeredName) === replaced) {
      CSS.highlights.set(registeredName, marks);
    }
  }

  function refreshWindow(): void {
    register(shownList.length > MAX_REGISTERED_RANGES ? mentionsNearViewport(shownList) : [...shownList]);
  }

  return {
    show(mentions) {
      shownList = mentions;
      shownSet = new Set(mentions);
      if (current && !shownSet.has(current)) {
        active.clear();
        current = null;
      }
      refreshWindow();
    },
    isShown: (mention) => shownSet.has(mention),
    shown: () => shownList,
    refreshWindow,
    isWindowed: () => shownList.length > MAX_REGISTERED_RANGES,
    setStyle(nextStyle) {
      const name = HIGHLIGHT_NAMES[nextStyle];
      if (name === registeredName) return;
      if (marksRegistered) {
        unregister(registeredName, marks);
        CSS.highlights.set(name, marks);
      }
      registeredName = name;
    },
    setActive(mention) {
      if (mention === current) return;
      if (current && registered.includes(current)) marks.add(current.range);
      active.clear();
      current = mention && shownSet.has(mention) ? mention : null;
      if (current) {
        marks.delete(current.range);
        active.add(current.range);
        if (!activeRegistered) {
          activeRegistered = true;
          CSS.highlights.set(HIGHLIGHT_NAMES.active, active);
        }
      }
    },
    destroy() {
      unregister(registeredName, marks);
      unregister(HIGHLIGHT_NAMES.active, active);
      marks.clear();
      active.clear();
      shownList = [];
      shownSet = new Set();
      registered = [];
      current = null;
    },
  };
}
