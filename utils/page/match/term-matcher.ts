/**
 * Finds dataset terms in text with the compiled term pattern (data/match-pattern.ts): whole words, leftmost-
 * longest and non-overlapping, any case, curly or straight apostrophes, any hyphen, no-break spaces, soft hyphens,
 * plurals and possessives of the last word. What the pattern cannot know is checked here, on the match alone:
 * - which term the words spell (a page repeats its phrases, so this is remembered by the words as written);
 * - capitals where the term is an acronym ("SEND", not "send");
 * - the data's left- and right-context rules (`notAfter`: "help secure schools" is a verb; `notBefore`);
 * - a closing single quote is not a possessive: in ‘drifting authorities’ the mark ends before the quote;
 * - for terms other nations use too, which nation the sentence or block names (nation-hints.ts).
 *
 * A reader is reused from text to text and reads a text in slices (`read(from, to)`), so a one-megabyte text node
 * never blocks the page.
 */
import type { CompiledTerm, ContentIndex } from '../../../data/compiled-types';
import { looksLikeAcronym } from './acronyms';
import { createEvidenceMatcher, type EvidenceHit, type EvidenceMatcher } from './evidence-matcher';
import { nationNear, type Nation } from './nation-hints';
import { CharClass, charClass, foldChar } from './normalise-text';
import { readPhrase } from './phrase-keys';
import { compiledPattern, createPhraseReader } from './phrase-reader';

export interface TermMatch {
  /** Offsets in the text being read. */
  start: number;
  end: number;
  term: CompiledTerm;
  /** For terms other nations use too: the nation the mention's sentence or block names, if any. */
  nation?: Nation;
}

export interface MatchSink {
  term(match: TermMatch): void;
}

export interface TextReader {
  /** Starts a new text. */
  begin(text: string): void;
  /** Reads the terms that start in [from, to); returns where to continue (never inside a word). */
  read(from: number, to: number): number;
  /** The text is over (nothing is left open between reads; kept for the scanner's rhythm). */
  finish(): void;
}

export interface TermMatcher {
  readonly termCount: number;
  /** The compiled term pattern (for a search of text as a whole, with `createPhraseReader`). */
  readonly pattern: string;
  readonly evidence: EvidenceMatcher;
  createReader(sink: MatchSink): TextReader;
  /** Convenience for small texts: every term match. */
  findAll(text: string): { matches: TermMatch[] };
  /**
   * Compiles the patterns now, and reads a few of the dataset's own terms once, so that a page about to be read
   * pays for compiling the patterns and the reading code before its first slice, not during it.
   */
  warmUp(): void;
}

/** What the matcher needs from the content index. */
export type MatcherIndex = Pick<ContentIndex, 'terms' | 'termPattern' | 'evidence'>;

/** Between blocks in a batch (utils/page/scan/text-batches.ts): no phrase, sentence or context crosses it. */
const SEGMENT_SEPARATOR_CODE = 1;
/**
 * How far on each side of a mention its block is read for a nation. A paragraph is far shorter; a block of a
 * megabyte (a transcript in one text node) is then read near each mention only, not whole at every mention.
 */
const NATION_REACH = 2_000;

/** The mention's block, cut to `NATION_REACH` characters on each side: [from, to) of `text`. */
function nationReach(text: string, start: number, end: number): [number, number] {
  let from = start;
  const floor = Math.max(0, start - NATION_REACH);
  while (from > floor && text.charCodeAt(from - 1) !== SEGMENT_SEPARATOR_CODE) from -= 1;
  let to = end;
  const ceiling = Math.min(text.length, end + NATION_REACH);
  while (to < ceiling && text.charCodeAt(to) !== SEGMENT_SEPARATOR_CODE) to += 1;
  return [from, to];
}

/** The term `words` spell, with capitals where it needs them; null when they spell none. */
function createTermLookup(terms: readonly CompiledTerm[]) {
  const byKey = new Map(terms.map((term) => [term.key, term]));
  const known = new Map<string, CompiledTerm | null>();
  return (words: string): CompiledTerm | null => {
    let term = known.get(words);
    if (term === undefined) {
      const read = readPhrase(words, (key) => byKey.get(key));
      const capitalsOk = read && (read.value.acronyms ?? []).every((i) => looksLikeAcronym(read.tokens[i]?.raw ?? ''));
      term = capitalsOk ? read.value : null;
      known.set(words, term);
    }
    return term;
  };
}

/**
 * The normalised word at the edge of `text` next to `at` (the one ending just before it, or starting just after),
 * skipping whitespace; null at punctuation or a block boundary. As normalise-text.ts reads a word: case folded,
 * hyphens and apostrophes inside it dropped, a possessive "’s" not part of it. `end` is where the word stops.
 */
function adjacentWord(text: string, at: number, before: boolean): { word: string; end: number } | null {
  const step = before ? -1 : 1;
  let i = before ? at - 1 : at;
  while (i >= 0 && i < text.length && charClass(text.charCodeAt(i)) === CharClass.Space) i += step;
  const edge = i;
  const codes: number[] = [];
  let apostropheAt = -1;
  for (; i >= 0 && i < text.length; i += step) {
    const code = text.charCodeAt(i);
    const cls = charClass(code);
    if (cls === CharClass.Word) codes.push(foldChar(code));
    else if (cls === CharClass.Apostrophe) apostropheAt = apostropheAt < 0 ? i : apostropheAt;
    else if (cls !== CharClass.Hyphen && cls !== CharClass.Invisible) break;
  }
  if (codes.length === 0) return null;
  if (before) codes.reverse();
  // "council’s" reads as "council": an apostrophe right before a final "s" marks a possessive.
  const possessive = before && apostropheAt === edge - 1 && (text.charCodeAt(edge) | 0x20) === 0x73;
  const word = String.fromCharCode(...(possessive ? codes.slice(0, -1) : codes));
  return { word, end: before ? i + 1 : i };
}

/** Whether one of `entries` (normalised, possibly several words each) sits right before (or after) the match. */
function contextRuledOut(text: string, start: number, end: number, entries: readonly string[], before: boolean) {
  const wanted = Math.max(...entries.map((entry) => entry.split(' ').length));
  const words: string[] = [];
  let at = before ? start : end;
  while (words.length < wanted) {
    const next = adjacentWord(text, at, before);
    if (!next) break;
    words.push(next.word);
    at = next.end;
  }
  if (before) words.reverse();
  return entries.some((entry) => {
    const parts = entry.split(' ');
    const adjacent = before ? words.slice(words.length - parts.length) : words.slice(0, parts.length);
    return adjacent.join(' ') === entry;
  });
}

const isApostrophe = (code: number) => code === 0x27 || code === 0x2019 || code === 0x2018 || code === 0x60;
const isWordCode = (code: number) => /[\p{L}\p{N}]/u.test(String.fromCharCode(code));

/** Whether an opening single quote before `start` is still open there (then a closing ’ at the end is the quote). */
function insideSingleQuotes(text: string, start: number): boolean {
  const from = Math.max(0, start - 200);
  for (let i = start - 1; i >= from; i -= 1) {
    const code = text.charCodeAt(i);
    if (code === 1) return false;
    if (!isApostrophe(code)) continue;
    const wordBefore = i > 0 && isWordCode(text.charCodeAt(i - 1));
    const wordAfter = i + 1 < text.length && isWordCode(text.charCodeAt(i + 1));
    if (!wordBefore && wordAfter) return true; // ‘opening
    if (wordBefore && !wordAfter) return false; // closing’ (or a plural possessive)
  }
  return false;
}

/** The end of the mark: a bare apostrophe after "s" that closes a quote opened before the mention is not in it. */
function markEnd(text: string, start: number, end: number): number {
  const last = text.charCodeAt(end - 1);
  if (!isApostrophe(last) || (text.charCodeAt(end - 2) | 0x20) !== 0x73) return end;
  return insideSingleQuotes(text, start) ? end - 1 : end;
}

/**
 * A short text that takes every step of reading a mention: a plain term, one with a left-context rule, and one other
 * nations use too, next to a nation's name (chosen from the data, so it follows the dataset).
 */
export function warmUpText(terms: readonly CompiledTerm[]): string {
  // Keys are the terms' words as the tokeniser reads them: one of letters only reads back as written.
  const words = terms.filter((term) => /^[a-z]+(?: [a-z]+)*$/.test(term.key));
  const plain = words.find((term) => !term.notAfter && !term.notBefore && !term.otherNations);
  const ruled = words.find((term) => term.notAfter);
  const shared = words.find((term) => term.otherNations);
  return [plain, ruled, shared]
    .filter((term) => term !== undefined)
    .map((term) => `The ${term.key} in England.`)
    .join(' ');
}

export function createTermMatcher(index: MatcherIndex): TermMatcher {
  const lookup = createTermLookup(index.terms);
  const evidence = createEvidenceMatcher(index.evidence);

  const createReader = (sink: MatchSink): TextReader => {
    const reader = createPhraseReader(index.termPattern);
    let text = '';
    /** Evidence of the last block a nation was asked of (a block often holds several such mentions). */
    let block: { start: number; end: number; text: string; evidence: EvidenceHit[] } | null = null;

    function nationOf(start: number, end: number): Nation | undefined {
      const [from, to] = nationReach(text, start, end);
      if (block?.start !== from || block.end !== to) {
        const blockText = text.slice(from, to);
        block = { start: from, end: to, text: blockText, evidence: evidence.findAll(blockText) };
      }
      return nationNear(block.text, block.evidence, start - from, end - from);
    }

    function take(start: number, end: number): boolean {
      const term = lookup(text.slice(start, end));
      if (!term) return false;
      if (term.notAfter && contextRuledOut(text, start, end, term.notAfter, true)) return false;
      if (term.notBefore && contextRuledOut(text, start, end, term.notBefore, false)) return false;
      const match: TermMatch = { start, end: markEnd(text, start, end), term };
      if (term.otherNations) {
        const nation = nationOf(start, end);
        if (nation) match.nation = nation;
      }
      sink.term(match);
      return true;
    }

    return {
      begin(next) {
        text = next;
        block = null;
        reader.begin(next);
      },
      read: (from, to) => reader.read(from, to, take),
      finish() {
        block = null;
        text = '';
        reader.end();
      },
    };
  };

  const matcher: TermMatcher = {
    termCount: index.terms.length,
    pattern: index.termPattern,
    evidence,
    warmUp() {
      compiledPattern(index.termPattern);
      compiledPattern(index.evidence.pattern);
      matcher.findAll(warmUpText(index.terms));
    },
    createReader,
    findAll(text) {
      const matches: TermMatch[] = [];
      const reader = createReader({ term: (match) => matches.push(match) });
      reader.begin(text);
      for (let from = 0; from < text.length;) from = reader.read(from, text.length);
      reader.finish();
      return { matches };
    },
  };
  return matcher;
}
