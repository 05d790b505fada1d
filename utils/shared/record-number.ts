/**
 * A recommendation's place in the final report as readers cite it — "Ch 2 · 1", read out as "Chapter 2,
 * recommendation 1" — instead of the dataset's internal id. Background records have no number.
 */

export interface RecordNumber {
  /** "Ch 2 · 1" */
  short: string;
  /** "Chapter 2, recommendation 1" */
  long: string;
}

export function recordNumber(record: { kind: string; chapter?: number; order?: number }): RecordNumber | null {
  if (record.kind !== 'recommendation' || record.chapter === undefined) return null;
  if (record.order === undefined) return { short: `Ch ${record.chapter}`, long: `Chapter ${record.chapter}` };
  return {
    short: `Ch ${record.chapter} · ${record.order}`,
    long: `Chapter ${record.chapter}, recommendation ${record.order}`,
  };
}
