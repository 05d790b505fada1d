import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createTokenBuffer,
  hashNormalisedToken,
  normaliseForMatching,
  scanTokens,
  tokeniseForMatching,
} from '../../../../../utils/page/match/normalise-text';
import { looksLikeAcronym } from '../../../../../utils/page/match/acronyms';
import { termSpellings } from '../../../../../data/term-spellings';

describe('normaliseForMatching', () => {
  it.each([
    ['Regional Care Co-operatives', 'regional care cooperatives'],
    ['Regional Care Co‑operatives', 'regional care cooperatives'], // non-breaking hyphen
    ['regional care co\u2010operatives', 'regional care cooperatives'], // hyphen
    ['regional care co\u00ADoperatives', 'regional care cooperatives'], // soft hyphen
    ['regional\u00A0care\u202Fcooperatives', 'regional care cooperatives'], // no-break spaces
    ['Children’s social care', 'children social care'],
    ["children's social care", 'children social care'],
    ['the Law Commission’s report', 'the law commission report'],
    ["don't", 'dont'],
    ['  VIRTUAL   school\theads ', 'virtual school heads'],
    ['9,000 foster carers', '9000 foster carers'],
    ['£2.6bn', '£ 2.6bn'],
    ['1% of teachers', '1 % of teachers'],
    ['care\u200Breview', 'carereview'],
  ])('%j → %j', (input, expected) => {
    expect(normaliseForMatching(input)).toBe(expected);
  });

  it('keeps punctuation between words as tokens of its own, so phrases do not run across it', () => {
    expect(tokeniseForMatching('family. Help')).toEqual(['family', '.', 'help']);
    expect(tokeniseForMatching('heads’ budgets')).toEqual(['heads', "'", 'budgets']);
    expect(tokeniseForMatching('the review’s aims')).toEqual(['the', 'review', 'aims']);
    expect(tokeniseForMatching('2022–2023')).toEqual(['2022', '-', '2023']);
    expect(tokeniseForMatching('“quoted”')).toEqual(['"', 'quoted', '"']);
  });

  it('reads a long text in slices without splitting a token', () => {
    const text = 'alpha beta-gamma delta’s epsilon';
    const read = (from: number, to: number, out: string[], capacity = 64) => {
      const buffer = createTokenBuffer(capacity);
      const next = scanTokens(text, from, to, buffer);
      for (let i = 0; i < buffer.count; i += 1) out.push(text.slice(buffer.starts[i], buffer.ends[i]));
      return next;
    };
    const whole: string[] = [];
    read(0, text.length, whole);
    const sliced: string[] = [];
    for (let from = 0; from < text.length;) from = read(from, from + 3, sliced);
    const small: string[] = [];
    for (let from = 0; from < text.length;) from = read(from, text.length, small, 1);
    expect(whole).toEqual(['alpha', 'beta-gamma', 'delta', 'epsilon']);
    expect(sliced).toEqual(whole);
    expect(small).toEqual(whole);
  });
});

describe('termSpellings', () => {
  it('adds the spaced spelling of hyphenated words and the comma-free spelling of titles', () => {
    expect(termSpellings('opt-out advocacy').map((s) => s.key)).toEqual(['optout advocacy', 'opt out advocacy']);
    expect(termSpellings('Stable Homes, Built on Love').map((s) => s.key)).toEqual([
      'stable homes , built on love',
      'stable homes built on love',
    ]);
    expect(termSpellings('9,000 foster carers').map((s) => s.key)).toEqual(['9000 foster carers']);
    expect(termSpellings('children’s homes').map((s) => s.key)).toEqual(['children homes', 'childrens homes']);
  });

  it('records which tokens are acronyms', () => {
    expect(termSpellings('IROs')[0]!.acronyms).toEqual([0]);
    expect(termSpellings('SEND reforms')[0]!.acronyms).toEqual([0]);
    expect(termSpellings('Family Help')[0]!.acronyms).toEqual([]);
    expect(looksLikeAcronym('RCCs')).toBe(true);
    expect(looksLikeAcronym('Send')).toBe(false);
    expect(looksLikeAcronym('FAMILIES')).toBe(false);
  });
});

describe('scanTokens on arbitrary text', () => {
  const alphabet = fc.constantFrom(...'abcxyzABCXYZ019 \n\t-‐‑’\'`.,;:!?£%"“”()\u00AD\u200B\u00A0éÉßİ–—s'.split(''));
  const texts = fc.array(alphabet, { maxLength: 60 }).map((chars) => chars.join(''));

  function scan(text: string, step: number) {
    const tokens: { start: number; end: number; hash: number }[] = [];
    const buffer = createTokenBuffer(8);
    for (let from = 0; from < text.length;) {
      const next = scanTokens(text, from, from + step, buffer);
      for (let i = 0; i < buffer.count; i += 1) {
        tokens.push({ start: buffer.starts[i]!, end: buffer.ends[i]!, hash: buffer.hashes[i]! });
      }
      if (next === from && buffer.count === 0) break;
      from = next;
    }
    return tokens;
  }

  it('reports each token’s hash as the hash of its normalised form', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const tokens = scan(text, text.length + 1);
        const normalised = tokeniseForMatching(text);
        expect(tokens.map((token) => token.hash)).toEqual(normalised.map(hashNormalisedToken));
      }),
    );
  });

  it('reads the same tokens whatever the slice size', () => {
    fc.assert(
      fc.property(texts, fc.integer({ min: 1, max: 7 }), (text, step) => {
        expect(scan(text, step)).toEqual(scan(text, text.length + 1));
      }),
    );
  });
});
