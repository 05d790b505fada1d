/**
 * Rows of the library's recommendations table and how they sort. By default in the review's own order (chapter,
 * then place in the chapter), background records after the recommendations; status in the vocabulary's order
 * (from "legislated" to "rejected"), dates as ISO strings, titles and themes alphabetically; ties fall back to the
 * review's order, then title.
 */
import type { DatasetRecord } from '../../../data/schema';
import { STATUSES } from '../../shared/vocabulary';

/** Status order for sorting; context records (no status) sort after every status. */
const statusRank = (record: DatasetRecord): number =>
  record.kind === 'recommendation' ? STATUSES.indexOf(record.status) : STATUSES.length;
const statusAsOf = (record: DatasetRecord): string => (record.kind === 'recommendation' ? record.statusAsOf : '');
import { themeLabel } from '../../shared/theme-labels';

export interface RecordRow {
  record: DatasetRecord;
  /** Date of the latest timeline event, if any. */
  latestEvent: string | null;
  notes: number;
}

export type SortKey = 'chapter' | 'title' | 'theme' | 'status' | 'statusAsOf' | 'latestEvent' | 'notes';
export type SortDirection = 'ascending' | 'descending';

export interface SortState {
  key: SortKey;
  direction: SortDirection;
}

export const DEFAULT_SORT: SortState = { key: 'chapter', direction: 'ascending' };

export function toRecordRow(record: DatasetRecord, notes: number): RecordRow {
  return { record, latestEvent: record.timeline.at(-1)?.date ?? null, notes };
}

const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });

/** The review's order: chapter, then place in the chapter; background records (no chapter) after every chapter. */
function compareReviewOrder(a: DatasetRecord, b: DatasetRecord): number {
  const place = (record: DatasetRecord): [number, number] =>
    record.kind === 'recommendation' ? [record.chapter, record.order] : [Number.POSITIVE_INFINITY, 0];
  const [chapterA, orderA] = place(a);
  const [chapterB, orderB] = place(b);
  if (chapterA !== chapterB) return chapterA < chapterB ? -1 : 1;
  return orderA - orderB;
}

function compareBy(key: SortKey, a: RecordRow, b: RecordRow): number {
  switch (key) {
    case 'chapter':
      return compareReviewOrder(a.record, b.record);
    case 'title':
      return collator.compare(a.record.title, b.record.title);
    case 'theme':
      return collator.compare(themeLabel(a.record.theme), themeLabel(b.record.theme));
    case 'status':
      return statusRank(a.record) - statusRank(b.record);
    case 'statusAsOf':
      return statusAsOf(a.record).localeCompare(statusAsOf(b.record));
    case 'latestEvent':
      // Records with no events sort as the oldest.
      return (a.latestEvent ?? '').localeCompare(b.latestEvent ?? '');
    case 'notes':
      return a.notes - b.notes;
  }
}

export function sortRows(rows: readonly RecordRow[], sort: SortState): RecordRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort(
    (a, b) =>
      sign * compareBy(sort.key, a, b) ||
      compareReviewOrder(a.record, b.record) ||
      collator.compare(a.record.title, b.record.title),
  );
}

/** Clicking a column: a new column sorts ascending (dates and counts: newest or most first); again flips it. */
export function nextSort(current: SortState, key: SortKey): SortState {
  if (current.key === key) {
    return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  }
  const startsDescending = key === 'statusAsOf' || key === 'latestEvent' || key === 'notes';
  return { key, direction: startsDescending ? 'descending' : 'ascending' };
}
