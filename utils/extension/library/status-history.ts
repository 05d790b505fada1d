/**
 * How many recommendations are at each status, now and over time, for the library page's overview chart.
 *
 * Each recommendation carries its status history (status, from date, source), oldest first. A recommendation counts
 * under a status from that entry's date until the next entry; before its first entry (usually the government's
 * response of 2 February 2023) the government had taken no position on it, and it is counted as "no government
 * position yet".
 */
import type { DatasetRecord, RecommendationRecord } from '../../../data/schema';
import { STATUSES, type Status } from '../../shared/vocabulary';

/** The review's final report. */
export const REVIEW_PUBLISHED = '2022-05-23';
/** Stable Homes, Built on Love: the government's response. */
export const RESPONSE_PUBLISHED = '2023-02-02';

export type StatusCounts = Record<Status, number>;

export interface StatusHistoryPoint {
  /** ISO date; counts hold from this date until the next point. */
  date: string;
  counts: StatusCounts;
  /** Recommendations on which the government had taken no position yet at this date. */
  noPosition: number;
}

export interface StatusHistory {
  total: number;
  points: StatusHistoryPoint[];
}

type HistoryRecord = Pick<RecommendationRecord, 'kind' | 'status' | 'statusHistory'> | Pick<DatasetRecord, 'kind'>;
type HistoryRecommendation = Pick<RecommendationRecord, 'kind' | 'status' | 'statusHistory'>;

function emptyCounts(): StatusCounts {
  return Object.fromEntries(STATUSES.map((status) => [status, 0])) as StatusCounts;
}

/** Recommendations only: context records (the review itself, the Act…) have no status to chart. */
function recommendationsOf(records: readonly HistoryRecord[]): HistoryRecommendation[] {
  return records.filter((record): record is HistoryRecommendation => record.kind === 'recommendation');
}

export function currentStatusCounts(records: readonly HistoryRecord[]): StatusCounts {
  const counts = emptyCounts();
  for (const record of recommendationsOf(records)) counts[record.status] += 1;
  return counts;
}

/** The record's status on `date` (ISO), or `undefined` before its first recorded status. */
export function statusOn(record: HistoryRecommendation, date: string): Status | undefined {
  let status: Status | undefined;
  for (const entry of record.statusHistory) {
    if (entry.from <= date) status = entry.status;
  }
  return status;
}

/**
 * A step series from `start` to `end` (ISO dates): one point at `start`, one at every date a recommendation's
 * status changed, and one at `end`.
 */
export function statusHistory(
  records: readonly HistoryRecord[],
  start: string = REVIEW_PUBLISHED,
  end: string,
): StatusHistory {
  const recommendations = recommendationsOf(records);
  const stepDates = recommendations
    .flatMap((record) => record.statusHistory.map((entry) => entry.from))
    .filter((date) => date > start && date <= end);
  const dates = [...new Set([start, ...stepDates, end])].filter((date) => date <= end).sort();
  const points = dates.map((date) => {
    const counts = emptyCounts();
    let noPosition = 0;
    for (const record of recommendations) {
      const status = statusOn(record, date);
      if (status) counts[status] += 1;
      else noPosition += 1;
    }
    return { date, counts, noPosition };
  });
  return { total: recommendations.length, points };
}
