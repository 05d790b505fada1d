/**
 * The matcher skips text where no phrase can start with a native search before tokenising. Skipping must never
 * change what is found: these properties compare it with reading every token, on random text built from the
 * dataset's own words, the characters the tokeniser folds or joins, and filler.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import contentIndexJson from '../../../../../data/generated/content-index.json';
import type { ContentIndex } from '../../../../../data/compiled-types';
import { createTermMatcher, type TermMatcher } from '../../../../../utils/page/match/term-matcher';

const contentIndex = contentIndexJson as unknown as ContentIndex;
const signalKeys = contentIndex.contextSignals?.keys ?? [];
const phraseWords = [
  ...new Set([...contentIndex.terms.map((term) => term.key), ...signalKeys].flatMap((key) => key.split(' '))),
];
const fillerWords = ['the', 'said', 'Council', 'of', 'in', 'about', 'CARE', 'Family', 'review', 'out', 'school'];
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
  '\u00ad',
  '\u200b',
  ',',
  '.',
  '\u0001',
  "'s ",
  '’s ',
];

/**
 * Style 0–2: as it is, capitals, capitalised; 3–5: a hyphen, apostrophe or soft hyphen inside every word;
 * 6–8: the same inside the second word only (the first two words are what skipping checks).
 */
function casing(word: string, style: number): string {
  const joined = (joiner: string, onlySecond = false) =>
    word
      .split(' ')
      .map((part, index) => {
        if (part.length < 2 || (onlySecond && index !== 1)) return part;
        const inside = Math.max(1, Math.floor(part.length / 2));
        return part.slice(0, inside) + joiner + part.slice(inside);
      })
      .join(' ');
  if (style === 1) return word.toUpperCase();
  if (style === 2) return word.charAt(0).toUpperCase() + word.slice(1);
  if (style === 3) return joined('-');
  if (style === 4) return joined("'");
  if (style === 5) return joined('\u00ad');
  if (style === 6) return joined('-', true);
  if (style === 7) return joined("'", true);
  if (style === 8) return joined('\u00ad', true);
  return word;
}

const textArbitrary = fc
  .array(
    fc.tuple(
      fc.oneof(fc.constantFrom(...phraseWords), fc.constantFrom(...fillerWords)),
      fc.integer({ min: 0, max: 8 }),
      fc.constantFrom(...joiners),
    ),
    { minLength: 1, maxLength: 40 },
  )
  .map((parts) => parts.map(([word, style, joiner]) => casing(word, style) + joiner).join(''));

/** Runs of several consecutive phrases, so multi-word terms really occur (random words alone rarely form them). */
const phraseRunArbitrary = fc
  .array(
    fc.tuple(
      fc.constantFrom(...contentIndex.terms.map((term) => term.key), ...signalKeys),
      fc.integer({ min: 0, max: 8 }),
      fc.constantFrom(...joiners),
      fc.constantFrom(' ', '-', '’', '\u00a0', '\u00ad'),
    ),
    { minLength: 1, maxLength: 12 },
  )
  .map((parts) =>
    parts.map(([key, style, joiner, inner]) => casing(key.split(' ').join(inner), style) + joiner).join(''),
  );

function readAll(matcher: TermMatcher, text: string, wantsSignals = true) {
  const terms: string[] = [];
  const signals: string[] = [];
  const reader = matcher.createReader({
    term: (match) => terms.push(`${match.start}-${match.end}:${match.term.key}`),
    signal: (index, at) => signals.push(`${index}@${at}`),
    wantsSignals: () => wantsSignals,
  });
  reader.begin(text);
  for (let from = 0; from < text.length;) from = reader.read(from, from + 64);
  reader.finish();
  return { terms, signals };
}

describe('skipping ahead to where a phrase could start', () => {
  const skipping = createTermMatcher(contentIndex.terms, signalKeys);
  const reading = createTermMatcher(contentIndex.terms, signalKeys, { skipAhead: false });

  it('finds exactly what reading every token finds, terms and signals', () => {
    fc.assert(
      fc.property(fc.oneof(textArbitrary, phraseRunArbitrary), (text) => {
        expect(readAll(skipping, text)).toEqual(readAll(reading, text));
      }),
      { numRuns: 1500 },
    );
  });

  it('finds the same terms when signals are no longer wanted, and reports no signals', () => {
    fc.assert(
      fc.property(fc.oneof(textArbitrary, phraseRunArbitrary), (text) => {
        const withoutSignals = readAll(skipping, text, false);
        expect(withoutSignals.signals).toEqual([]);
        expect(withoutSignals.terms).toEqual(readAll(reading, text).terms);
      }),
      { numRuns: 1000 },
    );
  });

  it('finds terms written with hyphens, apostrophes and possessives between skipped text', () => {
    const text = `${'Nothing to see here at all. '.repeat(20)}They said opt-out advocacy and children's home managers and multi-agency child protection teams.`;
    expect(readAll(skipping, text).terms).toEqual(readAll(reading, text).terms);
    expect(readAll(skipping, text).terms).toHaveLength(3);
  });
});
