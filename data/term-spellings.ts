/**
 * The spellings a dataset term is matched under. News copy writes "opt-out" and "opt out", "Stable Homes, Built
 * on Love" with and without the comma, "children’s" and "childrens", so a term with intra-word hyphens, commas
 * or a possessive gets those spellings too.
 * Tokens written as acronyms ("SEND", "IROs") are recorded so the matcher can ask for capitals on the page.
 * The dataset writes terms in the singular ("Regional Care Co-operative"). Regular plurals and possessives of the
 * last word are the matcher's own (data/match-pattern.ts), never listed; `termFormSpellings` adds only a plural the
 * data gives because it is irregular ("children in need").
 */
import { looksLikeAcronym } from '../utils/page/match/acronyms';
import { normaliseForMatching, readTokens } from '../utils/page/match/normalise-text';

export interface TermSpelling {
  key: string;
  acronyms: number[];
}

const INTRA_WORD_HYPHEN = /(?<=[\p{L}\p{N}])[-\u2010\u2011\u2212](?=[\p{L}\p{N}])/gu;
const NON_NUMERIC_COMMA = /,(?!\d)|(?<!\d),/g;
/** "children’s" is often printed "childrens": that spelling is matched too. */
const POSSESSIVE_APOSTROPHE = /['\u2019\u2018`](?=s\b)/gu;

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

/** The spellings of a dataset term and of its irregular plural, if the data gives one. */
export function termFormSpellings(text: string, plural?: string): TermSpelling[] {
  const spellings = [...termSpellings(text), ...(plural ? termSpellings(plural) : [])];
  return spellings.filter((spelling, i) => spellings.findIndex((other) => other.key === spelling.key) === i);
}
