import { describe, expect, it } from 'vitest';
import type { FullDataset } from '../../../../../data/compiled-types';
import type { RecommendationRecord } from '../../../../../data/schema';
import dataset from '../../../../../data/generated/dataset.json';
import { createSearchIndex, widenToWords, type SearchHit } from '../../../../../utils/extension/search/search-index';

const full = dataset as FullDataset;
const source = [{ url: 'https://example.org/', publisher: 'Example', title: 'Example', date: '2023-01' }];

function record(id: string, fields: Partial<RecommendationRecord> = {}): RecommendationRecord {
  return {
    id,
    kind: 'recommendation',
    chapter: 5,
    order: 1,
    theme: 'care',
    title: `Title of ${id}`,
    ask: 'An ask.',
    figures: [],
    response: 'A response.',
    responseSources: source,
    timeline: [],
    status: 'committed',
    statusHistory: [{ status: 'committed', from: '2023-02-02', source: source[0]! }],
    statusAsOf: '2026-06-29',
    statusReason: 'A reason.',
    confidence: 'high',
    sources: source,
    terms: [{ text: `${id} term` }],
    related: [],
    ...fields,
  };
}

function matchedWords(hit: SearchHit, field: string): string[] {
  const match = hit.matches.find((m) => m.field === field);
  return match ? match.ranges.map(([from, to]) => match.text.slice(from, to + 1)) : [];
}

describe('search over the bundled dataset', () => {
  const index = createSearchIndex(full.records);

  it('forgives a typo: "kinship alowance" finds the kinship allowance recommendation first', () => {
    const [first] = index.search('kinship alowance');
    expect(first?.record.terms.map((t) => t.text.toLowerCase())).toContain('kinship allowance');
    expect(first?.record.kind).toBe('recommendation');
  });

  it('highlights whole matched words', () => {
    const [first] = index.search('kinship alowance');
    const words = [...matchedWords(first!, 'title'), ...matchedWords(first!, 'terms')].join(' ').toLowerCase();
    expect(words).toContain('kinship allowance');
  });

  it('lists everything, recommendations first, for an empty query', () => {
    const all = index.search('   ');
    expect(all).toHaveLength(full.records.length);
    const firstEntity = all.findIndex((hit) => hit.record.kind === 'context');
    expect(all.slice(firstEntity).every((hit) => hit.record.kind === 'context')).toBe(true);
  });
});

describe('search ranking and filters', () => {
  const records = [
    record('in-notes', { title: 'Something else', ask: 'Unrelated.' }),
    record('in-ask', { title: 'Another thing', ask: 'Pay carers a boarding grant for every child.' }),
    record('in-title', { title: 'Boarding school places', status: 'rejected', theme: 'education' }),
  ];
  const notes = new Map([['in-notes', ['Ask the council about boarding places next week.']]]);
  const index = createSearchIndex(records, notes);

  it('ranks a title hit above an ask hit above a note hit', () => {
    expect(index.search('boarding').map((hit) => hit.record.id)).toEqual(['in-title', 'in-ask', 'in-notes']);
  });

  it('finds words that only appear in a note, and says the note matched', () => {
    const hit = index.search('council').find((h) => h.record.id === 'in-notes');
    expect(matchedWords(hit!, 'notes')).toEqual(['council']);
  });

  it('filters by status, theme and kind, with or without a query', () => {
    expect(index.search('boarding', { status: 'rejected' }).map((h) => h.record.id)).toEqual(['in-title']);
    expect(index.search('', { theme: 'education' }).map((h) => h.record.id)).toEqual(['in-title']);
    expect(index.search('', { kind: 'context' })).toEqual([]);
  });

  it('returns nothing for a query that matches nothing', () => {
    expect(index.search('zzqxj')).toEqual([]);
  });
});

describe('widenToWords', () => {
  it('grows partial ranges to the whole words and merges neighbours', () => {
    const text = 'Kinship allowance at fostering rates';
    expect(
      widenToWords(text, [
        [2, 4],
        [9, 12],
      ]),
    ).toEqual([[0, 16]]);
    expect(widenToWords(text, [[22, 24]])).toEqual([[21, 29]]);
  });

  it('drops ranges that cover only spaces or punctuation', () => {
    expect(widenToWords('a, b', [[1, 2]])).toEqual([]);
  });
});
