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
import { prepareStep } from '../match/phrase-reader';
import { nodeIndexAt, spanRange } from './segment-ranges';
import { createShadowRootFinder, type ShadowRootFinder } from './shadow-roots';
import { createTextWalker, type TextWalker } from './text-batches';
import { DEFAULT_SKIP_RULES, isInsideSkipped, type SkipRules, type TextSegment } from './text-segments';
import { createWholeTextSearch } from './whole-text-search';

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
  /** A subtree holds no term at all (its text was searched whole): whatever was found in it before is out of date. */
  rootCleared?(root: ScanRoot): void;
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

/** The batch size, shared by both readings: sized from how long the last batch took to gather and read. */
interface BatchSizer {
  chars: number;
  /** Sizes the next batch from how long `chars` characters just took. */
  adapt(chars: number, tookMs: number): void;
}

function createBatchSizer(): BatchSizer {
  const sizer: BatchSizer = {
    chars: FIRST_BATCH_CHARS,
    adapt(chars, tookMs) {
      const rate = chars / Math.max(tookMs, 0.25);
      sizer.chars = Math.min(MAX_BATCH_CHARS, Math.max(MIN_BATCH_CHARS, Math.round(rate * BATCH_TARGET_MS)));
    },
  };
  return sizer;
}

interface Reading {
  walker: TextWalker;
  batch: TextSegment | null;
  position: number;
  /** Time spent gathering the current batch: it counts towards the batch's cost when sizing the next. */
  walkedMs: number;
}

interface Step {
  /** One step of work (a batch gathered, a slice read…); false when there was nothing to do. */
  step(): boolean;
  isIdle(): boolean;
  clear(): void;
}

/**
 * Compiles the term pattern in a step of its own, if it is not yet: true when it did. The evidence pattern compiles
 * when first used: a page that mentions nothing never needs it.
 */
function prepareSteps(matcher: TermMatcher): boolean {
  return prepareStep(matcher.pattern);
}

/** The matcher's reader, reporting each term it finds as a Range over the page's nodes of the current batch. */
function createMatchReader(matcher: TermMatcher, handlers: ScanHandlers, currentBatch: () => TextSegment) {
  return matcher.createReader({
    term(match) {
      const batch = currentBatch();
      let span;
      try {
        span = spanRange(batch, match.start, match.end);
      } catch {
        return; // the text changed under a long read; its mutation brings it back for a fresh read
      }
      const matchedText = batch.text.slice(match.start, match.end);
      const found: ScannedMatch = { range: span.range, nodes: span.nodes, term: match.term, matchedText };
      if (match.nation) found.nation = match.nation;
      handlers.match(found);
    },
  });
}

/** Reading queued subtrees for terms, then the open shadow roots under each. */
function createTermReading(
  matcher: TermMatcher,
  handlers: ScanHandlers,
  rules: SkipRules,
  sizer: BatchSizer,
  timings: ScanTimings & { nodes: number },
): Step & { enqueue(root: ScanRoot): void } {
  let queue: ScanRoot[] = [];
  let terms: (Reading & { root: ScanRoot }) | null = null;
  let finder: ShadowRootFinder | null = null;
  /** A subtree whose whole text is being searched before it is walked. */
  let searching: ScanRoot | null = null;
  const wholeText = createWholeTextSearch(matcher.pattern);

  function startWalk(root: ScanRoot): void {
    terms = { root, walker: createTextWalker(root, rules), batch: null, position: 0, walkedMs: 0 };
  }

  function search(root: ScanRoot): void {
    const result = wholeText.step();
    if (result === 'more') return;
    searching = null;
    if (result === 'found') startWalk(root);
    else {
      handlers.rootCleared?.(root);
      finder = createShadowRootFinder(root, rules);
    }
  }

  const reader = createMatchReader(matcher, handlers, () => terms!.batch!);

  function read(current: Reading & { root: ScanRoot }, batch: TextSegment, started: number): void {
    const from = current.position;
    current.position = reader.read(from, from + sizer.chars);
    const now = performance.now();
    timings.readMs += now - started;
    if (current.position > from) sizer.adapt(current.position - from, now - started + current.walkedMs);
    current.walkedMs = 0;
    if (current.position >= batch.text.length) {
      reader.finish();
      current.batch = null;
    }
  }

  function walk(current: Reading & { root: ScanRoot }, started: number): void {
    const batch = current.walker.nextBatch(sizer.chars);
    current.walkedMs = performance.now() - started;
    timings.walkMs += current.walkedMs;
    if (!batch) {
      finder = createShadowRootFinder(current.root, rules);
      terms = null;
      return;
    }
    timings.nodes += batch.nodes.length;
    handlers.batchStarted(batch.nodes);
    current.batch = batch;
    current.position = 0;
    reader.begin(batch.text);
  }

  return {
    enqueue(root) {
      if (queue.length < DEDUPE_LIMIT) {
        if (queue.some((queued) => queued === root || queued.contains(root))) return;
        queue = queue.filter((queued) => !root.contains(queued));
      }
      queue.push(root);
    },
    step() {
      const started = performance.now();
      // The term pattern is compiled in a step of its own, before any text is searched with it.
      if (!terms && !searching && !finder && queue.length > 0 && prepareSteps(matcher)) {
        timings.readMs += performance.now() - started;
        return true;
      }
      if (terms?.batch) read(terms, terms.batch, started);
      else if (terms) walk(terms, started);
      else if (searching) {
        search(searching);
        timings.readMs += performance.now() - started;
      } else if (finder) {
        const found = finder.next();
        timings.walkMs += performance.now() - started;
        if (found === null) finder = null;
        else if (found) queue.unshift(found);
        if (found) handlers.shadowRootFound?.(found);
      } else {
        const root = queue.shift();
        if (!root) return false;
        if (root.isConnected && !isInsideSkipped(root, rules)) {
          handlers.rootStarted?.(root);
          if (wholeText.start(root)) searching = root;
          else startWalk(root);
          timings.walkMs += performance.now() - started;
        }
      }
      return true;
    },
    isIdle: () => queue.length === 0 && !terms && !finder && !searching,
    clear() {
      queue = [];
      terms = null;
      finder = null;
      searching = null;
    },
  };
}

/** Evidence readings the session asks for once nothing is queued for terms. */
function createEvidenceReading(
  matcher: TermMatcher,
  handlers: ScanHandlers,
  rules: SkipRules,
  sizer: BatchSizer,
  timings: ScanTimings,
): Step {
  let jobs: EvidenceJob[] = [];
  let current: (Reading & { job: EvidenceJob; offset: number; batches: number }) | null = null;
  const reader: EvidenceReader = matcher.evidence.createReader();

  function readBatch(reading: NonNullable<typeof current>, batch: TextSegment, started: number): void {
    const base = reading.offset;
    const from = reading.position;
    reading.position = reader.read(from, from + sizer.chars, (hit) => {
      reading.job.found(hit, batch.nodes[nodeIndexAt(batch, hit.start)]!, base + hit.start);
    });
    sizer.adapt(reading.position - from, performance.now() - started + reading.walkedMs);
    reading.walkedMs = 0;
    if (reading.position < batch.text.length) return;
    reading.offset += batch.text.length;
    reading.batches += 1;
    reading.batch = null;
    reader.end();
    if (!reading.job.wants(reading.offset, reading.batches)) {
      current = null;
      reading.job.done(false);
    }
  }

  return {
    step() {
      if (!current) {
        if (jobs.length === 0) jobs = handlers.evidenceJobs?.() ?? [];
        const job = jobs.shift();
        if (!job) return false;
        if (!job.root.isConnected) {
          job.done(false);
          return true;
        }
        current = {
          job,
          walker: createTextWalker(job.root, rules),
          batch: null,
          position: 0,
          offset: 0,
          batches: 0,
          walkedMs: 0,
        };
      }
      const started = performance.now();
      const reading = current;
      if (reading.batch) readBatch(reading, reading.batch, started);
      else {
        const batch = reading.walker.nextBatch(sizer.chars);
        reading.walkedMs = performance.now() - started;
        if (!batch) {
          current = null;
          reading.job.done(true);
        } else {
          reading.batch = batch;
          reading.position = 0;
          reader.begin(batch.text);
        }
      }
      timings.evidenceMs += performance.now() - started;
      return true;
    },
    isIdle: () => !current && jobs.length === 0,
    clear() {
      current?.job.done(false);
      current = null;
      for (const job of jobs) job.done(false);
      jobs = [];
    },
  };
}

export function createPageScanner(
  matcher: TermMatcher,
  handlers: ScanHandlers,
  rules: SkipRules = DEFAULT_SKIP_RULES,
): PageScanner {
  const timings = { walkMs: 0, readMs: 0, evidenceMs: 0, nodes: 0 };
  const sizer = createBatchSizer();
  const terms = createTermReading(matcher, handlers, rules, sizer, timings);
  const evidence = createEvidenceReading(matcher, handlers, rules, sizer, timings);
  return {
    enqueue: terms.enqueue,
    work(shouldYield) {
      for (;;) {
        if (!terms.step() && !evidence.step()) return true;
        if (shouldYield()) return false;
      }
    },
    isIdle: () => terms.isIdle() && evidence.isIdle(),
    nodesRead: () => timings.nodes,
    timings: () => ({ walkMs: timings.walkMs, readMs: timings.readMs, evidenceMs: timings.evidenceMs }),
    clear() {
      terms.clear();
      evidence.clear();
    },
  };
}
