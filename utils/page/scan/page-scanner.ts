/**
 * Reads queued subtrees of the page in slices: takes a batch of their text (utils/page/scan/text-batches.ts), runs the term
 * matcher over it — a slice at a time, so a one-megabyte text node is read in pieces too — and reports matches as
 * Ranges over the page's nodes. The caller decides when to stop (`shouldYield`, checked between batches and
 * slices, not per node: asking the clock is not free).
 */
import type { CompiledTerm } from '../../../data/compiled-types';
import { nodeIndexAt, spanRange } from './segment-ranges';
import type { TermMatcher } from '../match/term-matcher';
import { createTextWalker, type TextWalker } from './text-batches';
import { DEFAULT_SKIP_RULES, isInsideSkipped, type SkipRules, type TextSegment } from './text-segments';

export interface ScannedMatch {
  range: Range;
  /** Text nodes the match touches. */
  nodes: Text[];
  term: CompiledTerm;
  matchedText: string;
}

export interface ScanHandlers {
  /** A subtree is about to be read; `root` is where the walk starts. */
  rootStarted?(root: Element): void;
  /** These text nodes are about to be read (again): whatever was found in them before is out of date. */
  batchStarted(nodes: readonly Text[]): void;
  match(found: ScannedMatch): void;
  /** Whether signals are worth reading from here on (text that can only hold signals is then skipped). */
  wantsSignals?(): boolean;
  /** Whether to report another place signal `signalIndex` occurs (working out the place has a cost). */
  wantsSignal?(signalIndex: number): boolean;
  /** A context signal occurs in the text of `source`. */
  signal(signalIndex: number, source: Text): void;
}

export interface ScanTimings {
  walkMs: number;
  /** Reading text, including handling what was found in it. */
  readMs: number;
}

export interface PageScanner {
  /** Queues a subtree for reading (again). */
  enqueue(root: Element): void;
  /** Reads until `shouldYield()` returns true; returns true when everything queued has been read. */
  work(shouldYield: () => boolean): boolean;
  isIdle(): boolean;
  /** Text nodes read since the scanner was made (for reports: a small change must not mean a full rescan). */
  nodesRead(): number;
  /** Time spent since the scanner was made: gathering text, and reading it (with handling what was found). */
  timings(): ScanTimings;
  clear(): void;
}

/**
 * Characters gathered into one batch, and read between two `shouldYield` checks inside a long text. It starts
 * small — the first batches run before the engine has optimised anything — and adapts so a batch takes about
 * `BATCH_TARGET_MS`, which keeps every slice close to its budget.
 */
const FIRST_BATCH_CHARS = 2_048;
const MIN_BATCH_CHARS = 1_024;
const MAX_BATCH_CHARS = 65_536;
const BATCH_TARGET_MS = 2;
/** Queues longer than this are not searched for duplicates; reading a subtree twice is harmless. */
const DEDUPE_LIMIT = 64;

export function createPageScanner(
  matcher: TermMatcher,
  handlers: ScanHandlers,
  rules: SkipRules = DEFAULT_SKIP_RULES,
): PageScanner {
  let queue: Element[] = [];
  let walker: TextWalker | null = null;
  let nodesRead = 0;
  const timings: ScanTimings = { walkMs: 0, readMs: 0 };
  /** The batch being read, and how far reading has got. */
  let batch: TextSegment | null = null;
  let position = 0;
  let batchChars = FIRST_BATCH_CHARS;
  /** When the work on the current piece of text began (walking for it counts too). */
  let pieceStartedAt = 0;

  /** Sizes the next batch from how long `chars` characters just took. */
  function adapt(chars: number, tookMs: number): void {
    const rate = chars / Math.max(tookMs, 0.25);
    batchChars = Math.min(MAX_BATCH_CHARS, Math.max(MIN_BATCH_CHARS, Math.round(rate * BATCH_TARGET_MS)));
  }

  const reader = matcher.createReader({
    term(match) {
      const current = batch!;
      let span;
      try {
        span = spanRange(current, match.start, match.end);
      } catch {
        return; // the text changed under a long read; its mutation brings it back for a fresh read
      }
      handlers.match({ ...span, term: match.term, matchedText: current.text.slice(match.start, match.end) });
    },
    signal(signalIndex, at) {
      if (handlers.wantsSignal?.(signalIndex) === false) return;
      handlers.signal(signalIndex, batch!.nodes[nodeIndexAt(batch!, at)]!);
    },
    ...(handlers.wantsSignals ? { wantsSignals: handlers.wantsSignals } : {}),
  });

  return {
    enqueue(root) {
      if (queue.length < DEDUPE_LIMIT) {
        if (queue.some((queued) => queued === root || queued.contains(root))) return;
        queue = queue.filter((queued) => !root.contains(queued));
      }
      queue.push(root);
    },
    work(shouldYield) {
      pieceStartedAt = performance.now();
      for (;;) {
        if (batch) {
          const from = position;
          const readStarted = performance.now();
          position = reader.read(position, position + batchChars);
          const now = performance.now();
          timings.readMs += now - readStarted;
          if (position > from) adapt(position - from, now - pieceStartedAt); // not on an empty batch
          pieceStartedAt = now;
          if (position >= batch.text.length) {
            reader.finish();
            batch = null;
          }
          if (shouldYield()) return false;
          continue;
        }
        if (!walker) {
          const root = queue.shift();
          if (!root) return true;
          if (!root.isConnected || isInsideSkipped(root, rules)) continue;
          handlers.rootStarted?.(root);
          walker = createTextWalker(root, rules);
        }
        pieceStartedAt = performance.now();
        batch = walker.nextBatch(batchChars);
        timings.walkMs += performance.now() - pieceStartedAt;
        if (!batch) {
          walker = null;
          continue;
        }
        nodesRead += batch.nodes.length;
        handlers.batchStarted(batch.nodes);
        position = 0;
        reader.begin(batch.text);
      }
    },
    isIdle: () => queue.length === 0 && !walker && !batch,
    nodesRead: () => nodesRead,
    timings: () => ({ ...timings }),
    clear() {
      queue = [];
      walker = null;
      batch = null;
    },
  };
}
