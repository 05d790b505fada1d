/**
 * Builds, at compile-data time, the regular expression the content script reads pages with: one pattern shaped as
 * a trie over the phrases' spellings (shared prefixes merged, longer continuations tried before a phrase ends),
 * with one boundary check before and after the whole alternation, so the engine itself finds leftmost-longest
 * whole-word matches and JavaScript only touches the matches.
 *
 * The page text it runs on is lower-cased with native `toLowerCase`, every space of the short class made a plain
 * space, and holds only characters of the short class (`utils/page/match/short-class.ts`); anything else is folded
 * into that class first. A plain space costs V8 far less to compile than `\s` (which it expands to every Unicode
 * space) at each of the pattern's few hundred word breaks. The pattern is written with
 * literal characters (never `\u` escapes) and used with flag `g` only: V8 optimises a short literal source best.
 *
 * What a phrase's spelling allows on the page:
 * - between words, any run of whitespace (no-break spaces and line breaks included); a comma the data writes
 *   between words is optional ("Stable Homes Built on Love");
 * - a hyphen the data writes inside a word may be any hyphen, a space, or nothing ("co-operative", "co operative",
 *   "cooperative"); an apostrophe the data writes may be any apostrophe or nothing ("children’s", "childrens");
 *   a comma between digits may be left out ("9000");
 * - the last word may take its regular plural ("-s", "-es", "-y" → "-ies"), unless it already ends in "s" or
 *   holds a digit, and then a possessive ("’s", or a bare apostrophe after "s"): inflections are never listed;
 * - nothing else: a hyphen or apostrophe the data does not write ends the match ("family-help" is not "family
 *   help"), as does any punctuation.
 */
import { looksLikeAcronym } from '../utils/page/match/acronyms';
import { APOSTROPHES, HYPHENS, WORD_CHARS } from '../utils/page/match/short-class';

const WORD = `[${WORD_CHARS}]`;
const JOINER = `[${HYPHENS}${APOSTROPHES}]`;
/** Not inside a word, nor joined to one by a hyphen or apostrophe ("non-family help"). */
const WORD_START = `(?<!${WORD}|${WORD}${JOINER})`;
/** Not followed by a word character, nor a hyphen or apostrophe joined to one ("family help-desk"). */
const WORD_END = `(?!${WORD}|${JOINER}${WORD})`;
/** A figure at the start or end of a phrase is not part of a longer figure ("19,000", "8,000"). */
const NOT_AFTER_FIGURE = '(?<![0-9][,.])';
const NOT_BEFORE_FIGURE = '(?![,.][0-9])';

const SPACE = ' +';
const OPTIONAL_COMMA_SPACE = `,?${SPACE}`;
const WORD_HYPHEN = `(?:[${HYPHENS}]|${SPACE})?`;
const WORD_APOSTROPHE = `[${APOSTROPHES}]?`;
const DIGIT_COMMA = ',?';
const POSSESSIVE = `(?:[${APOSTROPHES}]s|(?<=s)[${APOSTROPHES}])?`;

const REGEX_SPECIAL = /[.*+?^${}()|[\]\\/-]/g;
const escapeChar = (char: string) => char.replace(REGEX_SPECIAL, '\\$&');

/** One step of a phrase's path through the trie: a literal character or a slot, written as regex source. */
type Step = string;

/** The regular plural the last word may take (by the usual English rules); the possessive comes after any phrase. */
export function pluralSuffix(lastWord: string): string {
  if (/[0-9]/.test(lastWord) || !/[a-z]$/i.test(lastWord)) return '';
  if (looksLikeAcronym(lastWord)) return 's?';
  if (/s$/i.test(lastWord)) return '';
  if (/(x|z|ch|sh)$/i.test(lastWord)) return '(?:es)?';
  return 's?';
}

/** A final consonant + "y" also allows "ies": the path stops before the "y" and the suffix carries both forms. */
function endsInConsonantY(word: string): boolean {
  return /[^aeiou]y$/i.test(word) && !looksLikeAcronym(word);
}

const isWordChar = (char: string) => /[\p{L}\p{N}]/u.test(char);
const isHyphen = (char: string) => HYPHENS.includes(char);
const isApostrophe = (char: string) => APOSTROPHES.includes(char);

/**
 * The steps of one spelling as the data writes it, and the suffix its end allows. Returns null for a spelling the
 * pattern cannot express (it then is not matched at all: a unit test keeps the dataset free of those).
 */
export function phraseSteps(spelling: string): { steps: Step[]; suffix: string } | null {
  const text = spelling.trim().replace(/\s+/g, ' ');
  if (!text) return null;
  const steps: Step[] = [];
  const words = text.split(' ');
  const last = words[words.length - 1]!;
  const yPlural = endsInConsonantY(last);
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    const before = text[i - 1] ?? '';
    const after = text[i + 1] ?? '';
    if (char === ' ') {
      if (steps.at(-1) === ',') steps[steps.length - 1] = OPTIONAL_COMMA_SPACE;
      else steps.push(SPACE);
    } else if (isHyphen(char) && isWordChar(before) && isWordChar(after)) {
      steps.push(WORD_HYPHEN);
    } else if (isApostrophe(char) && isWordChar(before)) {
      steps.push(WORD_APOSTROPHE);
    } else if (char === ',' && /[0-9]/.test(before) && /[0-9]/.test(after)) {
      steps.push(DIGIT_COMMA);
    } else if (yPlural && i === text.length - 1) {
      return { steps, suffix: '(?:y|ies)' };
    } else {
      steps.push(escapeChar(char.toLowerCase()));
    }
  }
  // A bare apostrophe the data writes at the end ("100 hours'") is what the possessive allows anyway.
  while (steps.at(-1) === WORD_APOSTROPHE) steps.pop();
  return { steps, suffix: pluralSuffix(last.replace(/['’]$/, '')) };
}

interface TrieNode {
  children: Map<Step, TrieNode>;
  /** Suffixes of the phrases that end here (one, or the same one several times). */
  ends: Set<string>;
}

const newNode = (): TrieNode => ({ children: new Map(), ends: new Set() });

function alternation(parts: string[]): string {
  if (parts.length === 1) return parts[0]!;
  return `(?:${parts.join('|')})`;
}

/** Source for the subtree under `node`: continuations first (longest wins), then the phrase ending here. */
function nodeSource(node: TrieNode): string {
  const parts: string[] = [];
  const children = [...node.children.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [step, child] of children) parts.push(step + nodeSource(child));
  const ends = [...node.ends];
  if (ends.length === 0) return alternation(parts);
  // Continuations first, so the longest phrase wins; an ending with no plural is the empty alternative.
  const suffix = ends.length === 1 ? ends[0]! : alternation(ends);
  if (parts.length === 0) return suffix;
  return `(?:${parts.join('|')}|${suffix})`;
}

/** The first step of a phrase decides which boundary checks it needs. */
function startGuard(step: Step): string {
  return /^[0-9]/.test(step) ? NOT_AFTER_FIGURE : '';
}

/**
 * The pattern for `spellings` (as the data writes them; case does not matter). Returns regex source for flag `g`:
 * a match is one whole phrase, leftmost-longest, with its plural and possessive when the page writes them.
 */
export function compileMatchPattern(spellings: readonly string[]): string {
  const root = newNode();
  for (const spelling of spellings) {
    const path = phraseSteps(spelling);
    if (!path || path.steps.length === 0) continue;
    let node = root;
    for (const step of path.steps) {
      let child = node.children.get(step);
      if (!child) node.children.set(step, (child = newNode()));
      node = child;
    }
    // A phrase ending in a figure must not be followed by more of it ("Progress 8,000").
    const figureEnd = /[0-9]$/.test(path.steps.at(-1)!) ? NOT_BEFORE_FIGURE : '';
    node.ends.add(path.suffix + figureEnd);
  }
  const branches = [...root.children.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([step, child]) => startGuard(step) + step + nodeSource(child));
  if (branches.length === 0) return '(?!)';
  return `${WORD_START}(?:${branches.join('|')})${POSSESSIVE}${WORD_END}`;
}
