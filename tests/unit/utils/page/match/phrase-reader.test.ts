/**
 * The phrase reader runs the compiled pattern over lower-cased text, folding a window onto the short class only
 * when it holds a character outside it. Folding and slicing must never change what is found: these properties
 * compare the paths on random text built from the dataset's own words, the characters the tokeniser folds or
 * joins, and filler.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import contentIndexJson from '../../../../../data/generated/content-index.json';
import type { ContentIndex } from '../../../../../data/compiled-types';
import { createPhraseReader } from '../../../../../utils/page/match/phrase-reader';
import { foldToShortClass } from '../../../../../utils/page/match/short-class';

const index = contentIndexJson as unknown as ContentIndex;
const phraseWords = [...new Set(index.terms.flatMap((term) => term.key.split(' ')))];
const fillerWords = ['the', 'said', 'Council', 'of', 'in', 'about', 'CARE', 'Family', 'review', 'out', 'school', 'é'];
const joiners = [
  ' ',
  ' ',
  ' ',
  '  ',
  '\n',
  '-',
  "'",
  '’',
  '‑',
  '\u00a0',
  '\t',
  '\r\n',
  '\u202f',
  '\u2028',
  ',',
  '.',
  '\u0001',
  "'s ",
  '’s ',
  's ',
  '’ ',
];
/** Characters outside the short class that still read as something: they force the window to be folded. */
const foreign = ['\u00ad', '\u200b', 'Ω', 'ő', '😀', '\u2212', 'ʼ', 'İ', '\u212a'];

function casing(word: string, style: number): string {
  if (style === 1) return word.toUpperCase();
  if (style === 2) return word.charAt(0).toUpperCase() + word.slice(1);
  return word;
}

const textArbitrary = fc
  .array(
    fc.tuple(
      fc.oneof(fc.constantFrom(...phraseWords), fc.constantFrom(...fillerWords)),
      fc.integer({ min: 0, max: 2 }),
      fc.constantFrom(...joiners),
    ),
    { minLength: 1, maxLength: 40 },
  )
  .map((parts) => parts.map(([word, style, joiner]) => casing(word, style) + joiner).join(''));

/** Whole phrases of the index, so multi-word terms really occur. */
const phraseRunArbitrary = fc
  .array(
    fc.tuple(
      fc.constantFrom(...index.terms.map((term) => term.key)),
      fc.integer({ min: 0, max: 2 }),
      fc.constantFrom(...joiners),
    ),
    { minLength: 1, maxLength: 12 },
  )
  .map((parts) => parts.map(([key, style, joiner]) => casing(key, style) + joiner).join(''));

function readAll(text: string, step = text.length + 1, overlapping = false): string[] {
  const reader = createPhraseReader(index.termPattern, overlapping);
  const found: string[] = [];
  reader.begin(text);
  for (let from = 0; from < text.length;) {
    from = reader.read(from, from + step, (start, end) => {
      found.push(`${start}-${end}`);
      return true;
    });
  }
  return found;
}

describe('reading with the phrase pattern', () => {
  it('finds the same phrases in a window folded onto the short class as in the text as it is', () => {
    fc.assert(
      fc.property(fc.oneof(textArbitrary, phraseRunArbitrary), (text) => {
        // A foreign character after the text sends its window through folding, without touching the phrases.
        expect(readAll(`${text} \u0001 😀`)).toEqual(readAll(text));
      }),
      { numRuns: 1500 },
    );
  });

  it('maps matches in folded text back to the original offsets', () => {
    fc.assert(
      fc.property(
        fc.oneof(textArbitrary, phraseRunArbitrary),
        fc.constantFrom(...foreign),
        fc.nat(),
        (text, char, at) => {
          const position = at % (text.length + 1);
          const changed = text.slice(0, position) + char + text.slice(position);
          for (const span of readAll(changed)) {
            const [start, end] = span.split('-').map(Number) as [number, number];
            expect(start).toBeGreaterThanOrEqual(0);
            expect(end).toBeLessThanOrEqual(changed.length);
            expect(/\s/.test(changed[start]!)).toBe(false);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('finds the same phrases whatever the slice size', () => {
    fc.assert(
      fc.property(fc.oneof(textArbitrary, phraseRunArbitrary), fc.integer({ min: 1, max: 40 }), (text, step) => {
        expect(readAll(text, step)).toEqual(readAll(text));
      }),
      { numRuns: 1000 },
    );
  });

  it('folds as the tokeniser reads: case, hyphens, apostrophes, invisible characters', () => {
    const text = 'Fam\u00adily\u2212Help ʼs İ Ω\u00a0x';
    const folded = foldToShortClass(text, 0, text.length);
    expect(folded.text).toBe("family-help 's ª ª x");
    expect([...folded.from].slice(0, 4)).toEqual([0, 1, 2, 4]);
  });
});
