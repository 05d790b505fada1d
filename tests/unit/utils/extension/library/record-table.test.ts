import { describe, expect, it } from 'vitest';
import type { DatasetRecord, Status } from '../../../../../data/schema';
import { DEFAULT_SORT, nextSort, sortRows, toRecordRow } from '../../../../../utils/extension/library/record-table';

const source = [{ url: 'https://example.org/', publisher: 'Example', title: 'Example', date: '2023-01' }];

function record(id: string, title: string, status: Status, events: string[], theme: DatasetRecord['theme'] = 'care') {
  return {
    id,
    kind: 'recommendation' as const,
    theme,
    title,
    chapter: 2,
    order: 1,
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

const rows = [
  toRecordRow(record('b', 'Beta proposal', 'rejected', ['2024-01-01'], 'workforce'), 0),
  toRecordRow(record('a', 'Alpha proposal', 'piloting', ['2023-05-01', '2026-04-29'], 'education'), 3),
  toRecordRow(record('c', 'Gamma proposal 10', 'legislated', [], 'care'), 1),
  toRecordRow(record('d', 'Gamma proposal 9', 'legislated', ['2025-01-01'], 'care'), 0),
];
const ids = (sorted: typeof rows) => sorted.map((row) => row.record.id);

describe('record table rows', () => {
  it('knows the latest event of each record', () => {
    expect(rows[1]!.latestEvent).toBe('2026-04-29');
    expect(rows[2]!.latestEvent).toBeNull();
  });

  it('sorts titles naturally (9 before 10) by default', () => {
    expect(ids(sortRows(rows, DEFAULT_SORT))).toEqual(['a', 'b', 'd', 'c']);
  });

  it('sorts status in vocabulary order, ties by title', () => {
    expect(ids(sortRows(rows, { key: 'status', direction: 'ascending' }))).toEqual(['d', 'c', 'a', 'b']);
    expect(ids(sortRows(rows, { key: 'status', direction: 'descending' }))).toEqual(['b', 'a', 'd', 'c']);
  });

  it('sorts by latest event with undated records oldest, and by notes and theme', () => {
    expect(ids(sortRows(rows, { key: 'latestEvent', direction: 'descending' }))).toEqual(['a', 'd', 'b', 'c']);
    expect(ids(sortRows(rows, { key: 'notes', direction: 'descending' }))).toEqual(['a', 'c', 'b', 'd']);
    expect(ids(sortRows(rows, { key: 'theme', direction: 'ascending' }))).toEqual(['d', 'c', 'a', 'b']);
  });

  it('flips the direction on a second click; dates and counts start newest first', () => {
    expect(nextSort(DEFAULT_SORT, 'title')).toEqual({ key: 'title', direction: 'descending' });
    expect(nextSort(DEFAULT_SORT, 'status')).toEqual({ key: 'status', direction: 'ascending' });
    expect(nextSort(DEFAULT_SORT, 'latestEvent')).toEqual({ key: 'latestEvent', direction: 'descending' });
  });
});
