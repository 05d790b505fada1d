import { describe, expect, it, vi } from 'vitest';
import contentIndexJson from '../../../../../data/generated/content-index.json';
import type { ContentIndex } from '../../../../../data/compiled-types';
import { createTermMatcher, warmUpText } from '../../../../../utils/page/match/term-matcher';
import { matcherIndex } from '../../../support/matcher-index';

const matcher = createTermMatcher(
  matcherIndex({
    'Regional Care Co-operative': 'care-1',
    'regional care': 'regional',
    'virtual school head': 'edu-4',
    'family help': { record: 'fh-1', ambiguous: true },
    'family help team': 'fh-1',
    'SEND reform': 'send',
    IRO: 'care-7a',
    'opt-out advocacy': 'care-7b',
    '9,000 foster carers': 'care-2',
    "children's home manager": 'care-9',
    'child in need': { record: 'fh-1', plural: 'children in need', notAfter: ['BBC'] },
    'secure school': { record: 'care-6', notAfter: ['help', 'to'] },
    "Independent Review of Children's Social Care": { record: 'review', notBefore: ['Services'] },
    'drifting authority': 'cp-2b',
    'windfall tax': 'care-5',
    'kinship allowance': { record: 'fn-3', otherNations: true },
    'Progress 8': 'edu-4',
  }),
);

function found(text: string): [string, string][] {
  return matcher.findAll(text).matches.map((match) => [text.slice(match.start, match.end), match.term.recordIds[0]!]);
}

describe('the term matcher', () => {
  it('matches whole words only', () => {
    expect(found('familyhelp and family helpers and a family help desk')).toEqual([['family help', 'fh-1']]);
    expect(found('the virtual school headship')).toEqual([]);
    expect(found('non-family help, family help-desk, family-help, family’help')).toEqual([]);
  });

  it('lets the longest phrase win where phrases overlap', () => {
    expect(found('Regional Care Co-operatives and regional care')).toEqual([
      ['Regional Care Co-operatives', 'care-1'],
      ['regional care', 'regional'],
    ]);
    expect(found('new family help teams')).toEqual([['family help teams', 'fh-1']]);
  });

  it('ignores case, apostrophe style, hyphen style and odd spaces', () => {
    expect(found('REGIONAL care co\u2011operative')).toEqual([['REGIONAL care co\u2011operative', 'care-1']]);
    expect(found('regional care co operative, regional care cooperative')).toHaveLength(2);
    expect(found('children’s home manager')).toEqual([['children’s home manager', 'care-9']]);
    expect(found('childrens home manager')).toEqual([['childrens home manager', 'care-9']]);
    expect(found('virtual\u00A0school head')).toEqual([['virtual\u00A0school head', 'edu-4']]);
    expect(found('virtual\nschool  head')).toEqual([['virtual\nschool  head', 'edu-4']]);
    expect(found('opt out advocacy, opt-out advocacy')).toEqual([
      ['opt out advocacy', 'care-7b'],
      ['opt-out advocacy', 'care-7b'],
    ]);
    expect(found('about 9,000 foster carers and 9000 foster carers')).toEqual([
      ['9,000 foster carers', 'care-2'],
      ['9000 foster carers', 'care-2'],
    ]);
  });

  it('reads through soft hyphens and zero-width characters, and text in other scripts around a term', () => {
    expect(found('fam\u00adily help and family\u200b help')).toEqual([
      ['fam\u00adily help', 'fh-1'],
      ['family\u200b help', 'fh-1'],
    ]);
    expect(found('Ζωή said: family help 😀 for families')).toEqual([['family help', 'fh-1']]);
    expect(found('Zoë family help, Māori family help')).toEqual([
      ['family help', 'fh-1'],
      ['family help', 'fh-1'],
    ]);
  });

  it('marks regular plurals and possessives of the last word without listing them', () => {
    expect(found('two virtual school heads and the virtual school head’s budget')).toEqual([
      ['virtual school heads', 'edu-4'],
      ['virtual school head’s', 'edu-4'],
    ]);
    expect(found('Regional Care Co-operatives’ budgets')).toEqual([['Regional Care Co-operatives’', 'care-1']]);
    expect(found('windfall taxes and drifting authorities')).toEqual([
      ['windfall taxes', 'care-5'],
      ['drifting authorities', 'cp-2b'],
    ]);
    expect(found('the IRO’s view, three IROs, IROs’ caseloads')).toEqual([
      ['IRO’s', 'care-7a'],
      ['IROs', 'care-7a'],
      ['IROs’', 'care-7a'],
    ]);
    expect(found('Progress 8 scores, Progress 8,000')).toEqual([['Progress 8', 'edu-4']]);
  });

  it('takes irregular plurals from the data', () => {
    expect(found('a child in need, children in need')).toEqual([
      ['child in need', 'fh-1'],
      ['children in need', 'fh-1'],
    ]);
  });

  it('leaves a closing single quote out of the mark', () => {
    expect(found('the ‘drifting authorities’ label')).toEqual([['drifting authorities', 'cp-2b']]);
    expect(found("so-called 'drifting authorities' again")).toEqual([['drifting authorities', 'cp-2b']]);
    expect(found('the drifting authorities’ budgets')).toEqual([['drifting authorities’', 'cp-2b']]);
  });

  it('asks for capitals where the term is an acronym', () => {
    expect(found('IRO said; iro said; Iro said')).toEqual([['IRO', 'care-7a']]);
    expect(found('send reforms, Send reforms, SEND reforms')).toEqual([['SEND reforms', 'send']]);
  });

  it('applies the data’s left- and right-context rules', () => {
    expect(found('a fund to help secure schools’ IT, plans to secure schools, new secure schools')).toEqual([
      ['secure schools', 'care-6'],
    ]);
    expect(found('BBC Children in Need raised £30m for children in need')).toEqual([['children in need', 'fh-1']]);
    expect(found('the council’s secure schools; to help, secure schools')).toEqual([
      ['secure schools', 'care-6'],
      ['secure schools', 'care-6'],
    ]);
    expect(
      found(
        'the Independent Review of Children’s Social Care Services and the Independent Review of Children’s Social Care',
      ),
    ).toEqual([['Independent Review of Children’s Social Care', 'review']]);
  });

  it('does not run a phrase across sentence punctuation or a block boundary', () => {
    expect(found('the whole family. Help arrived')).toEqual([]);
    expect(found('the whole family\u0001help arrived')).toEqual([]);
  });

  it('says which nation the sentence or block names for terms other nations use too', () => {
    const nations = (text: string) => matcher.findAll(text).matches.map((match) => match.nation ?? 'none');
    expect(nations('Scotland pays a kinship allowance. In England, the kinship allowance is a pilot.')).toEqual([
      'other',
      'england',
    ]);
    expect(nations('In Glasgow, carers said so. They get a kinship allowance at the fostering rate.')).toEqual([
      'other',
    ]);
    expect(nations('Carers get a kinship allowance.')).toEqual(['none']);
  });

  it('reads a very long block for a nation only near each mention', () => {
    const nations = (text: string) => matcher.findAll(text).matches.map((match) => match.nation ?? 'none');
    const filler = 'The committee heard from councils about budgets and staffing. '.repeat(60); // ~3,800 characters
    // One block (no separator): a nation named thousands of characters away does not reach the mention.
    expect(nations(`In Glasgow, carers spoke. ${filler}They want a kinship allowance.`)).toEqual(['none']);
    expect(nations(`${filler}In Glasgow, carers want a kinship allowance.`)).toEqual(['other']);
  });

  it('reads a text in slices with the same result as in one go', () => {
    const text = 'Councils said Regional Care Co-operatives and virtual school heads and family help. '.repeat(40);
    const whole = matcher.findAll(text).matches.map((m) => [m.start, m.end]);
    for (const step of [7, 50, 333]) {
      const sliced: number[][] = [];
      const reader = matcher.createReader({ term: (m) => sliced.push([m.start, m.end]) });
      reader.begin(text);
      for (let from = 0; from < text.length;) from = reader.read(from, from + step);
      reader.finish();
      expect(sliced).toEqual(whole);
    }
    expect(whole).toHaveLength(120);
  });

  it('compiles a few hundred terms into one pattern', () => {
    const many = Object.fromEntries(Array.from({ length: 400 }, (_, i) => [`term number ${i} here`, `r${i}`]));
    const big = createTermMatcher(matcherIndex(many));
    expect(big.termCount).toBe(400);
    expect(
      big.findAll('we saw term number 17 here and term number 399 here').matches.map((m) => m.term.recordIds),
    ).toEqual([['r17'], ['r399']]);
  });
});

describe('the warm-up read', () => {
  it("takes every step of reading a mention on the dataset's own terms: plain, left-context rule, other nations", () => {
    const index = contentIndexJson as unknown as ContentIndex;
    const real = createTermMatcher(index);
    const { matches } = real.findAll(warmUpText(index.terms));
    expect(matches).toHaveLength(3);
    expect(matches.some((match) => match.term.notAfter)).toBe(true);
    expect(matches.find((match) => match.term.otherNations)?.nation).toBe('england');
    const read = vi.spyOn(real, 'findAll');
    real.warmUp();
    expect(read).toHaveBeenCalledWith(warmUpText(index.terms));
  });
});

describe('spaces between words', () => {
  const spaces = [
    '\t',
    '\n',
    '\v',
    '\f',
    '\r',
    '\u00a0',
    '\u2000',
    '\u2005',
    '\u200a',
    '\u2028',
    '\u2029',
    '\u202f',
    '\u205f',
  ];
  it.each(spaces.map((space) => [JSON.stringify(space), space]))(
    '%s reads as a space, directly and folded',
    (_, space) => {
      const text = `virtual${space}school head`;
      expect(found(`Read: ${text}.`)).toEqual([[text, 'edu-4']]);
      // A character outside the short class sends the window through the folding path.
      expect(found(`Ω read: ${text}.`)).toEqual([[text, 'edu-4']]);
    },
  );
});
