/**
 * Reads queued subtrees of the page in slices: takes a batch of their text (text-batches.ts), runs the term
 * matcher over it — a slice at a time, so a one-megabyte text node is read in pieces too — and reports matches as
 * Ranges over the page's nodes. Open shadow roots under a subtree are found after it and read like the rest of
 * the page. Once nothing is queued, it reads sections for evidence when the session asks (evidence jobs), with
 * the same walk. The caller decides when to stop (`shouldYield`, checked between batches and slices, not per node:
 * asking the clock is not free).
 */
import type { CompiledTerm } from '../../../data/compiled-types';
import type { EvidenceHit, EvidenceReader } from '../match/evidence-matcher';
import type { Nation } from '../match/nation-hints';
import type { TermMatcher } from '../match/term-matcher';
import { nodeIndexAt, spanRange } from './segment-ranges';
import { createShadowRootFinder, type ShadowRootFinder } from './shadow-roots';
import { createTextWalker, type TextWalker } from './text-batches';
import { DEFAULT_SKIP_RULES, isInsideSkipped, type SkipRules, type TextSegment } from './text-segments';

export interface ScannedMatch {
  range: Range;
  /** Text nodes the match touches. */
  nodes: Text[];
  term: CompiledTerm;
  matchedText: string;
  /** See `TermMatch.nation`. */
  nation?: Nation;
}

/** A subtree the scanner reads: an element, or an open shadow root. */
export type ScanRoot = Element | ShadowRoot;

/** Reading a subtree for evidence (care and nation signals, phrases terms require nearby). */
export interface EvidenceJob {
  root: ScanRoot;
  /** Whether reading on is still worth it, `offset` characters and `batches` batches into the root's text. */
  wants(offset: number, batches: number): boolean;
  found(hit: EvidenceHit, source: Text, offset: number): void;
  /** The reading ended: at the end of the root's text (`complete`), or because nothing more was wanted. */
  done(complete: boolean): void;
}

export interface ScanHandlers {
  /** A subtree is about to be read; `root` is where the walk starts. */
  rootStarted?(root: ScanRoot): void;
  /** These text nodes are about to be read (again): whatever was found in them before is out of date. */
  batchStarted(nodes: readonly Text[]): void;
  match(found: ScannedMatch): void;
  /** An open shadow root was found under a subtree read: it is read next, and should be watched for changes. */
  shadowRootFound?(root: ShadowRoot): void;
  /** Nothing is queued: evidence readings to run now, if any. */
  evidenceJobs?(): EvidenceJob[];
}

export interface ScanTimings {
  /** Gathering text (and looking for shadow roots). */
  walkMs: number;
  /** Reading text, including handling what was found in it. */
  readMs: number;
  /** Reading sections for evidence (walk and read). */
  evidenceMs: number;
}

export interface PageScanner {
  /** Queues a subtree for reading (again). */
  enqueue(root: ScanRoot): void;
  /** Reads until `shouldYield()` returns true; returns true when everything queued has been read. */
  work(shouldYield: () => boolean): boolean;
  isIdle(): boolean;
  /** Text nodes read since the scanner was made (for reports: a small change must not mean a full rescan). */
  nodesRead(): number;
  timings(): ScanTimings;
  clear(): void;
}

/**
 * Characters gathered into one batch, and read between two `shouldYield` checks inside a long text. It starts
 * small — the first batches run before the engine has optimised anything — and adapts so a batch takes about
 * `BATCH_TARGET_MS`, which keeps every slice close to its budget.
 */
const FIRST_BATCH_CHARS = 8_192;
const MIN_BATCH_CHARS = 2_048;
const MAX_BATCH_CHARS = 65_536;
const BATCH_TARGET_MS = 2;
/** Queues longer than this are not searched for duplicates; reading a subtree twice is harmless. */
const DEDUPE_LIMIT = 64;

interface Reading {
  walker: TextWalker;
  batch: TextSegment | null;
  position: number;
  /** Time spent gathering the current batch: it counts towards the batch's cost when sizing the next. */
  walkedMs: number;
}

export function createPageScanner(
  matcher: TermMatcher,
  handlers: ScanHandlers,
  rules: SkipRules = DEFAULT_SKIP_RULES,
): PageScanner {
  let queue: ScanRoot[] = [];
  let evidenceQueue: EvidenceJob[] = [];
  let terms: (Reading & { root: ScanRoot }) | null = null;
  let finder: ShadowRootFinder | null = null;
  let evidence: (Reading & { job: EvidenceJob; offset: number; batches: number }) | null = null;
  let nodesRead = 0;
  const timings: ScanTimings = { walkMs: 0, readMs: 0, evidenceMs: 0 };
  let batchChars = FIRST_BATCH_CHARS;
  const evidenceReader: EvidenceReader = matcher.evidence.createReader();

  /** Sizes the next batch from how long `chars` characters just took. */
  function adapt(chars: number, tookMs: number): void {
    const rate = chars / Math.max(tookMs, 0.25);
    batchChars = Math.min(MAX_BATCH_CHARS, Math.max(MIN_BATCH_CHARS, Math.round(rate * BATCH_TARGET_MS)));
  }

  const reader = matcher.createReader({
    term(match) {
      const current = terms!.batch!;
      let span;
      try {
        span = spanRange(current, match.start, match.end);
      } catch {
        return; // the text changed under a long read; its mutation brings it back for a fresh read
      }
      const found: ScannedMatch = {
        ...span,
        term: match.term,
        matchedText: current.text.slice(match.start, match.end),
      };
      if (match.nation) found.nation = match.nation;
      handlers.match(found);
    },
  });

  /** One step of reading queued subtrees for terms; false when there is none to take. */
  function termStep(): boolean {
    const started = performance.now();
    if (terms?.batch) {
      const batch = terms.batch;
      const from = terms.position;
      terms.position = reader.read(from, from + batchChars);
      const now = performance.now();
      timings.readMs += now - started;
      if (terms.position > from) adapt(terms.position - from, now - started + terms.walkedMs);
      terms.walkedMs = 0;
      if (terms.position >= batch.text.length) {
        reader.finish();
        terms.batch = null;
      }
      return true;
    }
    if (terms) {
      const batch = terms.walker.nextBatch(batchChars);
      terms.walkedMs = performance.now() - started;
      timings.walkMs += terms.walkedMs;
      if (batch) {
        nodesRead += batch.nodes.length;
        handlers.batchStarted(batch.nodes);
        terms.batch = batch;
        terms.position = 0;
        reader.begin(batch.text);
      } else {
        finder = createShadowRootFinder(terms.root, rules);
        terms = null;
      }
      return true;
    }
    if (finder) {
      const found = finder.next();
      timings.walkMs += performance.now() - started;
      if (found === null) finder = null;
      else if (found) {
        handlers.shadowRootFound?.(found);
        queue.unshift(found);
      }
      return true;
    }
    const root = queue.shift();
    if (!root) return false;
    if (!root.isConnected || isInsideSkipped(root, rules)) return true;
    handlers.rootStarted?.(root);
    terms = { root, walker: createTextWalker(root, rules), batch: null, position: 0, walkedMs: 0 };
    return true;
  }

  /** One step of an evidence reading; false when there is none to take. */
  function evidenceStep(): boolean {
    if (!evidence) {
      if (evidenceQueue.length === 0) evidenceQueue = handlers.evidenceJobs?.() ?? [];
      const job = evidenceQueue.shift();
      if (!job) return false;
      if (!job.root.isConnected) {
        job.done(false);
        return true;
      }
      evidence = { job, walker: createTextWalker(job.root, rules), batch: null, position: 0, offset: 0, batches: 0, walkedMs: 0 };
    }
    const started = performance.now();
    const current = evidence;
    if (!current.batch) {
      const batch = current.walker.nextBatch(batchChars);
      current.walkedMs = performance.now() - started;
      if (!batch) {
        evidence = null;
        current.job.done(true);
      } else {
        current.batch = batch;
        current.position = 0;
        evidenceReader.begin(batch.text);
      }
    } else {
      const batch = current.batch;
      const base = current.offset;
      const from = current.position;
      current.position = evidenceReader.read(from, from + batchChars, (hit) => {
        current.job.found(hit, batch.nodes[nodeIndexAt(batch, hit.start)]!, base + hit.start);
      });
      adapt(current.position - from, performance.now() - started + current.walkedMs);
      current.walkedMs = 0;
      if (current.position >= batch.text.length) {
        current.offset += batch.text.length;
        current.batches += 1;
        current.batch = null;
        if (!current.job.wants(current.offset, current.batches)) {
          evidence = null;
          current.job.done(false);
        }
      }
    }
    timings.evidenceMs += performance.now() - started;
    return true;
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
        if (!termStep() && !evidenceStep()) return true;
        if (shouldYield()) return false;
      }
    },
    isIdle: () => queue.length === 0 && !terms && !finder && !evidence && evidenceQueue.length === 0,
    nodesRead: () => nodesRead,
    timings: () => ({ ...timings }),
    clear() {
      queue = [];
      terms = null;
      finder = null;
      evidence?.job.done(false);
      evidence = null;
      for (const job of evidenceQueue) job.done(false);
      evidenceQueue = [];
    },
  };
}
