/** Tokens written as acronyms ("SEND", "IROs") match only in capitals, so "send" or "Send" is never a mention. */

const ACRONYM_LETTERS = 5;

/** Upper-case letters (at least two, at most five), optionally followed by a plural "s": "CIN", "RCCs". */
export function looksLikeAcronym(word: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, '');
  const stem = /\p{Lu}s$/u.test(letters) ? letters.slice(0, -1) : letters;
  return stem.length >= 2 && stem.length <= ACRONYM_LETTERS && /^\p{Lu}+$/u.test(stem);
}
