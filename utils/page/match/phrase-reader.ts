/**
 * Runs a compiled phrase pattern (data/match-pattern.ts) over page text: the text is lower-cased once with native
 * `toLowerCase` and its spaces made plain, and the pattern (flag `g` only) finds the phrases natively, so
 * JavaScript touches only the matches. A window holding a character outside the short class (short-class.ts) is folded onto it first, and
 * matches are mapped back to the original offsets.
 *
 * Reading goes in windows that start and end just after whitespace or a segment separator (never inside a word),
 * so a long text is read in slices and each native search is bounded by its window.
 */
import { foldToShortClass, OTHER_SPACES, OUTSIDE_SHORT_CLASS } from './short-class';

/** How far past a window's end a phrase that starts inside it may run (phrases are far shorter). */
const LOOKAHEAD = 512;

/**
 * V8 compiles a pattern separately for one-byte and two-byte strings, and each compile of this one is the largest
 * fixed cost of a page's first read. Every text searched is made two-byte (it starts with this character, sliced
 * off again), so a page pays for one compile however its text is stored.
 */
const TWO_BYTE = '\u2019';
/**
 * `text` lower-cased, its spaces made plain (`OTHER_SPACES`), stored two-byte; null if lower-casing changed its
 * length.
 */
export function lowerTwoByte(text: string): string | null {
  const lowered = (TWO_BYTE + text).toLowerCase();
  return lowered.length === text.length + 1 ? lowered.replace(OTHER_SPACES, ' ').slice(1) : null;
}

export interface PhraseReader {
  /** Starts a new text (lower-cases it once). */
  begin(text: string): void;
  /**
   * Reports the phrases that start in [from, to), in order, with offsets in the original text; `hit` returns
   * whether the phrase is taken (reading then goes on after it; overlapping readers go on one character later
   * either way). Returns where to continue: `to`, moved back to a word boundary, or the end of the text.
   */
  read(from: number, to: number, hit: (start: number, end: number) => boolean): number;
  /** The text lower-cased, or null when lower-casing changed its length (then every window is folded). */
  lowered(): string | null;
  /** Lets go of the text (a whole page's text can be large). */
  end(): void;
}

/** Whitespace or the scanner's segment separator: a window may start right after one. */
function isBoundary(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13 || code === 12 || code === 1 || code === 0xa0;
}

/** The first position at or after `to` (or before it, down to `from`) that follows a boundary, or the text's end. */
function boundaryNear(text: string, from: number, to: number): number {
  if (to >= text.length) return text.length;
  for (let i = to; i > from; i -= 1) if (isBoundary(text.charCodeAt(i - 1))) return i;
  for (let i = to + 1; i < text.length; i += 1) if (isBoundary(text.charCodeAt(i - 1))) return i;
  return text.length;
}

const compiled = new Map<string, RegExp>();

/**
 * A pattern's first search normally runs in the engine's bytecode interpreter, and machine code is compiled from
 * the second on; a first subject of more than 1,000 characters (V8 and SpiderMonkey alike) has machine code
 * compiled at once. So the pattern is compiled in one step, with no search ever run by the interpreter; in
 * Chromium it costs about what the two steps did together. The subject is two-byte and holds no word.
 */
const FIRST_SUBJECT = TWO_BYTE.repeat(1_001);

/**
 * Lets go of the compiled patterns: their machine code is the largest part of the extension's memory in a tab
 * (about 400 KB), and a page that has been read may not change again. The next search compiles them afresh.
 */
export function releasePatterns(): void {
  compiled.clear();
  // The engine keeps the last searched text for RegExp.lastMatch and friends: a whole page's, without this.
  /x/.exec('x');
}

/** The page's one RegExp for `source`, compiled to machine code on first use. Readers share it (never at once). */
export function compiledPattern(source: string): RegExp {
  prepareStep(source);
  return compiled.get(source)!;
}

/** Compiles `source` if it is not yet: true when it was compiled now, false when it was ready. */
export function prepareStep(source: string): boolean {
  if (compiled.has(source)) return false;
  const pattern = new RegExp(source, 'g');
  pattern.exec(FIRST_SUBJECT);
  pattern.lastIndex = 0;
  compiled.set(source, pattern);
  return true;
}

/** `overlapping`: report every phrase at every start (evidence), not leftmost-longest non-overlapping (terms). */
export function createPhraseReader(source: string, overlapping = false): PhraseReader {
  let text = '';
  let lower: string | null = '';
  /** Whether the text holds a character outside the short class somewhere (then each window is checked). */
  let mixed = false;
  /** The end of the last phrase taken: a window that starts inside it does not take what lies within it again. */
  let takenUntil = 0;

  /** Reports a match found at [start, end) of the original text; returns where the next search may start from. */
  function report(start: number, end: number, hit: (start: number, end: number) => boolean): boolean {
    if (start < takenUntil) return false;
    const taken = hit(start, end);
    if (taken && !overlapping) takenUntil = end;
    return taken;
  }

  function readDirect(
    pattern: RegExp,
    from: number,
    end: number,
    look: number,
    hit: (start: number, end: number) => boolean,
  ) {
    const subject = from === 0 && look === lower!.length ? lower! : lower!.slice(from, look);
    const limit = end - from;
    pattern.lastIndex = 0;
    for (let found = pattern.exec(subject); found; found = pattern.exec(subject)) {
      const start = found.index;
      if (start >= limit) break;
      const taken = report(from + start, from + start + found[0].length, hit);
      if (overlapping || !taken) pattern.lastIndex = start + 1;
    }
  }

  function readFolded(
    pattern: RegExp,
    from: number,
    end: number,
    look: number,
    hit: (start: number, end: number) => boolean,
  ) {
    const folded = foldToShortClass(text, from, look);
    const map = folded.from;
    const subject = (TWO_BYTE + folded.text).slice(1);
    pattern.lastIndex = 0;
    for (let found = pattern.exec(subject); found; found = pattern.exec(subject)) {
      const start = map[found.index]!;
      if (start >= end) break;
      const taken = report(start, map[found.index + found[0].length - 1]! + 1, hit);
      if (overlapping || !taken) pattern.lastIndex = found.index + 1;
    }
  }

  return {
    begin(next) {
      text = next;
      takenUntil = 0;
      lower = lowerTwoByte(next);
      mixed = lower === null || OUTSIDE_SHORT_CLASS.test(lower);
    },
    read(from, to, hit) {
      // Asked for at each read, never kept: it may have been let go since the last (`releasePatterns`).
      const pattern = compiledPattern(source);
      const end = boundaryNear(text, from, to);
      const look = end >= text.length ? text.length : boundaryNear(text, end, end + LOOKAHEAD);
      const fold = mixed && (lower === null || OUTSIDE_SHORT_CLASS.test(lower.slice(from, look)));
      if (fold) readFolded(pattern, from, end, look, hit);
      else readDirect(pattern, from, end, look, hit);
      return end;
    },
    lowered: () => lower,
    end() {
      text = '';
      lower = '';
      mixed = false;
    },
  };
}
