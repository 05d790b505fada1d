import { describe, expect, it } from 'vitest';
import type { DatasetRecord, Status } from '../../../../../data/schema';
import {
  RESPONSE_PUBLISHED,
  currentStatusCounts,
  knownAtCurrentStatusFrom,
  statusHistory,
} from '../../../../../utils/extension/library/status-history';

type Minimal = Pick<DatasetRecord, 'kind' | 'status' | 'timeline'>;
const source = [{ url: 'https://example.org/', publisher: 'Example' }];

function rec(status: Status, eventDates: string[], kind: Minimal['kind'] = 'recommendation'): Minimal {
  return { kind, status, timeline: eventDates.map((date) => ({ date, text: 'Something happened.', sources: source })) };
}

describe('currentStatusCounts', () => {
  it('counts recommendations by status and leaves entities out', () => {
    const counts = currentStatusCounts([
      rec('legislated', []),
      rec('legislated', []),
      rec('rejected', []),
      rec('partial', [], 'entity'),
    ]);
    expect(counts.legislated).toBe(2);
    expect(counts.rejected).toBe(1);
    expect(counts.partial).toBe(0);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(3);
  });
});

describe('knownAtCurrentStatusFrom', () => {
  it('is the latest event date when there is one after the response', () => {
    expect(knownAtCurrentStatusFrom(rec('legislated', ['2024-11-18', '2026-04-29']))).toBe('2026-04-29');
  });

  it('is the response date when nothing was recorded after it', () => {
    expect(knownAtCurrentStatusFrom(rec('not-mentioned', []))).toBe(RESPONSE_PUBLISHED);
    expect(knownAtCurrentStatusFrom(rec('not-mentioned', ['2022-06-01']))).toBe(RESPONSE_PUBLISHED);
  });
});

describe('statusHistory', () => {
  const records = [
    rec('legislated', ['2024-11-18', '2026-04-29']),
    rec('piloting', ['2023-09-01']),
    rec('rejected', []),
    rec('implementing', [], 'entity'),
  ];
  const history = statusHistory(records, '2022-05-23', '2026-06-29');

  it('charts recommendations only', () => {
    expect(history.total).toBe(3);
    for (const point of history.points) {
      const counted = Object.values(point.counts).reduce((a, b) => a + b, 0);
      expect(counted + point.notRecorded).toBe(3);
    }
  });

  it('steps at the start, at each date a status became known, and at the end, in order', () => {
    expect(history.points.map((point) => point.date)).toEqual([
      '2022-05-23',
      '2023-02-02',
      '2023-09-01',
      '2026-04-29',
      '2026-06-29',
    ]);
  });

  it('does not guess a status before the dataset supports it', () => {
    const [start, response, pilot, act, end] = history.points;
    expect(start!.notRecorded).toBe(3);
    expect(response!.counts.rejected).toBe(1);
    expect(response!.notRecorded).toBe(2);
    expect(pilot!.counts.piloting).toBe(1);
    expect(act!.counts.legislated).toBe(1);
    expect(act!.notRecorded).toBe(0);
    expect(end).toEqual({ ...act, date: '2026-06-29' });
  });

  it('ignores steps outside the window', () => {
    const short = statusHistory(records, '2022-05-23', '2024-01-01');
    expect(short.points.map((point) => point.date)).toEqual(['2022-05-23', '2023-02-02', '2023-09-01', '2024-01-01']);
    expect(short.points.at(-1)!.counts.legislated).toBe(0);
  });

  it('handles an empty dataset', () => {
    expect(statusHistory([], '2022-05-23', '2026-06-29')).toEqual({
      total: 0,
      points: [
        expect.objectContaining({ date: '2022-05-23', notRecorded: 0 }),
        expect.objectContaining({ date: '2026-06-29', notRecorded: 0 }),
      ],
    });
  });
});
