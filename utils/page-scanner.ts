/**
 * Reads queued subtrees of the page in slices: walks their segments, joins a run of them into one batch of text
 * (a separator between segments that no phrase can cross), runs the term matcher over the batch — a slice at a
 * time, so a one-megabyte text node is read in pieces too — and reports matches as Ranges over the page's nodes.
 * The caller decides when to stop (`shouldYield`, checked between batches and slices, not per node: asking the
 * clock is not free).
 */
import type { CompiledTerm } from '../data/compiled-types';
import { spanRange } from './segment-ranges';
import type { TermMatcher } from './term-matcher';
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
  /** A subtree is about to be read; `root` is where the walk starts. */
  rootStarted?(root: Element): void;
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

/** Characters gathered into one batch, and read between two `shouldYield` checks inside a long text. */
const BATCH_CHARS = 16_384;
/** Between segments in a batch: a control character, read as a punctuation token that no phrase contains. */
const SEGMENT_SEPARATOR = '\u0001';
/** Queues longer than this are not searched for duplicates; reading a subtree twice is harmless. */
const DEDUPE_LIMIT = 64;

export function createPageScanner(
  matcher: TermMatcher,
  handlers: ScanHandlers,
  rules: SkipRules = DEFAULT_SKIP_RULES,
): PageScanner {
  let queue: Element[] = [];
  let walker: SegmentWalker | null = null;
  let segmentCount = 0;
  /** The batch being read: its segments, where each starts in `text`, and how far reading has got. */
  let segments: TextSegment[] = [];
  let starts: number[] = [];
  let text = '';
  let position = 0;
  let reading = false;

  function segmentAt(offset: number): number {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  const reader = matcher.createReader({
    term(match) {
      const index = segmentAt(match.start);
      const segment = segments[index]!;
      const start = match.start - starts[index]!;
      const end = match.end - starts[index]!;
      let span;
      try {
        span = spanRange(segment, start, end);
      } catch {
        return; // the text changed under a long read; its mutation brings it back for a fresh read
      }
      handlers.match({ ...span, term: match.term, matchedText: segment.text.slice(start, end) });
    },
    signal: (signalIndex, at) => handlers.signal(signalIndex, segments[segmentAt(at)]!.nodes[0]!),
  });

  /** Gathers segments from the walk until the batch is big enough; false when the walk is over. */
  function fillBatch(): void {
    const parts: string[] = [];
    segments = [];
    starts = [];
    let length = 0;
    while (walker && length < BATCH_CHARS) {
      const segment = walker.next();
      if (!segment) {
        walker = null;
        break;
      }
      handlers.segmentStarted(segment);
      segmentCount += 1;
      segments.push(segment);
      starts.push(length);
      parts.push(segment.text);
      length += segment.text.length + SEGMENT_SEPARATOR.length;
    }
    if (segments.length === 0) return;
    text = parts.length === 1 ? parts[0]! : parts.join(SEGMENT_SEPARATOR);
    position = 0;
    reading = true;
    reader.begin(text);
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
        if (reading) {
          position = reader.read(position, position + BATCH_CHARS);
          if (position >= text.length) {
            reader.finish();
            reading = false;
          }
          if (shouldYield()) return false;
          continue;
        }
        if (!walker) {
          const root = queue.shift();
          if (!root) return true;
          if (!root.isConnected || isInsideSkipped(root, rules)) continue;
          handlers.rootStarted?.(root);
          walker = createSegmentWalker(root, rules);
        }
        fillBatch();
      }
    },
    isIdle: () => queue.length === 0 && !walker && !reading,
    segmentsRead: () => segmentCount,
    clear() {
      queue = [];
      walker = null;
      reading = false;
      segments = [];
      starts = [];
      text = '';
    },
  };
}
