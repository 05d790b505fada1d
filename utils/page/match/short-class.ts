/**
 * The short character class the phrase pattern is written for: ASCII, Latin-1 (without the soft hyphen) and
 * general punctuation (without zero-width and invisible characters), lower-cased. Text made only of these is read
 * by the pattern as it is, after one native `toLowerCase`; any other character (another script, an emoji, a soft
 * hyphen, a zero-width space, a minus sign typed for a hyphen) sends its window of text through `foldToShortClass`
 * first, which maps every character onto the class the way the tokeniser reads it (normalise-text.ts).
 */
import { charClass, CharClass, foldChar } from './normalise-text';

/** Word characters after lower-casing, as regex class source: ASCII letters and digits, Latin-1 letters and digits. */
export const WORD_CHARS = 'a-z0-9ª²³µ¹º¼-¾ß-öø-ÿ';
/** Hyphens of the short class, as regex class source (the ASCII hyphen escaped). */
export const HYPHENS = '\\-‐‑';
/** Apostrophes of the short class, as regex class source. */
export const APOSTROPHES = "'‘’‛′´`";

/**
 * The spaces of the short class other than the plain space (tabs, line breaks, no-break and typographic spaces):
 * page text is read with each made a plain space, so the pattern needs only " +" between words.
 */
export const OTHER_SPACES = /[\t\n\v\f\r\u00a0\u2000-\u200a\u2028\u2029\u202f\u205f]/g;

/** What stands for a word character outside the class: it joins words but is in no phrase. */
const OTHER_WORD = 'ª';
/** What stands for a punctuation mark outside the class. */
const OTHER_MARK = '#';

/** A character outside the short class (or a soft hyphen): its window is folded before matching. */
// eslint-disable-next-line no-control-regex -- the class starts at U+0000 on purpose: every ASCII character is in it
export const OUTSIDE_SHORT_CLASS = /[^\x00-\x7f\u00a0-\u00ac\u00ae-\u00ff\u2000-\u200a\u200e-\u205f]/;

export interface FoldedText {
  text: string;
  /** For each character of `text`, where it came from in the original. */
  from: Int32Array;
}

const FOLDED_PUNCTUATION: Partial<Record<CharClass, string>> = {
  [CharClass.Space]: ' ',
  [CharClass.Hyphen]: '-',
  [CharClass.Apostrophe]: "'",
};

/** Maps `original.slice(start, end)` onto the short class, lower-cased, dropping invisible characters. */
export function foldToShortClass(original: string, start: number, end: number): FoldedText {
  const chars: string[] = [];
  const from = new Int32Array(end - start);
  let length = 0;
  for (let i = start; i < end; i += 1) {
    const code = original.charCodeAt(i);
    const cls = charClass(code);
    if (cls === CharClass.Invisible) continue;
    let char: string;
    if (cls === CharClass.Word) {
      const folded = String.fromCharCode(foldChar(code));
      char = OUTSIDE_SHORT_CLASS.test(folded) || folded !== folded.toLowerCase() ? OTHER_WORD : folded;
    } else {
      const kept = code < 0x80 || !OUTSIDE_SHORT_CLASS.test(original[i]!);
      char = FOLDED_PUNCTUATION[cls] ?? (kept ? original[i]!.toLowerCase() : OTHER_MARK);
    }
    chars.push(char);
    from[length] = i;
    length += 1;
  }
  return { text: chars.join(''), from: from.subarray(0, length) };
}
