import { describe, expect, it } from 'vitest';
import type { RecommendationRecord, Status } from '../../../../../data/schema';
import { currentStatusCounts, statusHistory, statusOn } from '../../../../../utils/extension/library/status-history';

type Minimal = Pick<RecommendationRecord, 'kind' | 'status' | 'statusHistory'>;
const source = { url: 'https://example.org/', publisher: 'Example', title: 'Example', date: '2023-01' };

/** A recommendation with the given history ([status, from] pairs, oldest first); its status is the last one. */
function rec(...steps: [Status, string][]): Minimal {
  return {
    kind: 'recommendation',
    status: steps.at(-1)![0],
    statusHistory: steps.map(([status, from]) => ({ status, from, source })),
  };
}
const context = { kind: 'context' as const };

describe('currentStatusCounts', () => {
  it('counts recommendations by status and leaves context records out', () => {
    const counts = currentStatusCounts([
      rec(['legislated', '2026-04-29']),
      rec(['committed', '2023-02-02'], ['legislated', '2026-04-29']),
      rec(['rejected', '2023-02-02']),
      context,
    ]);
    expect(counts.legislated).toBe(2);
    expect(counts.rejected).toBe(1);
    expect(counts.committed).toBe(0);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(3);
  });
});

describe('statusOn', () => {
  const record = rec(['consulting', '2023-02-02'], ['in-legislation', '2024-12-17'], ['legislated', '2026-04-29']);

  it('is undefined before the first recorded status', () => {
    expect(statusOn(record, '2022-06-01')).toBeUndefined();
  });

  it('is the status of the latest entry on or before the date', () => {
    expect(statusOn(record, '2023-02-02')).toBe('consulting');
    expect(statusOn(record, '2025-01-01')).toBe('in-legislation');
    expect(statusOn(record, '2026-12-06')).toBe('legislated');
  });
});

describe('statusHistory', () => {
  const records = [
    rec(['committed', '2023-02-02'], ['in-legislation', '2024-12-17'], ['legislated', '2026-04-29']),
    rec(['piloting', '2023-09-01']),
    rec(['rejected', '2023-02-02']),
    context,
  ];
  const history = statusHistory(records, '2022-05-23', '2026-06-29');

  it('charts recommendations only, every one of them at every point', () => {
    expect(history.total).toBe(3);
    for (const point of history.points) {
      const counted = Object.values(point.counts).reduce((a, b) => a + b, 0);
      expect(counted + point.noPosition).toBe(3);
    }
  });

  it('steps at the start, at each change of status, and at the end, in order', () => {
    expect(history.points.map((point) => point.date)).toEqual([
      '2022-05-23',
      '2023-02-02',
      '2023-09-01',
      '2024-12-17',
      '2026-04-29',
      '2026-06-29',
    ]);
  });

  it('follows each record through its recorded statuses, and counts none before the first', () => {
    const [start, response, pilot, bill, act, end] = history.points;
    expect(start!.noPosition).toBe(3);
    expect(response!.counts.committed).toBe(1);
    expect(response!.counts.rejected).toBe(1);
    expect(response!.noPosition).toBe(1);
    expect(pilot!.counts.piloting).toBe(1);
    expect(pilot!.noPosition).toBe(0);
    expect(bill!.counts['in-legislation']).toBe(1);
    expect(bill!.counts.committed).toBe(0);
    expect(act!.counts.legislated).toBe(1);
    expect(end).toEqual({ ...act, date: '2026-06-29' });
  });

  it('ignores steps outside the window', () => {
    const short = statusHistory(records, '2022-05-23', '2024-01-01');
    expect(short.points.map((point) => point.date)).toEqual(['2022-05-23', '2023-02-02', '2023-09-01', '2024-01-01']);
    expect(short.points.at(-1)!.counts.legislated).toBe(0);
    expect(short.points.at(-1)!.counts.committed).toBe(1);
  });

  it('handles an empty dataset', () => {
    expect(statusHistory([], '2022-05-23', '2026-06-29')).toEqual({
      total: 0,
      points: [
        expect.objectContaining({ date: '2022-05-23', noPosition: 0 }),
        expect.objectContaining({ date: '2026-06-29', noPosition: 0 }),
      ],
    });
  });
});
