/**
 * The spellings a dataset term is matched under. News copy writes "opt-out" and "opt out", "Stable Homes, Built
 * on Love" with and without the comma, so a term with intra-word hyphens or commas gets those spellings too.
 * Tokens written as acronyms ("SEND", "IROs") are recorded so the matcher can ask for capitals on the page.
 */
import { normaliseForMatching, scanTokens } from './normalise-text';

export interface TermSpelling {
  key: string;
  acronyms: number[];
}

const INTRA_WORD_HYPHEN = /(?<=[\p{L}\p{N}])[-\u2010\u2011\u2212](?=[\p{L}\p{N}])/gu;
const NON_NUMERIC_COMMA = /,(?!\d)|(?<!\d),/g;
const ACRONYM_LETTERS = 5;

/** Upper-case letters (at least two, at most five), optionally followed by a plural "s": "CIN", "RCCs". */
export function looksLikeAcronym(word: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, '');
  const stem = /\p{Lu}s$/u.test(letters) ? letters.slice(0, -1) : letters;
  return stem.length >= 2 && stem.length <= ACRONYM_LETTERS && /^\p{Lu}+$/u.test(stem);
}

function acronymPositions(text: string): number[] {
  const positions: number[] = [];
  let index = 0;
  scanTokens(text, 0, text.length, (start, end) => {
    if (looksLikeAcronym(text.slice(start, end))) positions.push(index);
    index += 1;
  });
  return positions;
}

export function termSpellings(text: string): TermSpelling[] {
  const spaced = text.replace(INTRA_WORD_HYPHEN, ' ');
  const variants = new Set([text, spaced, text.replace(NON_NUMERIC_COMMA, ''), spaced.replace(NON_NUMERIC_COMMA, '')]);
  const byKey = new Map<string, TermSpelling>();
  for (const variant of variants) {
    const key = normaliseForMatching(variant);
    if (key && !byKey.has(key)) byKey.set(key, { key, acronyms: acronymPositions(variant) });
  }
  return [...byKey.values()];
}
