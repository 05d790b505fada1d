/**
 * Finds dataset terms (and page-context signal phrases) in text. The phrases are compiled into tries keyed by
 * token hashes, so reading a text is one pass over its characters whatever the number of terms: each token costs
 * a hash and one map look-up, and only tokens that belong to some phrase do more. Matching is whole-word,
 * leftmost-longest and non-overlapping for terms; signals may overlap anything.
 *
 * A reader is reused from text to text and reads a text in slices (`read(from, to)`), so a one-megabyte text node
 * never blocks the page.
 */
import type { CompiledTerm } from '../../../data/compiled-types';
import { createTokenBuffer, hashNormalisedToken, readTokens, scanTokens } from './normalise-text';
import { looksLikeAcronym } from './acronyms';
import { candidatePattern, skipFrom, startPatterns } from './candidate-search';

export interface TermMatch {
  /** Offsets in the text being read. */
  start: number;
  end: number;
  term: CompiledTerm;
}

export interface MatchSink {
  term(match: TermMatch): void;
  /** A signal phrase (by its index in the matcher's signal list) occurs in the text, starting at `at`. */
  signal?(signalIndex: number, at: number): void;
  /**
   * Whether signals are wanted from here on (asked as reading goes; when the answer is no, text that can only hold
   * signals is skipped). Without it, signals are wanted whenever `signal` is given.
   */
  wantsSignals?(): boolean;
}

export interface TextReader {
  /** Starts a new text, forgetting any phrase left open in the last one (call `finish` first to keep them). */
  begin(text: string): void;
  /** Reads the tokens that start in [from, to); returns where to continue (never inside a token). */
  read(from: number, to: number): number;
  /** The text is over: settles the matches still open. */
  finish(): void;
}

export interface TermMatcher {
  readonly termCount: number;
  createReader(sink: MatchSink): TextReader;
  /** Convenience for small texts: every term match and the distinct signals found. */
  findAll(text: string): { matches: TermMatch[]; signals: number[] };
}

interface TrieNode {
  next: Map<number, TrieNode> | null;
  term: CompiledTerm | null;
  signal: number;
}

interface Candidate {
  end: number;
  term: CompiledTerm;
}

interface TermWalk {
  start: number;
  node: TrieNode;
  open: boolean;
  /** Complete terms along the walk, shortest first. */
  candidates: Candidate[] | null;
}

/** Flags of a token hash in the vocabulary: where phrases may start with it. */
const STARTS_TERM = 1;
const STARTS_SIGNAL = 2;
const IN_A_PHRASE = 4;
const TOKENS_PER_READ = 4096;
/**
 * With skipping, tokens are read one at a time (those starting in a window this long), so skipping resumes as
 * soon as no phrase is open: on a page's first read the tokeniser runs unoptimised, so every character it reads
 * on the chance of a phrase is dear.
 */
const WINDOW_AFTER_SKIP = 1;

/**
 * Token hash → flags, as an open-addressing table in typed arrays: the look-up runs for every token of a page,
 * and this keeps it to a few array reads (no call) even before the engine has optimised the code.
 */
interface Vocabulary {
  keys: Int32Array;
  flags: Uint8Array;
  mask: number;
}

function createVocabulary(entries: Map<number, number>): Vocabulary {
  let size = 64;
  while (size < entries.size * 4) size *= 2;
  const vocabulary = { keys: new Int32Array(size), flags: new Uint8Array(size), mask: size - 1 };
  for (const [hash, flags] of entries) {
    let slot = hash & vocabulary.mask;
    while (vocabulary.flags[slot] !== 0) slot = (slot + 1) & vocabulary.mask;
    vocabulary.keys[slot] = hash;
    vocabulary.flags[slot] = flags;
  }
  return vocabulary;
}

function newNode(): TrieNode {
  return { next: null, term: null, signal: -1 };
}

/** The words really are the term: same normalised tokens (hashes can collide) and capitals where it needs them. */
function spells(words: string, term: CompiledTerm): boolean {
  const tokens = readTokens(words);
  if (tokens.map((token) => token.normalised).join(' ') !== term.key) return false;
  return (term.acronyms ?? []).every((i) => looksLikeAcronym(tokens[i]?.raw ?? ''));
}

export interface TermMatcherOptions {
  /** Skip text where no phrase can start with a native search (on by default; off, every token is read). */
  skipAhead?: boolean;
}

/** Everything a reader looks things up in, compiled once per matcher. */
interface MatcherTables {
  termStarts: Map<number, TrieNode>;
  signalStarts: Map<number, TrieNode>;
  vocabulary: Vocabulary;
  /** Where a term could start (null: read every token). */
  termCandidates: RegExp | null;
  /** Where a term or a signal could start. */
  anyCandidates: RegExp | null;
  /** Whether the words at [start, end) of `text` really are `term` (hashes can collide; acronyms need capitals). */
  confirms(text: string, start: number, end: number, term: CompiledTerm): boolean;
}

function compileTables(terms: readonly CompiledTerm[], signalKeys: readonly string[], skipAhead: boolean) {
  const flagsByHash = new Map<number, number>();
  const termRoot = newNode();
  const signalRoot = newNode();
  const insert = (root: TrieNode, key: string, startFlag: number): TrieNode => {
    let node = root;
    key.split(' ').forEach((token, position) => {
      const hash = hashNormalisedToken(token);
      flagsByHash.set(hash, (flagsByHash.get(hash) ?? 0) | IN_A_PHRASE | (position === 0 ? startFlag : 0));
      node.next ??= new Map();
      let child = node.next.get(hash);
      if (!child) {
        child = newNode();
        node.next.set(hash, child);
      }
      node = child;
    });
    return node;
  };
  for (const term of terms) if (term.key) insert(termRoot, term.key, STARTS_TERM).term = term;
  signalKeys.forEach((key, index) => {
    if (key) insert(signalRoot, key, STARTS_SIGNAL).signal = index;
  });
  const termStartPatterns = skipAhead ? startPatterns(terms.map((term) => term.key)) : [];
  const tables: MatcherTables = {
    termStarts: termRoot.next ?? new Map<number, TrieNode>(),
    signalStarts: signalRoot.next ?? new Map<number, TrieNode>(),
    vocabulary: createVocabulary(flagsByHash),
    termCandidates: skipAhead ? candidatePattern(termStartPatterns) : null,
    anyCandidates: skipAhead ? candidatePattern([...termStartPatterns, ...startPatterns(signalKeys)]) : null,
    confirms: createConfirmer(),
  };
  return tables;
}

/** `spells`, remembered by term for the spellings seen so far (a page repeats its phrases). */
function createConfirmer(): MatcherTables['confirms'] {
  const confirmed = new Map<CompiledTerm, Map<string, boolean>>();
  return (text, start, end, term) => {
    const words = text.slice(start, end);
    let answers = confirmed.get(term);
    if (!answers) confirmed.set(term, (answers = new Map()));
    let answer = answers.get(words);
    if (answer === undefined) answers.set(words, (answer = spells(words, term)));
    return answer;
  };
}

/**
 * `terms` are compiled index entries; `signalKeys` are normalised signal phrases (see `normaliseForMatching`),
 * reported by index.
 */
export function createTermMatcher(
  terms: readonly CompiledTerm[],
  signalKeys: readonly string[] = [],
  options: TermMatcherOptions = {},
): TermMatcher {
  const tables = compileTables(terms, signalKeys, options.skipAhead ?? true);
  const createReader = (sink: MatchSink): TextReader => createTextReader(tables, sink);
  return {
    termCount: terms.length,
    createReader,
    findAll(text) {
      const matches: TermMatch[] = [];
      const signals = new Set<number>();
      const reader = createReader({ term: (match) => matches.push(match), signal: (index) => signals.add(index) });
      reader.begin(text);
      reader.read(0, text.length);
      reader.finish();
      return { matches, signals: [...signals] };
    },
  };
}

/** A reader over the matcher's tables; its state is one text's phrases in progress. */
function createTextReader(tables: MatcherTables, sink: MatchSink): TextReader {
  const { termStarts, signalStarts, termCandidates, anyCandidates, confirms } = tables;
  const { keys: vocabularyKeys, flags: vocabularyFlags, mask: vocabularyMask } = tables.vocabulary;
  const buffer = createTokenBuffer(TOKENS_PER_READ);
  const walks: TermWalk[] = [];
  let signalNodes: TrieNode[] = [];
  let nextSignalNodes: TrieNode[] = [];
  let text = '';
  /** Whether signals are being read: asked again whenever reading is between phrases. */
  let readingSignals = sink.signal !== undefined;
  const signalsWanted = (): boolean => sink.signal !== undefined && (sink.wantsSignals?.() ?? true);

  const settle = (): void => settleWalks(walks, text, sink, confirms);

  function closeWalks(): void {
    for (const walk of walks) walk.open = false;
    settle();
  }

  function advanceSignals(hash: number, flags: number, tokenStart: number): void {
    nextSignalNodes.length = 0;
    for (const node of signalNodes) {
      const child = node.next?.get(hash);
      if (!child) continue;
      if (child.signal >= 0) sink.signal!(child.signal, tokenStart);
      if (child.next) nextSignalNodes.push(child);
    }
    if (flags & STARTS_SIGNAL) {
      const first = signalStarts.get(hash)!;
      if (first.signal >= 0) sink.signal!(first.signal, tokenStart);
      if (first.next) nextSignalNodes.push(first);
    }
    [signalNodes, nextSignalNodes] = [nextSignalNodes, signalNodes];
  }

  /** A token that belongs to some phrase. */
  function feed(tokenStart: number, tokenEnd: number, hash: number, flags: number): void {
    for (const walk of walks) {
      if (!walk.open) continue;
      const child = walk.node.next?.get(hash);
      if (!child) {
        walk.open = false;
        continue;
      }
      walk.node = child;
      walk.open = child.next !== null;
      if (child.term) (walk.candidates ??= []).push({ end: tokenEnd, term: child.term });
    }
    if (flags & STARTS_TERM) {
      const first = termStarts.get(hash)!;
      walks.push({
        start: tokenStart,
        node: first,
        open: first.next !== null,
        candidates: first.term ? [{ end: tokenEnd, term: first.term }] : null,
      });
    }
    if (walks.length > 0) settle();
    if (readingSignals && (signalNodes.length > 0 || flags & STARTS_SIGNAL)) advanceSignals(hash, flags, tokenStart);
  }

  return {
    begin(next) {
      text = next;
      walks.length = 0;
      signalNodes.length = 0;
    },
    read(from, to) {
      let position = from;
      for (;;) {
        let until = to;
        const betweenPhrases = walks.length === 0 && signalNodes.length === 0;
        if (betweenPhrases) readingSignals = signalsWanted();
        const candidates = readingSignals ? anyCandidates : termCandidates;
        if (candidates) {
          if (betweenPhrases) position = skipFrom(candidates, text, position);
          if (position >= to) return position;
          until = Math.min(to, position + WINDOW_AFTER_SKIP);
        }
        position = scanTokens(text, position, until, buffer);
        const { starts, ends, hashes, count } = buffer;
        for (let i = 0; i < count; i += 1) {
          const hash = hashes[i]!;
          let slot = hash & vocabularyMask;
          let flags = vocabularyFlags[slot]!;
          while (flags !== 0 && vocabularyKeys[slot] !== hash) {
            slot = (slot + 1) & vocabularyMask;
            flags = vocabularyFlags[slot]!;
          }
          if (flags !== 0) feed(starts[i]!, ends[i]!, hash, flags);
          else if (walks.length > 0 || signalNodes.length > 0) {
            // A word in no phrase ends every phrase in progress.
            if (walks.length > 0) closeWalks();
            signalNodes.length = 0;
          }
        }
        if (count === TOKENS_PER_READ) continue;
        if (position >= to || position >= text.length) return position;
      }
    },
    finish() {
      closeWalks();
      signalNodes.length = 0;
    },
  };
}

/**
 * Reports the walks that can no longer grow, in order: each one's longest confirmed term wins, and walks that
 * started inside it are dropped (leftmost-longest, non-overlapping).
 */
function settleWalks(walks: TermWalk[], text: string, sink: MatchSink, confirms: MatcherTables['confirms']): void {
  while (walks.length > 0 && !walks[0]!.open) {
    const walk = walks.shift()!;
    const candidates = walk.candidates;
    if (!candidates) continue;
    for (let i = candidates.length - 1; i >= 0; i -= 1) {
      const { end, term } = candidates[i]!;
      if (!confirms(text, walk.start, end, term)) continue;
      sink.term({ start: walk.start, end, term });
      while (walks.length > 0 && walks[0]!.start < end) walks.shift();
      break;
    }
  }
}
