/**
 * The spellings a dataset term is matched under. News copy writes "opt-out" and "opt out", "Stable Homes, Built
 * on Love" with and without the comma, "children’s" and "childrens", so a term with intra-word hyphens, commas
 * or a possessive gets those spellings too.
 * Tokens written as acronyms ("SEND", "IROs") are recorded so the matcher can ask for capitals on the page.
 */
import { normaliseForMatching, readTokens } from './normalise-text';

export interface TermSpelling {
  key: string;
  acronyms: number[];
}

const INTRA_WORD_HYPHEN = /(?<=[\p{L}\p{N}])[-\u2010\u2011\u2212](?=[\p{L}\p{N}])/gu;
const NON_NUMERIC_COMMA = /,(?!\d)|(?<!\d),/g;
/** "children’s" is often printed "childrens": that spelling is matched too. */
const POSSESSIVE_APOSTROPHE = /['\u2019\u2018`](?=s\b)/gu;
const ACRONYM_LETTERS = 5;

/** Upper-case letters (at least two, at most five), optionally followed by a plural "s": "CIN", "RCCs". */
export function looksLikeAcronym(word: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, '');
  const stem = /\p{Lu}s$/u.test(letters) ? letters.slice(0, -1) : letters;
  return stem.length >= 2 && stem.length <= ACRONYM_LETTERS && /^\p{Lu}+$/u.test(stem);
}

function acronymPositions(text: string): number[] {
  return readTokens(text).flatMap((token, index) => (looksLikeAcronym(token.raw) ? [index] : []));
}

export function termSpellings(text: string): TermSpelling[] {
  const variants = new Set([text]);
  const addSpelling = (change: (variant: string) => string) => {
    for (const variant of [...variants]) variants.add(change(variant));
  };
  addSpelling((variant) => variant.replace(INTRA_WORD_HYPHEN, ' '));
  addSpelling((variant) => variant.replace(NON_NUMERIC_COMMA, ''));
  addSpelling((variant) => variant.replace(POSSESSIVE_APOSTROPHE, ''));
  const byKey = new Map<string, TermSpelling>();
  for (const variant of variants) {
    const key = normaliseForMatching(variant);
    if (key && !byKey.has(key)) byKey.set(key, { key, acronyms: acronymPositions(variant) });
  }
  return [...byKey.values()];
}
