/**
 * Finds dataset terms (and page-context signal phrases) in text. The terms are compiled into a trie keyed by
 * token hashes, so reading a text is one pass over its characters whatever the number of terms: each token
 * costs a hash and a map look-up, and only tokens that continue a phrase do more. Matching is whole-word,
 * leftmost-longest and non-overlapping for terms; signals may overlap anything.
 *
 * A text can be read in slices (`run.read(from, to)`), so a one-megabyte text node never blocks the page.
 */
import type { CompiledTerm } from '../data/compiled-types';
import { hashNormalisedToken, readTokens, scanTokens } from './normalise-text';
import { looksLikeAcronym } from './term-spellings';

export interface TermMatch {
  /** Offsets in the text that was read. */
  start: number;
  end: number;
  term: CompiledTerm;
}

export interface MatchSink {
  term(match: TermMatch): void;
  /** A signal phrase (by its index in the matcher's signal list) occurs in the text. */
  signal?(signalIndex: number): void;
}

export interface TextRun {
  /** Reads the tokens that start in [from, to); returns where to continue (never inside a token). */
  read(from: number, to: number): number;
  /** The text is over: settles the matches still open. */
  finish(): void;
}

export interface TermMatcher {
  readonly termCount: number;
  start(text: string, sink: MatchSink): TextRun;
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

function newNode(): TrieNode {
  return { next: null, term: null, signal: -1 };
}

function insert(root: TrieNode, key: string): TrieNode {
  let node = root;
  for (const token of key.split(' ')) {
    const hash = hashNormalisedToken(token);
    node.next ??= new Map();
    let child = node.next.get(hash);
    if (!child) {
      child = newNode();
      node.next.set(hash, child);
    }
    node = child;
  }
  return node;
}

/** The match really is the term: same normalised tokens (hashes can collide) and capitals where it needs them. */
function confirms(text: string, start: number, end: number, term: CompiledTerm): boolean {
  const tokens = readTokens(text.slice(start, end));
  if (tokens.map((token) => token.normalised).join(' ') !== term.key) return false;
  return (term.acronyms ?? []).every((i) => looksLikeAcronym(tokens[i]?.raw ?? ''));
}

/**
 * `terms` are compiled index entries; `signalKeys` are normalised signal phrases (see `normaliseForMatching`),
 * reported by index.
 */
export function createTermMatcher(terms: readonly CompiledTerm[], signalKeys: readonly string[] = []): TermMatcher {
  const termRoot = newNode();
  for (const term of terms) {
    if (term.key) insert(termRoot, term.key).term = term;
  }
  const signalRoot = newNode();
  signalKeys.forEach((key, index) => {
    if (key) insert(signalRoot, key).signal = index;
  });
  const termStarts = termRoot.next ?? new Map<number, TrieNode>();
  const signalStarts = signalRoot.next ?? new Map<number, TrieNode>();

  function start(text: string, sink: MatchSink): TextRun {
    const walks: TermWalk[] = [];
    let signalWalks: TrieNode[] = [];

    function settle(): void {
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

    function visit(tokenStart: number, tokenEnd: number, hash: number): void {
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
      const first = termStarts.get(hash);
      if (first) {
        walks.push({
          start: tokenStart,
          node: first,
          open: first.next !== null,
          candidates: first.term ? [{ end: tokenEnd, term: first.term }] : null,
        });
      }
      if (walks.length > 0) settle();

      if (sink.signal) {
        const signalStart = signalStarts.get(hash);
        if (signalWalks.length > 0 || signalStart) {
          const advanced: TrieNode[] = [];
          for (const node of signalWalks) {
            const child = node.next?.get(hash);
            if (child) advanced.push(child);
          }
          if (signalStart) advanced.push(signalStart);
          for (const node of advanced) if (node.signal >= 0) sink.signal(node.signal);
          signalWalks = advanced.filter((node) => node.next !== null);
        }
      }
    }

    return {
      read: (from, to) => scanTokens(text, from, to, visit),
      finish() {
        for (const walk of walks) walk.open = false;
        settle();
        signalWalks = [];
      },
    };
  }

  return {
    termCount: terms.length,
    start,
    findAll(text) {
      const matches: TermMatch[] = [];
      const signals = new Set<number>();
      const run = start(text, { term: (match) => matches.push(match), signal: (index) => signals.add(index) });
      run.read(0, text.length);
      run.finish();
      return { matches, signals: [...signals] };
    },
  };
}
