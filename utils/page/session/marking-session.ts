/**
 * Marking on one page while marking is switched on: scans the page in idle slices, judges whether it is about
 * children's social care, paints what it found, follows the page's changes and single-page navigation, and
 * answers hover, click, keyboard steps and the popup. Destroying the session leaves the page as it was.
 */
import type { CompiledSignals } from '../../../data/compiled-types';
import { createPageContext } from '../match/care-context';
import { createHighlightPainter } from '../mark/highlight-painter';
import { createIdleSlices, type SliceStats } from '../scan/idle-slices';
import { mentionAtPoint } from '../mark/mention-hit-test';
import { MentionStore, type StoredMention } from '../mark/mention-store';
import {
  isInViewport,
  nextMentionOfRecord,
  scrollMentionIntoView,
  stepMention,
  type StepDirection,
} from '../mark/mention-stepping';
import type { CardPresenter, Mention } from '../mark/mention-types';
import type { PageMentionSummary } from '../../shared/messages/ui-to-content';
import { observeMutations, type MutationBatch } from '../scan/mutation-batcher';
import { summariseMentions } from '../mark/page-mention-summary';
import { createPageScanner, type ScanTimings } from '../scan/page-scanner';
import type { Settings } from '../../shared/settings';
import type { TermMatcher } from '../match/term-matcher';
import { isInsideSkipped, type SkipRules } from '../scan/text-segments';
import { trackPointer } from '../mark/pointer-tracking';

export interface ScanReport extends SliceStats, ScanTimings {
  /** Time spent working out which mentions to show and registering their highlights. */
  paintMs: number;
  /** From the first slice of this scan (page load, navigation or change) until everything found was painted. */
  scanMs: number;
  /** From asking for the scan until the page was idle enough for its first slice. */
  waitedMs: number;
  /** Ranges registered in `CSS.highlights` (fewer than `painted` on pages with very many marks). */
  registered: number;
  /** Text nodes read in this scan. */
  nodes: number;
  found: number;
  painted: number;
  aboutCare: boolean;
}

export interface MarkingSessionOptions {
  matcher: TermMatcher;
  /** The care-context signals the matcher was built with (its signal key index → signal index, weights). */
  signals: CompiledSignals;
  presenter: CardPresenter;
  settings: Settings;
  rules: SkipRules;
  isOwnUi(node: Node): boolean;
  /** Called each time the page has been read completely and painted. */
  onSettled?(report: ScanReport): void;
  /**
   * Whether this content script still belongs to a running extension. Asking also lets an orphaned script (the
   * extension was reloaded and nothing replaced it) notice and take itself down at the next pointer move or scan.
   */
  alive(): boolean;
}

export interface MarkingSession {
  applySettings(settings: Settings): void;
  summary(): PageMentionSummary[];
  reveal(recordId: string): boolean;
  step(direction: StepDirection): boolean;
  /** The page navigated within itself: start again from its new content. */
  navigated(): void;
  destroy(): void;
}

/** While a long scan runs, repaint at most this often. */
const PAINT_INTERVAL_MS = 250;
/** After in-page navigation, give the site a moment to render the new article before reading it all. */
const NAVIGATION_SETTLE_MS = 250;

function isRendered(node: Text): boolean {
  const parent = node.parentElement;
  if (!parent) return false;
  return typeof parent.checkVisibility === 'function' ? parent.checkVisibility({ visibilityProperty: true }) : true;
}

export function startMarkingSession(options: MarkingSessionOptions): MarkingSession {
  const { matcher, presenter, rules } = options;
  const abort = new AbortController();
  const store = new MentionStore();
  const hiddenMentions = new Set<StoredMention>();
  const context = createPageContext({ weights: options.signals.weights });
  const painter = createHighlightPainter(options.settings.highlightStyle);
  let firstMentionOnly = options.settings.firstMentionOnly;
  let paintDirty = false;
  /** A repaint that did not fit in the last slice: the next slice starts with it. */
  let paintDue = false;
  let paintedAboutCare = false;
  let lastPaintAt = 0;
  let scanStartedAt = performance.now();
  let nodesAtScanStart = 0;
  let timingsAtScanStart: ScanTimings = { walkMs: 0, readMs: 0 };
  let paintMs = 0;
  let paintMsAtScanStart = 0;
  let navigationTimer: ReturnType<typeof setTimeout> | null = null;
  /** Whether the scanner is reading the whole page for the first time (nothing stored can be in what it reads). */
  let firstReading = false;

  const scanner = createPageScanner(
    matcher,
    {
      rootStarted(root) {
        firstReading = root === document.body && store.size === 0;
        store.expectAdditionsInOrder(firstReading);
      },
      batchStarted(nodes) {
        // On a first reading of the page no node has been read before, so nothing found earlier can be in it.
        if (!firstReading && store.size > 0 && store.removeAtNodes(nodes) > 0) paintDirty = true;
      },
      match(found) {
        const source = found.nodes[0]!;
        context.noteTerm(found.term, source);
        const stored = store.add({ ...found, hidden: !isRendered(source) });
        if (stored.hidden) hiddenMentions.add(stored);
        paintDirty = true;
      },
      wantsSignals: () => context.needsSignals(),
      wantsSignal(keyIndex) {
        const signalIndex = options.signals.signalOfKey[keyIndex];
        return signalIndex !== undefined && context.wantsSignal(signalIndex);
      },
      signal(keyIndex, source) {
        const signalIndex = options.signals.signalOfKey[keyIndex];
        if (signalIndex !== undefined) context.noteSignal(signalIndex, source);
      },
    },
    rules,
  );

  const slices = createIdleSlices(
    window,
    (shouldYield) => {
      if (!options.alive()) return true;
      if (paintDue) {
        paintDue = false;
        repaint();
      }
      const done = scanner.work(shouldYield);
      const now = performance.now();
      if (context.isAboutCare() !== paintedAboutCare) paintDirty = true;
      if (paintDirty && (done || now - lastPaintAt >= PAINT_INTERVAL_MS)) {
        // Painting can cost a layout of the whole page: with the slice's time used up, it opens the next slice
        // instead of stretching this one towards a long task.
        if (!shouldYield()) repaint(now);
        else {
          paintDue = true;
          return false;
        }
      }
      return done;
    },
    settle,
  );
  let working = false;

  /** Asks for slices; a new round of work (after the last one settled) starts its report afresh. */
  function requestWork(): void {
    if (!working) {
      working = true;
      scanStartedAt = performance.now();
      // A round that ends within the interval paints once, at its end: painting part-way costs a frame of its own.
      lastPaintAt = scanStartedAt;
      nodesAtScanStart = scanner.nodesRead();
      timingsAtScanStart = scanner.timings();
      paintMsAtScanStart = paintMs;
      slices.resetStats();
    }
    slices.request();
  }

  function isShown(stored: StoredMention, aboutCare: boolean): boolean {
    if (stored.hidden) return false;
    return aboutCare || !stored.term.ambiguous;
  }

  function repaint(now = performance.now()): void {
    const started = performance.now();
    paintDirty = false;
    lastPaintAt = now;
    const aboutCare = context.isAboutCare();
    paintedAboutCare = aboutCare;
    const shown: Mention[] = [];
    const seenRecords = new Set<string>();
    for (const stored of store.inDocumentOrder()) {
      if (!isShown(stored, aboutCare)) continue;
      if (firstMentionOnly) {
        if (stored.mention.recordIds.every((id) => seenRecords.has(id))) continue;
        stored.mention.recordIds.forEach((id) => seenRecords.add(id));
      }
      shown.push(stored.mention);
    }
    painter.show(shown);
    if (active && !painter.isShown(active)) active = null;
    paintMs += performance.now() - started;
  }

  function settle(): void {
    working = false;
    if (abort.signal.aborted) return;
    for (const stored of hiddenMentions) if (!store.get(stored.mention.id)) hiddenMentions.delete(stored);
    const stats = slices.stats();
    const timings = scanner.timings();
    options.onSettled?.({
      ...stats,
      walkMs: timings.walkMs - timingsAtScanStart.walkMs,
      readMs: timings.readMs - timingsAtScanStart.readMs,
      paintMs: paintMs - paintMsAtScanStart,
      scanMs: performance.now() - stats.firstSliceAt,
      waitedMs: stats.firstSliceAt - scanStartedAt,
      nodes: scanner.nodesRead() - nodesAtScanStart,
      found: store.size,
      painted: painter.shown().length,
      registered: [...CSS.highlights.values()].reduce((sum, highlight) => sum + highlight.size, 0),
      aboutCare: context.isAboutCare(),
    });
  }

  function scan(root: Element): void {
    scanner.enqueue(root);
    requestWork();
  }

  function readTitle(): void {
    const { matches, signals } = matcher.findAll(document.title);
    const source = document.documentElement;
    for (const match of matches) context.noteTerm(match.term, source);
    for (const keyIndex of signals) {
      const signalIndex = options.signals.signalOfKey[keyIndex];
      if (signalIndex !== undefined) context.noteSignal(signalIndex, source);
    }
  }

  function removeInside(element: Element): void {
    const nodes = [...store.all()].filter((stored) => element.contains(stored.nodes[0]!)).flatMap((s) => s.nodes);
    if (store.removeAtNodes(nodes) > 0) paintDirty = true;
  }

  function applyBatch(batch: MutationBatch): void {
    if (batch.removals) {
      if (store.removeDisconnected() > 0) paintDirty = true;
      // Losing every place kept for a signal that occurred more often: read the page again to count it afresh.
      if (context.forgetDisconnected()) scan(document.body);
    }
    for (const target of batch.attributeTargets) {
      if (isInsideSkipped(target, rules)) {
        removeInside(target);
        continue;
      }
      for (const stored of hiddenMentions) {
        if (!target.contains(stored.nodes[0]!) || !isRendered(stored.nodes[0]!)) continue;
        stored.hidden = false;
        hiddenMentions.delete(stored);
        paintDirty = true;
      }
    }
    for (const root of batch.roots) scan(root);
    if (paintDirty || batch.removals) requestWork();
  }

  const observer = observeMutations(document.body, { rules, isOwnUi: options.isOwnUi, onBatch: applyBatch });

  let active: Mention | null = null;
  function open(mention: Mention): void {
    active = mention;
    painter.setActive(mention);
    presenter.openPinned(mention);
  }

  function hitTest(x: number, y: number): Mention | null {
    if (!options.alive()) return null;
    return mentionAtPoint(document, x, y, (node) =>
      store
        .atNode(node)
        .map((stored) => stored.mention)
        .filter((mention) => painter.isShown(mention)),
    );
  }

  const pointer = trackPointer({
    presenter,
    hitTest,
    pin: open,
    closed: () => {
      active = null;
      painter.setActive(null);
    },
    signal: abort.signal,
  });

  const paintedInOrder = (): readonly Mention[] => painter.shown();

  let windowFrame = 0;
  const followViewport = () => {
    if (windowFrame || !painter.isWindowed()) return;
    windowFrame = requestAnimationFrame(() => {
      windowFrame = 0;
      painter.refreshWindow();
    });
  };
  window.addEventListener('scroll', followViewport, { passive: true, signal: abort.signal });
  window.addEventListener('resize', followViewport, { passive: true, signal: abort.signal });

  readTitle();
  scan(document.body);

  return {
    applySettings(settings) {
      painter.setStyle(settings.highlightStyle);
      if (settings.firstMentionOnly !== firstMentionOnly) {
        firstMentionOnly = settings.firstMentionOnly;
        repaint();
      }
    },
    summary: () => summariseMentions(paintedInOrder()),
    reveal(recordId) {
      const mention = nextMentionOfRecord(paintedInOrder(), recordId, active);
      if (!mention) return false;
      scrollMentionIntoView(mention);
      open(mention);
      return true;
    },
    step(direction) {
      const view = { width: window.innerWidth, height: window.innerHeight };
      const from = active && presenter.isOpen() && isInViewport(active, view) ? active : null;
      const mention = stepMention(paintedInOrder(), from, direction);
      if (!mention) return false;
      scrollMentionIntoView(mention);
      open(mention);
      return true;
    },
    navigated() {
      scanner.clear();
      store.clear();
      hiddenMentions.clear();
      context.clear();
      repaint();
      presenter.close();
      pointer.forgetHover();
      if (navigationTimer !== null) clearTimeout(navigationTimer);
      navigationTimer = setTimeout(() => {
        navigationTimer = null;
        readTitle();
        scan(document.body);
      }, NAVIGATION_SETTLE_MS);
    },
    destroy() {
      abort.abort();
      cancelAnimationFrame(windowFrame);
      observer.disconnect();
      slices.cancel();
      scanner.clear();
      if (navigationTimer !== null) clearTimeout(navigationTimer);
      presenter.close();
      painter.destroy();
      store.clear();
      hiddenMentions.clear();
    },
  };
}
