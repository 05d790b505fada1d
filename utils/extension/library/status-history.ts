/**
 * How many recommendations are at each status, now and over time, for the library page's overview chart.
 *
 * The dataset records only each recommendation's *current* status (with its as-of date); timeline events carry
 * dates and words, not statuses. So the history claims only what the data supports: a recommendation counts under
 * its current status from the date of its latest recorded event (or from the February 2023 response when nothing
 * happened after it — with no later event, the status still rests on that response). Before that date its status
 * is not recorded, and it is counted as "earlier status not recorded" rather than guessed.
 */
import type { DatasetRecord } from '../../../data/schema';
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
  /** Recommendations whose status at this date the dataset does not record. */
  notRecorded: number;
}

export interface StatusHistory {
  total: number;
  points: StatusHistoryPoint[];
}

type HistoryRecord = Pick<DatasetRecord, 'kind' | 'status' | 'timeline'>;

function emptyCounts(): StatusCounts {
  return Object.fromEntries(STATUSES.map((status) => [status, 0])) as StatusCounts;
}

/** Recommendations only: entity records (the review itself, the Act…) have no status of their own to chart. */
function recommendationsOf<T extends HistoryRecord>(records: readonly T[]): T[] {
  return records.filter((record) => record.kind === 'recommendation');
}

export function currentStatusCounts(records: readonly HistoryRecord[]): StatusCounts {
  const counts = emptyCounts();
  for (const record of recommendationsOf(records)) counts[record.status] += 1;
  return counts;
}

/** The first date from which the dataset supports the record's current status. */
export function knownAtCurrentStatusFrom(record: Pick<DatasetRecord, 'timeline'>): string {
  const latestEvent = record.timeline.at(-1)?.date;
  return latestEvent && latestEvent > RESPONSE_PUBLISHED ? latestEvent : RESPONSE_PUBLISHED;
}

/**
 * A step series from `start` to `end` (ISO dates): one point at `start`, one at every date a recommendation
 * becomes known at its current status, and one at `end`.
 */
export function statusHistory(
  records: readonly HistoryRecord[],
  start: string = REVIEW_PUBLISHED,
  end: string,
): StatusHistory {
  const recommendations = recommendationsOf(records);
  const knownFrom = recommendations.map((record) => ({
    status: record.status,
    from: knownAtCurrentStatusFrom(record),
  }));
  const stepDates = knownFrom.map((entry) => entry.from).filter((date) => date > start && date <= end);
  const dates = [...new Set([start, ...stepDates, end])].filter((date) => date <= end).sort();
  const points = dates.map((date) => {
    const counts = emptyCounts();
    let notRecorded = 0;
    for (const entry of knownFrom) {
      if (entry.from <= date) counts[entry.status] += 1;
      else notRecorded += 1;
    }
    return { date, counts, notRecorded };
  });
  return { total: recommendations.length, points };
}
