import { describe, expect, it } from 'vitest';
import type { DatasetRecord, Status } from '../../../../../data/schema';
import { DEFAULT_SORT, nextSort, sortRows, toRecordRow } from '../../../../../utils/extension/library/record-table';

const source = [{ url: 'https://example.org/', publisher: 'Example', title: 'Example', date: '2023-01' }];

function record(
  id: string,
  title: string,
  status: Status,
  events: string[],
  theme: DatasetRecord['theme'] = 'care',
  [chapter, order]: [2 | 3 | 4, number] = [2, 1],
) {
  return {
    id,
    kind: 'recommendation' as const,
    theme,
    title,
    chapter,
    order,
    ask: 'Ask.',
    figures: [],
    response: 'Response.',
    responseSources: source,
    timeline: events.map((date) => ({ date, text: 'Event.', sources: source })),
    status,
    statusHistory: [{ status, from: '2023-02-02', source: source[0]! }],
    statusAsOf: events.at(-1) ?? '2023-02-02',
    statusReason: 'Reason.',
    confidence: 'high' as const,
    sources: source,
    terms: [{ text: title }],
    related: [],
  } satisfies DatasetRecord;
}

const background: DatasetRecord = {
  id: 'the-review',
  kind: 'context',
  theme: 'overview',
  title: 'Aardvark background',
  about: 'About.',
  timeline: [],
  sources: source,
  terms: [{ text: 'the review' }],
  related: [],
};

const rows = [
  toRecordRow(record('b', 'Beta proposal', 'rejected', ['2024-01-01'], 'workforce', [3, 2]), 0),
  toRecordRow(background, 0),
  toRecordRow(record('a', 'Alpha proposal', 'piloting', ['2023-05-01', '2026-04-29'], 'education', [4, 1]), 3),
  toRecordRow(record('c', 'Gamma proposal 10', 'legislated', [], 'care', [2, 10]), 1),
  toRecordRow(record('d', 'Gamma proposal 9', 'legislated', ['2025-01-01'], 'care', [3, 1]), 0),
];
const ids = (sorted: typeof rows) => sorted.map((row) => row.record.id);

describe('record table rows', () => {
  it('knows the latest event of each record', () => {
    expect(rows[2]!.latestEvent).toBe('2026-04-29');
    expect(rows[3]!.latestEvent).toBeNull();
  });

  it('sorts in the review’s order by default: chapter, then place in it, background last', () => {
    expect(DEFAULT_SORT).toEqual({ key: 'chapter', direction: 'ascending' });
    expect(ids(sortRows(rows, DEFAULT_SORT))).toEqual(['c', 'd', 'b', 'a', 'the-review']);
  });

  it('sorts titles naturally (9 before 10)', () => {
    expect(ids(sortRows(rows, { key: 'title', direction: 'ascending' }))).toEqual(['the-review', 'a', 'b', 'd', 'c']);
  });

  it('sorts status in vocabulary order, background last, ties in the review’s order', () => {
    expect(ids(sortRows(rows, { key: 'status', direction: 'ascending' }))).toEqual(['c', 'd', 'a', 'b', 'the-review']);
    expect(ids(sortRows(rows, { key: 'status', direction: 'descending' }))).toEqual(['the-review', 'b', 'a', 'c', 'd']);
  });

  it('sorts by latest event with undated records oldest, and by notes and theme', () => {
    const dated = rows.filter((row) => row.record.kind === 'recommendation');
    expect(ids(sortRows(dated, { key: 'latestEvent', direction: 'descending' }))).toEqual(['a', 'd', 'b', 'c']);
    expect(ids(sortRows(dated, { key: 'notes', direction: 'descending' }))).toEqual(['a', 'c', 'd', 'b']);
    expect(ids(sortRows(dated, { key: 'theme', direction: 'ascending' }))).toEqual(['c', 'd', 'a', 'b']);
  });

  it('flips the direction on a second click; dates and counts start newest first', () => {
    expect(nextSort(DEFAULT_SORT, 'chapter')).toEqual({ key: 'chapter', direction: 'descending' });
    expect(nextSort(DEFAULT_SORT, 'title')).toEqual({ key: 'title', direction: 'ascending' });
    expect(nextSort(DEFAULT_SORT, 'status')).toEqual({ key: 'status', direction: 'ascending' });
    expect(nextSort(DEFAULT_SORT, 'latestEvent')).toEqual({ key: 'latestEvent', direction: 'descending' });
  });
});
