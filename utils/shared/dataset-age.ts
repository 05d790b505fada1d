/** Whether the dataset is old enough that a reader should be told (its as-of date is more than three months back). */
const STALE_AFTER_MONTHS = 3;

/** True when `asOf` (YYYY-MM-DD) lies more than three calendar months before `today`. */
export function isDatasetStale(asOf: string, today: Date = new Date()): boolean {
  const [year, month, day] = asOf.split('-').map(Number);
  if (!year || !month || !day) return false;
  const limit = new Date(Date.UTC(year, month - 1 + STALE_AFTER_MONTHS, day));
  return today.getTime() > limit.getTime() + 24 * 60 * 60 * 1000;
}

/** The warning the card and the library show for a stale dataset. */
export function staleDatasetText(asOfFormatted: string): string {
  return `These facts were last checked on ${asOfFormatted}, more than three months ago: newer events may be missing.`;
}
