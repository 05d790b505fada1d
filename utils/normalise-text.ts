/**
 * One canonical form for comparing words, used both when the term index is compiled and when page text is
 * matched, so that "Co‑operatives", "co-operatives" and "cooperatives" are the same word.
 *
 * `normaliseForMatching` keeps the string's length unchanged where it can so offsets map back to the page; the
 * matcher relies on that (see `normaliseCharCode`).
 */

const APOSTROPHES = /[\u2018\u2019\u201B\u2032\u0060\u00B4]/g;
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2212]/g;
const SPACES = /[\u00A0\u2007\u202F\u2009\u200A\u2002\u2003\s]+/g;
const INVISIBLE = /\u00AD|\u200B|\u200C|\u200D|\u2060|\uFEFF/g;

/** Lower-case, straight apostrophes, ASCII hyphens, single spaces, no soft hyphens, no hyphens inside words. */
export function normaliseForMatching(text: string): string {
  return text
    .replace(INVISIBLE, '')
    .toLowerCase()
    .replace(APOSTROPHES, "'")
    .replace(DASHES, '-')
    .replace(/(\w)-(\w)/g, '$1$2')
    .replace(SPACES, ' ')
    .trim();
}
