/**
 * The native search the matcher skips ahead with: a regular expression for the places where a phrase could start
 * (its first word, or a character the tokeniser treats specially). Text between such places cannot start a phrase,
 * so the reader jumps over it without tokenising it.
 */
import type { CompiledTerm } from '../../../data/compiled-types';

/** ASCII whitespace and the scanner's segment separator: a token never spans them, so reading may restart after one. */
export function isRestartBoundary(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13 || code === 12 || code === 1;
}

/**
 * A first token as a pattern over ASCII page text. Hyphens and apostrophes inside a word are candidates of their
 * own (see `candidatePattern`), so only digit groups ("9,000" reads as "9000") need a joiner here.
 */
function rawTokenPattern(token: string): string {
  let pattern = '';
  for (let i = 0; i < token.length; i += 1) {
    const char = token[i]!;
    if (i > 0 && /[0-9]/.test(char) && /[0-9]/.test(token[i - 1]!)) pattern += ',?';
    pattern += char === '.' ? '\\.' : char;
  }
  return pattern;
}

const ASCII_TOKEN = /^[a-z0-9.]+$/;
const hasNonAscii = (token: string) => [...token].some((char) => char.charCodeAt(0) > 0x7f);

/**
 * Where a phrase could start in ASCII page text: its first token as a whole word. Only the first word: a pattern
 * twice as long is compiled afresh on every page and costs more than the text it would rule out.
 * Whatever joins or folds words (hyphens, apostrophes, non-ASCII letters, invisible characters) is a candidate of
 * its own (see `candidatePattern`), so the ASCII form is all that is needed here. '' when the phrase can only
 * start in non-ASCII text; null when it could start at ASCII punctuation.
 */
function phraseStartPattern(firstToken: string): string | null {
  if (!firstToken || hasNonAscii(firstToken)) return '';
  if (!ASCII_TOKEN.test(firstToken) || firstToken.startsWith('.')) return null;
  return rawTokenPattern(firstToken);
}

/**
 * A zero-width pattern for the places a phrase could start (see `phraseStartPattern`), or a character the
 * tokeniser treats specially (non-ASCII: folding, invisible characters, curly marks; an ASCII hyphen or apostrophe
 * between two word characters, which joins them into one word). Text between such places cannot start a phrase,
 * so the reader skips it natively instead of tokenising it. Kept to plain alternatives: the engine compiles it
 * afresh on every page. Null when some phrase could start at ASCII punctuation (the tokeniser then reads
 * everything).
 */
export function candidatePattern(starts: Iterable<string | null>): RegExp | null {
  const alternatives = new Set<string>();
  for (const start of starts) {
    if (start === null) return null;
    if (start) alternatives.add(start);
  }
  const words = alternatives.size > 0 ? `|(?<![A-Za-z0-9])(?:${[...alternatives].join('|')})(?![A-Za-z0-9])` : '';
  return new RegExp(`(?=[^\\x00-\\x7f]|(?<=[A-Za-z0-9])['\`-](?=[A-Za-z0-9])${words})`, 'gi');
}

export function startPatterns(keys: readonly string[]): (string | null)[] {
  return keys.filter((key) => key).map((key) => phraseStartPattern(key.split(' ')[0]!));
}

/**
 * The native search a matcher skips ahead with once a page is judged about care (where a term could start), or
 * null when it reads every token. Exported for the benchmark's lower bound, which runs this search and nothing
 * after it.
 */
export function termCandidatePattern(terms: readonly CompiledTerm[]): RegExp | null {
  return candidatePattern(startPatterns(terms.map((term) => term.key)));
}

/**
 * Where reading from `from` may jump to: a restart boundary at or before the next place a phrase could start,
 * or the end of the text when there is none.
 */
export function skipFrom(candidates: RegExp, text: string, from: number): number {
  candidates.lastIndex = from;
  if (!candidates.test(text)) return text.length;
  let restart = candidates.lastIndex;
  while (restart > from && !isRestartBoundary(text.charCodeAt(restart - 1))) restart -= 1;
  return restart;
}
