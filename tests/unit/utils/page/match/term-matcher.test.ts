import { describe, expect, it } from 'vitest';
import type { CompiledTerm } from '../../../../../data/compiled-types';
import { createTermMatcher } from '../../../../../utils/page/match/term-matcher';
import { termSpellings } from '../../../../../data/term-spellings';

function compile(terms: Record<string, string | { record: string; ambiguous?: boolean }>): CompiledTerm[] {
  return Object.entries(terms).flatMap(([text, target]) => {
    const record = typeof target === 'string' ? target : target.record;
    const ambiguous = typeof target === 'string' ? false : target.ambiguous === true;
    return termSpellings(text).map((spelling) => ({
      key: spelling.key,
      recordIds: [record],
      ambiguous,
      ...(spelling.acronyms.length > 0 ? { acronyms: spelling.acronyms } : {}),
    }));
  });
}

const matcher = createTermMatcher(
  compile({
    'Regional Care Co-operatives': 'care-1',
    'regional care': 'regional',
    'virtual school heads': 'edu-4',
    'family help': { record: 'fh-1', ambiguous: true },
    'family help teams': 'fh-1',
    'SEND reforms': 'send',
    IROs: 'care-7a',
    'opt-out advocacy': 'care-7b',
    '9,000 foster carers': 'care-2',
    "children's home managers": 'care-9',
  }),
  ['social workers', 'children in care'],
);

function found(text: string): [string, string][] {
  return matcher.findAll(text).matches.map((match) => [text.slice(match.start, match.end), match.term.recordIds[0]!]);
}

describe('the term matcher', () => {
  it('matches whole words only', () => {
    expect(found('familyhelp and family helpers and a family help desk')).toEqual([['family help', 'fh-1']]);
    expect(found('the virtual school headship')).toEqual([]);
  });

  it('lets the longest phrase win where phrases overlap', () => {
    expect(found('Regional Care Co-operatives and regional care')).toEqual([
      ['Regional Care Co-operatives', 'care-1'],
      ['regional care', 'regional'],
    ]);
    expect(found('new family help teams')).toEqual([['family help teams', 'fh-1']]);
  });

  it('ignores case, apostrophe style, hyphen style and odd spaces', () => {
    expect(found('REGIONAL care co\u2011operatives')).toEqual([['REGIONAL care co\u2011operatives', 'care-1']]);
    expect(found('children’s home managers')).toEqual([['children’s home managers', 'care-9']]);
    expect(found('childrens home managers')).toEqual([['childrens home managers', 'care-9']]);
    expect(found('the virtual school heads’ budgets')).toEqual([['virtual school heads', 'edu-4']]);
    expect(found('the IROs’ caseloads')).toEqual([['IROs', 'care-7a']]);
    expect(found('the Regional Care Co-operatives’s remit')).toEqual([['Regional Care Co-operatives', 'care-1']]);
    expect(found('virtual\u00A0school heads’ budgets')).toEqual([['virtual\u00A0school heads', 'edu-4']]);
    expect(found('opt out advocacy, opt-out advocacy')).toEqual([
      ['opt out advocacy', 'care-7b'],
      ['opt-out advocacy', 'care-7b'],
    ]);
    expect(found('about 9,000 foster carers')).toEqual([['9,000 foster carers', 'care-2']]);
  });

  it('asks for capitals where the term is an acronym', () => {
    expect(found('IROs said; iros said; Iros said')).toEqual([['IROs', 'care-7a']]);
    expect(found('send reforms, Send reforms, SEND reforms')).toEqual([['SEND reforms', 'send']]);
  });

  it('does not run a phrase across sentence punctuation', () => {
    expect(found('the whole family. Help arrived')).toEqual([]);
  });

  it('reads a text in slices with the same result as in one go', () => {
    const text = 'Councils said Regional Care Co-operatives and virtual school heads and family help. '.repeat(40);
    const whole = matcher.findAll(text).matches.map((m) => [m.start, m.end]);
    const sliced: number[][] = [];
    const reader = matcher.createReader({ term: (m) => sliced.push([m.start, m.end]) });
    reader.begin(text);
    for (let from = 0; from < text.length;) from = reader.read(from, from + 7);
    reader.finish();
    expect(sliced).toEqual(whole);
    expect(whole).toHaveLength(120);
  });

  it('reports context signals, which may overlap terms', () => {
    const { signals } = matcher.findAll('Social workers said children in care need family help.');
    expect(signals.sort()).toEqual([0, 1]);
  });

  it('compiles a few hundred terms into one trie', () => {
    const many = compile(Object.fromEntries(Array.from({ length: 400 }, (_, i) => [`term number ${i} here`, `r${i}`])));
    const big = createTermMatcher(many);
    expect(big.termCount).toBe(400);
    expect(
      big.findAll('we saw term number 17 here and term number 399 here').matches.map((m) => m.term.recordIds),
    ).toEqual([['r17'], ['r399']]);
  });
});
