/**
 * Marking on one page while marking is switched on: scans the page in idle slices, judges whether it is about
 * children's social care, paints what it found, follows the page's changes and single-page navigation, and
 * answers hit-tests, keyboard steps and the popup. Destroying the session leaves the page as it was.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { releasePatterns } from '../match/phrase-reader';
import { createSectionContext } from '../match/section-context';
import type { TermMatcher } from '../match/term-matcher';
import { mentionAtPoint } from '../mark/mention-hit-test';
import { MentionStore, type StoredMention } from '../mark/mention-store';
import {
  isInViewport,
  nextMentionOfRecord,
  scrollMentionIntoView,
  stepMention,
  type StepDirection,
  type StepScope,
} from '../mark/mention-stepping';
import type { CardPresenter, Mention } from '../mark/mention-types';
import { summariseMentions } from '../mark/page-mention-summary';
import { createIdleSlices, type SliceRequest } from '../scan/idle-slices';
import { observeMutations } from '../scan/mutation-batcher';
import { createPageScanner, type PageScanner, type ScanRoot } from '../scan/page-scanner';
import { createPageSections } from '../scan/page-sections';
import type { SkipRules } from '../scan/text-segments';
import type { PageMentionSummary } from '../../shared/messages/ui-to-content';
import type { Settings } from '../../shared/settings';
import { createScanRounds, type ScanReport } from './scan-report';
import { createSessionPaint, type MarkingChoices, type SessionPaint } from './session-paint';
import { applyPageChanges, readTitle, scanHandlers, type SessionFindings } from './session-findings';

export type { ScanReport } from './scan-report';

export interface MarkingSessionOptions {
  /** The content script's context: an orphaned script (the extension was reloaded) notices it at the next slice. */
  ctx: ContentScriptContext;
  matcher: TermMatcher;
  presenter: CardPresenter;
  settings: Settings;
  rules: SkipRules;
  isOwnUi(node: Node): boolean;
  /** Called each time the page has been read completely and painted. */
  onSettled?(report: ScanReport): void;
}

export interface MarkingSession {
  applySettings(settings: Settings): void;
  summary(): PageMentionSummary[];
  /** Whether the page reads as being about children's social care, and whether it is still being read. */
  reading(): { aboutCare: boolean; reading: boolean };
  reveal(recordId: string): boolean;
  /** Steps to the next or previous proposal, or (scope 'all') mention of any kind, background included. */
  step(direction: StepDirection, scope?: StepScope): boolean;
  /** The painted mention under a point of the viewport, if any. */
  hitTest(x: number, y: number): Mention | null;
  /** Opens a mention's card pinned, and paints it as the current one. */
  open(mention: Mention): void;
  /** The card was closed (Escape, a press elsewhere): no mention is current any more. */
  cardClosed(): void;
  /** The viewport moved: on very long pages only the marks near it are registered. */
  followViewport(): void;
  /** The page navigated within itself: start again from its new content. */
  navigated(): void;
  destroy(): void;
}

/** While a long scan runs, repaint at most this often. */
const PAINT_INTERVAL_MS = 250;
/**
 * A page quiet this long after a round of reading lets go of the compiled patterns (utils/page/match/
 * phrase-reader.ts): most of the extension's memory in a tab. A later change compiles them again.
 */
const RELEASE_PATTERNS_AFTER_MS = 2_000;
/**
 * The first slice of reading a page of at most `SMALL_PAGE_ELEMENTS` elements may run `SMALL_PAGE_FIRST_SLICE_MS`:
 * an article is then marked in one slice, and half the long-task line leaves room for a garbage collection.
 * A larger page keeps the usual slices: there the first slice gathers a large text, and its collections are long.
 */
const SMALL_PAGE_ELEMENTS = 5_000;
const SMALL_PAGE_FIRST_SLICE_MS = 24;

function firstSliceFor(doc: Document): number | undefined {
  return doc.getElementsByTagName('*').length <= SMALL_PAGE_ELEMENTS ? SMALL_PAGE_FIRST_SLICE_MS : undefined;
}

/** After in-page navigation, give the site a moment to render the new article before reading it all. */
const NAVIGATION_SETTLE_MS = 250;

export function startMarkingSession(options: MarkingSessionOptions): MarkingSession {
  const { ctx, matcher, rules } = options;
  const sections = createPageSections();
  const context = createSectionContext({ weights: matcher.evidence.weights, ancestorsOf: sections.ancestorsOf });
  const store = new MentionStore((stored) => context.mentionRemoved(stored));
  const paint = createSessionPaint({
    store,
    context,
    style: options.settings.highlightStyle,
    choices: markingChoices(options.settings),
  });
  /** Open shadow roots read so far: watched for changes, read for their sections' evidence, hit-tested. */
  const shadowRoots = new Set<ShadowRoot>();
  const findings: SessionFindings = {
    store,
    hidden: new Set(),
    context,
    sections,
    paint,
    changedRoots: [],
    shadowRoots,
    readTitle: () => readTitle(findings, matcher),
  };
  const watchShadowRoot = (root: ShadowRoot) => {
    if (shadowRoots.has(root)) return;
    shadowRoots.add(root);
    observer.watch(root);
  };
  const scanner = createPageScanner(matcher, scanHandlers(findings, watchShadowRoot), rules);
  const work = createScanWork(scanner, findings, paint, options);
  const observer = observeMutations(document.body, {
    rules,
    isOwnUi: options.isOwnUi,
    onBatch: (batch) => {
      if (applyPageChanges(findings, batch, rules, work.scan)) work.request();
    },
  });
  const interaction = createSessionInteraction(paint, store, options.presenter, shadowRoots);
  let navigationTimer: number | null = null;

  // The title is read with the body's evidence, only if a mention ever needs it (section-findings.ts).
  const readPage = (): void => work.scan(document.body, { promptly: true, firstSliceMs: firstSliceFor(document) });
  readPage();

  return {
    ...interaction,
    reading: () => ({ aboutCare: context.anyAboutCare(), reading: work.isWorking() }),
    applySettings(settings) {
      paint.painter.setStyle(settings.highlightStyle);
      paint.setChoices(markingChoices(settings));
    },
    navigated() {
      scanner.clear();
      clearFindings(findings);
      paint.repaint();
      options.presenter.close();
      if (navigationTimer !== null) clearTimeout(navigationTimer);
      navigationTimer = ctx.setTimeout(() => {
        navigationTimer = null;
        readPage();
      }, NAVIGATION_SETTLE_MS);
    },
    destroy() {
      interaction.destroy();
      observer.disconnect();
      work.cancel();
      scanner.clear();
      if (navigationTimer !== null) clearTimeout(navigationTimer);
      // A card the reader pinned stays: its "Not on this site" offers an undo in place.
      options.presenter.closeUnlessPinned();
      paint.painter.destroy();
      clearFindings(findings);
    },
  };
}

function markingChoices({ firstMentionOnly, markBackground, fadeRepeats }: Settings): MarkingChoices {
  return { firstMentionOnly, markBackground, fadeRepeats };
}

function clearFindings(findings: SessionFindings): void {
  findings.store.clear();
  findings.hidden.clear();
  findings.context.clear();
  findings.sections.clear();
  findings.changedRoots = [];
  findings.titleRead = false;
}

/** Reading the page in idle slices, painting as it goes, and reporting each finished round. */
function createScanWork(
  scanner: PageScanner,
  findings: SessionFindings,
  paint: SessionPaint,
  options: MarkingSessionOptions,
) {
  const { store, context } = findings;
  let working = false;
  let cancelled = false;
  let releaseTimer: ReturnType<typeof setTimeout> | null = null;
  const stopReleaseTimer = () => {
    if (releaseTimer !== null) clearTimeout(releaseTimer);
    releaseTimer = null;
  };
  const slices = createIdleSlices(
    window,
    (shouldYield) => {
      // Asking the context lets a script orphaned by an extension reload notice, and take itself down.
      if (options.ctx.isInvalid) return true;
      return scanSlice(scanner, paint, shouldYield);
    },
    () => {
      working = false;
      if (cancelled) return;
      stopReleaseTimer();
      releaseTimer = setTimeout(releasePatterns, RELEASE_PATTERNS_AFTER_MS);
      for (const stored of findings.hidden) if (!store.get(stored.mention.id)) findings.hidden.delete(stored);
      options.onSettled?.(
        rounds.report(paint.totalMs, {
          found: store.size,
          painted: paint.painter.shown().length,
          aboutCare: context.anyAboutCare(),
        }),
      );
    },
  );
  const rounds = createScanRounds(scanner, slices);

  /** Asks for slices; a new round of work (after the last one settled) starts its report afresh. */
  const request = (options: SliceRequest = {}): void => {
    stopReleaseTimer();
    if (!working) {
      working = true;
      rounds.start(paint.totalMs);
      // A round that ends within the interval paints once, at its end: painting part-way costs a frame of its own.
      paint.lastPaintAt = performance.now();
    }
    slices.request(options);
  };
  return {
    request,
    isWorking: () => working,
    scan(root: ScanRoot, options: SliceRequest = {}): void {
      scanner.enqueue(root);
      request(options);
    },
    cancel(): void {
      cancelled = true;
      slices.cancel();
      stopReleaseTimer();
      releasePatterns();
    },
  };
}

/** One slice: a repaint left over from the last slice, then reading, then painting when it is time. */
function scanSlice(scanner: PageScanner, paint: SessionPaint, shouldYield: () => boolean): boolean {
  if (paint.due) {
    paint.due = false;
    paint.repaint();
  }
  const done = scanner.work(shouldYield);
  const now = performance.now();
  if (paint.judgementChanged()) paint.dirty = true;
  if (paint.dirty && (done || now - paint.lastPaintAt >= PAINT_INTERVAL_MS)) {
    // Painting can cost a layout of the whole page: with the slice's time used up, it opens the next slice
    // instead of stretching this one towards a long task.
    if (!shouldYield()) paint.repaint(now);
    else {
      paint.due = true;
      return false;
    }
  }
  return done;
}

/** What the reader does with the marks: hover and click (hit-tests), keyboard steps, the popup's list. */
function createSessionInteraction(
  paint: SessionPaint,
  store: MentionStore,
  presenter: CardPresenter,
  shadowRoots: ReadonlySet<ShadowRoot>,
) {
  const { painter } = paint;
  let windowFrame = 0;
  const open = (mention: Mention): void => {
    paint.active = mention;
    painter.setActive(mention);
    presenter.openPinned(mention);
  };
  const goTo = (mention: Mention | null): boolean => {
    if (!mention) return false;
    scrollMentionIntoView(mention);
    open(mention);
    return true;
  };
  const shownAt = (node: Text): Mention[] =>
    store
      .atNode(node)
      .map((stored: StoredMention) => stored.mention)
      .filter((mention) => painter.isShown(mention));
  return {
    // Background items count even while their marks are off: the popup lists them and can go to them.
    summary: () => summariseMentions(paint.counted(), (mention) => paint.toneOf(mention) === 'background'),
    reveal: (recordId: string) => goTo(nextMentionOfRecord(paint.counted(), recordId, paint.active)),
    step(direction: StepDirection, scope: StepScope = 'proposals') {
      const view = { width: window.innerWidth, height: window.innerHeight };
      const active = paint.active;
      const from = active && presenter.isOpen() && isInViewport(active, view) ? active : null;
      const counted = paint.counted();
      const stops = scope === 'all' ? counted : counted.filter((mention) => paint.toneOf(mention) !== 'background');
      return goTo(stepMention(stops, from, direction, counted));
    },
    hitTest: (x: number, y: number) => mentionAtPoint(document, x, y, shownAt, [...shadowRoots]),
    open,
    cardClosed() {
      paint.active = null;
      painter.setActive(null);
    },
    followViewport() {
      if (windowFrame || !painter.isWindowed()) return;
      windowFrame = requestAnimationFrame(() => {
        windowFrame = 0;
        painter.refreshWindow();
      });
    },
    destroy() {
      cancelAnimationFrame(windowFrame);
    },
  };
}
