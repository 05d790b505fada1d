/**
 * Reads queued subtrees of the page in slices: walks their segments, runs the term matcher over each (a long text
 * node is read a slice at a time too) and reports matches as Ranges. The caller decides when to stop
 * (`shouldYield`), so no slice of work blocks the page for long.
 */
import type { CompiledTerm } from '../data/compiled-types';
import { spanRange } from './segment-ranges';
import type { TermMatcher, TextRun } from './term-matcher';
import {
  createSegmentWalker,
  DEFAULT_SKIP_RULES,
  isInsideSkipped,
  type SegmentWalker,
  type SkipRules,
  type TextSegment,
} from './text-segments';

export interface ScannedMatch {
  range: Range;
  /** Text nodes the match touches. */
  nodes: Text[];
  term: CompiledTerm;
  matchedText: string;
}

export interface ScanHandlers {
  /** A segment is about to be read (again): whatever was found in its nodes before is out of date. */
  segmentStarted(segment: TextSegment): void;
  match(found: ScannedMatch): void;
  /** A context signal occurs in the text of `source`. */
  signal(signalIndex: number, source: Text): void;
}

export interface PageScanner {
  /** Queues a subtree for reading (again). */
  enqueue(root: Element): void;
  /** Reads until `shouldYield()` returns true; returns true when everything queued has been read. */
  work(shouldYield: () => boolean): boolean;
  isIdle(): boolean;
  /** Segments read since the scanner was made (for reports: a small change must not mean a full rescan). */
  segmentsRead(): number;
  clear(): void;
}

/** Characters read between two `shouldYield` checks inside one long text. */
const SLICE_CHARS = 32_768;
/** Queues longer than this are not searched for duplicates; reading a subtree twice is harmless. */
const DEDUPE_LIMIT = 64;

export function createPageScanner(
  matcher: TermMatcher,
  handlers: ScanHandlers,
  rules: SkipRules = DEFAULT_SKIP_RULES,
): PageScanner {
  let queue: Element[] = [];
  let walker: SegmentWalker | null = null;
  let segment: TextSegment | null = null;
  let run: TextRun | null = null;
  let position = 0;
  let segmentCount = 0;

  function startSegment(next: TextSegment): void {
    segment = next;
    position = 0;
    segmentCount += 1;
    handlers.segmentStarted(next);
    run = matcher.start(next.text, {
      term(match) {
        let span;
        try {
          span = spanRange(next, match.start, match.end);
        } catch {
          return; // the text changed under a long read; its mutation brings it back for a fresh read
        }
        handlers.match({ ...span, term: match.term, matchedText: next.text.slice(match.start, match.end) });
      },
      signal: (signalIndex) => handlers.signal(signalIndex, next.nodes[0]!),
    });
  }

  return {
    enqueue(root) {
      if (queue.length < DEDUPE_LIMIT) {
        if (queue.some((queued) => queued === root || queued.contains(root))) return;
        queue = queue.filter((queued) => !root.contains(queued));
      }
      queue.push(root);
    },
    work(shouldYield) {
      for (;;) {
        if (run && segment) {
          position = run.read(position, position + SLICE_CHARS);
          if (position >= segment.text.length) {
            run.finish();
            run = null;
            segment = null;
          }
          if (shouldYield()) return false;
          continue;
        }
        if (!walker) {
          const root = queue.shift();
          if (!root) return true;
          if (!root.isConnected || isInsideSkipped(root, rules)) continue;
          walker = createSegmentWalker(root, rules);
        }
        const next = walker.next();
        if (next) startSegment(next);
        else walker = null;
      }
    },
    isIdle: () => queue.length === 0 && !walker && !run,
    segmentsRead: () => segmentCount,
    clear() {
      queue = [];
      walker = null;
      segment = null;
      run = null;
    },
  };
}
