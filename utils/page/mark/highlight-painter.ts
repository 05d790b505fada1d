/**
 * Paints mentions with the CSS Custom Highlight API: one `Highlight` per tone of mark (proposal, faded repeat,
 * background; registered under the chosen style's names) and one for the mention the reader is on, so each
 * mention's Range is in exactly one highlight.
 * The page's DOM is never touched.
 *
 * Chromium rebuilds the markers of every registered range whenever anything in the page's DOM or style changes,
 * so the cost of each of the page's own updates grows with the number of ranges. A page with more marks than
 * `MAX_REGISTERED_RANGES` therefore has only the marks in and around the viewport registered; `refreshWindow()`
 * follows scrolling. Typical articles have far fewer marks and get all of them registered.
 */
import { HIGHLIGHT_NAMES, MARK_TONES, TONE_HIGHLIGHT_NAMES, type MarkTone } from '../../shared/marks/highlight-names';
import type { Mention } from './mention-types';
import type { HighlightStyle } from '../../shared/settings';

export const MAX_REGISTERED_RANGES = 400;
/** Around the viewport, this many viewport heights above and below are painted too. */
const WINDOW_MARGIN_SCREENS = 1.5;

export interface PaintOptions {
  /** How each shown mention is drawn (a proposal when not given). */
  toneOf?(mention: Mention): MarkTone;
  /**
   * Mentions not drawn that may still be shown as the current one (background items stepped to or revealed while
   * background marks are off).
   */
  reachable?: ReadonlySet<Mention>;
}

export interface HighlightPainter {
  /** Makes the marked mentions exactly `mentions` (in document order). */
  show(mentions: readonly Mention[], options?: PaintOptions): void;
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

type ToneHighlights = Record<MarkTone, Highlight>;

/** A Highlight per tone over `mentions`, leaving out the current one (it is in the active highlight). */
function buildHighlights(
  mentions: readonly Mention[],
  tones: ReadonlyMap<Mention, MarkTone>,
  current: Mention | null,
): ToneHighlights {
  const ranges: Record<MarkTone, Range[]> = { proposal: [], repeat: [], background: [] };
  for (const mention of mentions) if (mention !== current) ranges[tones.get(mention)!].push(mention.range);
  return {
    proposal: new Highlight(...ranges.proposal),
    repeat: new Highlight(...ranges.repeat),
    background: new Highlight(...ranges.background),
  };
}

function emptyHighlights(): ToneHighlights {
  return { proposal: new Highlight(), repeat: new Highlight(), background: new Highlight() };
}

export function createHighlightPainter(style: HighlightStyle): HighlightPainter {
  // Each tone's Highlight is rebuilt in one call when its ranges change: adding ranges one by one costs a call
  // into the browser each, and a page's marks change in batches anyway.
  let marks = emptyHighlights();
  const active = new Highlight();
  active.priority = 1;
  let shownList: readonly Mention[] = [];
  let shownSet = new Set<Mention>();
  let reachable: ReadonlySet<Mention> = new Set();
  let toneOf: (mention: Mention) => MarkTone = () => 'proposal';
  let registered: Mention[] = [];
  let registeredTones = new Map<Mention, MarkTone>();
  let current: Mention | null = null;
  let names = TONE_HIGHLIGHT_NAMES[style];
  // Registered only once there is something to show: any change to the page's highlight registry makes Chromium
  // repaint the whole document, which on a very long page is a long frame of its own.
  const tonesRegistered = new Set<MarkTone>();
  let activeRegistered = false;

  function unregister(name: string, highlight: Highlight): void {
    if (CSS.highlights.get(name) === highlight) CSS.highlights.delete(name);
  }

  function register(next: Mention[]): void {
    const tones = new Map(next.map((mention) => [mention, toneOf(mention)] as const));
    const same =
      next.length === registered.length &&
      next.every((mention, i) => mention === registered[i] && tones.get(mention) === registeredTones.get(mention));
    if (same) return;
    registered = next;
    registeredTones = tones;
    const replaced = marks;
    marks = buildHighlights(next, tones, current);
    for (const tone of MARK_TONES) {
      if (!tonesRegistered.has(tone)) {
        if (marks[tone].size === 0) continue;
        tonesRegistered.add(tone);
        CSS.highlights.set(names[tone], marks[tone]);
      } else if (CSS.highlights.get(names[tone]) === replaced[tone]) {
        CSS.highlights.set(names[tone], marks[tone]);
      }
    }
  }

  function refreshWindow(): void {
    register(shownList.length > MAX_REGISTERED_RANGES ? mentionsNearViewport(shownList) : [...shownList]);
  }

  return {
    show(mentions, options = {}) {
      shownList = mentions;
      shownSet = new Set(mentions);
      reachable = options.reachable ?? new Set();
      toneOf = options.toneOf ?? (() => 'proposal');
      if (current && !shownSet.has(current) && !reachable.has(current)) {
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
      const nextNames = TONE_HIGHLIGHT_NAMES[nextStyle];
      if (nextNames === names) return;
      for (const tone of tonesRegistered) {
        unregister(names[tone], marks[tone]);
        CSS.highlights.set(nextNames[tone], marks[tone]);
      }
      names = nextNames;
    },
    setActive(mention) {
      if (mention === current) return;
      if (current && registeredTones.has(current)) marks[registeredTones.get(current)!].add(current.range);
      active.clear();
      current = mention && (shownSet.has(mention) || reachable.has(mention)) ? mention : null;
      if (current) {
        const tone = registeredTones.get(current);
        if (tone) marks[tone].delete(current.range);
        active.add(current.range);
        if (!activeRegistered) {
          activeRegistered = true;
          CSS.highlights.set(HIGHLIGHT_NAMES.active, active);
        }
      }
    },
    destroy() {
      for (const tone of MARK_TONES) {
        unregister(names[tone], marks[tone]);
        marks[tone].clear();
      }
      unregister(HIGHLIGHT_NAMES.active, active);
      active.clear();
      shownList = [];
      shownSet = new Set();
      reachable = new Set();
      registered = [];
      registeredTones = new Map();
      current = null;
    },
  };
}
