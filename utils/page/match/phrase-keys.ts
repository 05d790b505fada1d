/**
 * From the words a pattern matched back to the phrase they spell. The pattern allows a regular plural and a
 * possessive on the last word that the index does not list, so the words are normalised like the index's keys
 * (normalise-text.ts: case, hyphens, apostrophes, possessive "’s" folded away) and a plural ending is taken off
 * the last word when the key as read is not a phrase: "Regional Care Co-operatives’" → "regional care
 * cooperative", "advocacies" → "advocacy".
 */
import { readTokens, type ReadToken } from './normalise-text';

export interface ReadPhrase<T> {
  value: T;
  /** The words as written (possessive excluded), for checks on capitals. */
  tokens: ReadToken[];
}

/** Singular candidates for a normalised last word, most likely first. */
function singulars(word: string): string[] {
  const candidates: string[] = [];
  if (word.endsWith('ies')) candidates.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('es')) candidates.push(word.slice(0, -2));
  if (word.endsWith('s')) candidates.push(word.slice(0, -1));
  return candidates;
}

/** The phrase `words` spell, looked up with `find` (by normalised key), or undefined. */
export function readPhrase<T>(words: string, find: (key: string) => T | undefined): ReadPhrase<T> | undefined {
  const tokens = readTokens(words);
  // A bare apostrophe after a plural ("carers’") is the possessive: not part of the key; nor is "’s" after a mark
  // the tokeniser does not join it to ("PP+’s").
  const last = () => tokens[tokens.length - 1]?.normalised;
  if (last() === 's' && tokens[tokens.length - 2]?.normalised === "'") tokens.splice(-2);
  while (last() === "'") tokens.pop();
  if (tokens.length === 0) return undefined;
  const normalised = tokens.map((token) => token.normalised);
  const exact = find(normalised.join(' '));
  if (exact !== undefined) return { value: exact, tokens };
  const head = normalised.slice(0, -1);
  for (const singular of singulars(normalised[normalised.length - 1]!)) {
    const value = find([...head, singular].join(' '));
    if (value !== undefined) return { value, tokens };
  }
  return undefined;
}
