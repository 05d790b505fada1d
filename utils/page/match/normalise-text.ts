/**
 * One canonical form for comparing words, used both when the term index is compiled and when page text is
 * matched, so that "Co‑operatives", "co-operatives" and "cooperatives" are the same word.
 *
 * Text is read as a sequence of tokens: words (letters and digits) and single punctuation marks. Inside a word,
 * hyphens and apostrophes join without adding anything ("co-operative" = "cooperative", "don’t" = "dont"), a
 * possessive "’s" ends the word without being part of it ("the Law Commission’s" = "the law commission"), digit
 * groups join ("9,000" = "9000"), soft hyphens and zero-width characters vanish, and case is folded. Whitespace of any kind only separates. Page text is never copied into a normalised string: the scanner
 * hashes each token's folded characters as it reads them (`scanTokens`) and the matcher looks the hash up.
 */

/** Character classes of the tokeniser. */
const OTHER = 0; // punctuation or symbol: a token of its own
const WORD = 1;
const SPACE = 2;
const HYPHEN = 3; // joins when between two word characters
const APOSTROPHE = 4; // joins when between two word characters, adding nothing
const DIGIT_SEPARATOR = 5; // "," or "." between two digits
const INVISIBLE = 6; // soft hyphen, zero-width characters: ignored entirely

/** The tokeniser's character classes, for code that maps text onto them (utils/page/match/short-class.ts). */
export const CharClass = {
  Other: OTHER,
  Word: WORD,
  Space: SPACE,
  Hyphen: HYPHEN,
  Apostrophe: APOSTROPHE,
  DigitSeparator: DIGIT_SEPARATOR,
  Invisible: INVISIBLE,
} as const;
export type CharClass = (typeof CharClass)[keyof typeof CharClass];

const ASCII_CLASS = new Uint8Array(128);
for (let code = 0; code < 128; code += 1) {
  const char = String.fromCharCode(code);
  ASCII_CLASS[code] = /[a-z0-9]/i.test(char) ? WORD : /\s/.test(char) ? SPACE : OTHER;
}
ASCII_CLASS[0x2d] = HYPHEN; // -
ASCII_CLASS[0x27] = APOSTROPHE; // '
ASCII_CLASS[0x60] = APOSTROPHE; // `
ASCII_CLASS[0x2c] = DIGIT_SEPARATOR; // ,
ASCII_CLASS[0x2e] = DIGIT_SEPARATOR; // .

const SPECIAL_CLASS = new Map<number, number>([
  [0x00a0, SPACE], // no-break space
  [0x00ad, INVISIBLE], // soft hyphen
  [0x200b, INVISIBLE],
  [0x200c, INVISIBLE],
  [0x200d, INVISIBLE],
  [0x2060, INVISIBLE],
  [0xfeff, INVISIBLE],
  [0x2010, HYPHEN],
  [0x2011, HYPHEN], // non-breaking hyphen
  [0x2212, HYPHEN], // minus sign, often typed for a hyphen
  [0x2018, APOSTROPHE],
  [0x2019, APOSTROPHE],
  [0x201b, APOSTROPHE],
  [0x2032, APOSTROPHE],
  [0x00b4, APOSTROPHE],
  [0x02bc, APOSTROPHE],
]);
const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;
const SPACE_CHAR = /^\s$/u;
const nonAsciiClassCache = new Map<number, number>();

function classify(code: number): number {
  if (code < 128) return ASCII_CLASS[code]!;
  let cls = nonAsciiClassCache.get(code);
  if (cls === undefined) {
    const char = String.fromCharCode(code);
    cls = SPECIAL_CLASS.get(code) ?? (WORD_CHAR.test(char) ? WORD : SPACE_CHAR.test(char) ? SPACE : OTHER);
    nonAsciiClassCache.set(code, cls);
  }
  return cls;
}

const nonAsciiFoldCache = new Map<number, number>();
const ASCII_FOLD = new Uint8Array(128);
for (let code = 0; code < 128; code += 1) ASCII_FOLD[code] = code >= 65 && code <= 90 ? code + 32 : code;

/** Lower-case one UTF-16 code unit (a letter whose lower case is longer than one unit stays as it is). */
function fold(code: number): number {
  if (code < 128) return ASCII_FOLD[code]!;
  let folded = nonAsciiFoldCache.get(code);
  if (folded === undefined) {
    const lower = String.fromCharCode(code).toLowerCase();
    folded = lower.length === 1 ? lower.charCodeAt(0) : code;
    nonAsciiFoldCache.set(code, folded);
  }
  return folded;
}

/** The tokeniser's class of one UTF-16 code unit. */
export function charClass(code: number): CharClass {
  return classify(code) as CharClass;
}

/** One UTF-16 code unit lower-cased as the tokeniser folds it. */
export function foldChar(code: number): number {
  return fold(code);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

const HASH_SEED = 0x2f1b3c5d;

/** A string hash cheap enough for every character of a page (collisions are resolved by the matcher). */
function mixHash(hash: number, code: number): number {
  return ((hash << 5) - hash + code) | 0;
}

/** Where `scanTokens` writes the tokens it reads: [start, end) in the text and the hash of the normalised form. */
export interface TokenBuffer {
  starts: Int32Array;
  ends: Int32Array;
  hashes: Int32Array;
  count: number;
}

export function createTokenBuffer(capacity: number): TokenBuffer {
  return {
    starts: new Int32Array(capacity),
    ends: new Int32Array(capacity),
    hashes: new Int32Array(capacity),
    count: 0,
  };
}

/**
 * Reads the tokens of `text` that start in [from, to) into `out` (replacing what it held); a token that starts
 * before `to` is read to its end. Stops early when `out` is full. Returns where reading stopped, which is never
 * inside a token, so a long text can be read in slices: `from = scanTokens(text, from, from + n, out)`.
 */
export function scanTokens(text: string, from: number, to: number, out: TokenBuffer): number {
  const { starts, ends, hashes } = out;
  const capacity = starts.length;
  const length = text.length;
  let count = 0;
  let i = from;
  let start = -1;
  let end = 0;
  let hash = HASH_SEED;
  let lastCode = 0;
  while (i < length) {
    let code = text.charCodeAt(i);
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) {
      // Fast path for the bulk of any page — runs of lower-case ASCII letters and digits — kept short so it is
      // quick even before the engine has optimised it (a content script's code is always new to the page).
      if (start < 0) {
        if (i >= to || count === capacity) break;
        start = i;
        hash = HASH_SEED;
      }
      do {
        hash = ((hash << 5) - hash + code) | 0; // mixHash, written out
        lastCode = code;
        i += 1;
        code = text.charCodeAt(i);
      } while ((code >= 97 && code <= 122) || (code >= 48 && code <= 57));
      end = i;
      continue;
    }
    if (code === 32) {
      if (start >= 0) {
        starts[count] = start;
        ends[count] = end;
        hashes[count++] = hash;
        start = -1;
      }
      if (i >= to) break;
      i += 1;
      continue;
    }
    const cls = code < 128 ? ASCII_CLASS[code]! : classify(code);
    if (cls === WORD) {
      if (start < 0) {
        if (i >= to || count === capacity) break;
        start = i;
        hash = HASH_SEED;
      }
      lastCode = code < 128 ? ASCII_FOLD[code]! : fold(code);
      hash = ((hash << 5) - hash + lastCode) | 0; // mixHash, written out: this line runs for every letter
      end = i + 1;
    } else if (cls === SPACE) {
      if (start >= 0) {
        starts[count] = start;
        ends[count] = end;
        hashes[count++] = hash;
        start = -1;
      }
      if (i >= to) break;
    } else if (cls === INVISIBLE) {
      // Contributes nothing and does not split a word.
    } else if (start >= 0 && cls === APOSTROPHE && possessiveEnd(text, i) > 0) {
      // The possessive belongs to the word but not to its span: "the care review’s aims" marks "care review".
      i = possessiveEnd(text, i);
      continue;
    } else if (start >= 0 && cls !== OTHER && joinsWord(text, i + 1, cls, lastCode)) {
      if (code === 0x2e) {
        lastCode = code;
        hash = mixHash(hash, code);
      }
    } else {
      if (start >= 0) {
        starts[count] = start;
        ends[count] = end;
        hashes[count++] = hash;
        start = -1;
      }
      if (i >= to || count === capacity) break;
      starts[count] = i;
      ends[count] = i + 1;
      hashes[count++] = mixHash(HASH_SEED, punctuationCode(code));
    }
    i += 1;
  }
  if (start >= 0) {
    starts[count] = start;
    ends[count] = end;
    hashes[count++] = hash;
    i = Math.max(i, end);
  }
  out.count = count;
  return i;
}

/** Where a possessive "’s" starting with the apostrophe at `at` ends, or 0 if there is none there. */
function possessiveEnd(text: string, at: number): number {
  let i = at + 1;
  while (i < text.length && classify(text.charCodeAt(i)) === INVISIBLE) i += 1;
  const letter = text.charCodeAt(i);
  if (letter !== 0x73 && letter !== 0x53) return 0;
  i += 1;
  if (i < text.length && classify(text.charCodeAt(i)) === WORD) return 0;
  return i;
}

/** Whether the joiner before `next` continues the current word: a word character must follow it. */
function joinsWord(text: string, next: number, cls: number, lastCode: number): boolean {
  let i = next;
  while (i < text.length && classify(text.charCodeAt(i)) === INVISIBLE) i += 1;
  if (i >= text.length) return false;
  const following = text.charCodeAt(i);
  if (cls === DIGIT_SEPARATOR) return isDigit(lastCode) && isDigit(following);
  return classify(following) === WORD;
}

/** A punctuation token's code: curly and straight forms of the same mark read alike. */
function punctuationCode(code: number): number {
  const cls = classify(code);
  if (cls === APOSTROPHE) return 0x27;
  if (cls === HYPHEN || code === 0x2013 || code === 0x2014) return 0x2d;
  if (code === 0x201c || code === 0x201d) return 0x22;
  return fold(code);
}

let spanBuffer = createTokenBuffer(256);

/** [start, end) of every token of `text`. */
function tokenSpans(text: string): [number, number][] {
  if (spanBuffer.starts.length <= text.length) spanBuffer = createTokenBuffer(text.length + 1);
  scanTokens(text, 0, text.length, spanBuffer);
  return Array.from({ length: spanBuffer.count }, (_, i) => [spanBuffer.starts[i]!, spanBuffer.ends[i]!]);
}

/** The normalised tokens of `text`, e.g. "Children’s social-care" → ["children", "socialcare"]. */
export function tokeniseForMatching(text: string): string[] {
  return tokenSpans(text).map(([start, end]) => normaliseToken(text, start, end));
}

/** The normalised form of the single token at [start, end) of `text`. */
function normaliseToken(text: string, start: number, end: number): string {
  const codes: number[] = [];
  let lastCode = 0;
  for (let i = start; i < end; i += 1) {
    const code = text.charCodeAt(i);
    const cls = classify(code);
    if (cls === WORD) {
      lastCode = fold(code);
      codes.push(lastCode);
    } else if (end - start === 1 && cls !== INVISIBLE) {
      codes.push(punctuationCode(code));
    } else if (code === 0x2e && isDigit(lastCode)) {
      lastCode = code;
      codes.push(code);
    }
  }
  return String.fromCharCode(...codes);
}

export interface ReadToken {
  /** The token as written. */
  raw: string;
  normalised: string;
}

/** Every token of `text`, as written and normalised (for checking a candidate match; not for bulk reading). */
export function readTokens(text: string): ReadToken[] {
  return tokenSpans(text).map(([start, end]) => ({
    raw: text.slice(start, end),
    normalised: normaliseToken(text, start, end),
  }));
}

/** The hash `scanTokens` reports for a token whose normalised form is `token`. */
export function hashNormalisedToken(token: string): number {
  let hash = HASH_SEED;
  for (let i = 0; i < token.length; i += 1) hash = mixHash(hash, token.charCodeAt(i));
  return hash;
}

/** The canonical form of a phrase: its normalised tokens joined by single spaces. */
export function normaliseForMatching(text: string): string {
  return tokeniseForMatching(text).join(' ');
}
