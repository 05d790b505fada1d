/**
 * Dates as British English readers write them: "29 April 2026", or "April 2026" when only the month is known.
 * Input is the dataset's ISO form (YYYY-MM-DD or YYYY-MM); the calendar date is kept as written, whatever the
 * reader's time zone.
 */
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const ISO_DATE = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/** Returns the input unchanged when it is not an ISO date, so a bad value is visible rather than hidden. */
export function formatDate(isoDate: string): string {
  const match = ISO_DATE.exec(isoDate);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || !month) return isoDate;
  const day = match[3] ? `${Number(match[3])} ` : '';
  return `${day}${month} ${match[1]}`;
}

/** Whether ISO date `a` is strictly after ISO date `b` (same precision, YYYY-MM-DD or YYYY-MM: string order is date order). */
export function isAfter(a: string, b: string): boolean {
  return a.slice(0, 10) > b.slice(0, 10);
}

/** "29 Apr 2026", or "Apr 2026" when only the month is known: for badges and small print. */
export function formatShortDate(isoDate: string): string {
  const match = ISO_DATE.exec(isoDate);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || !month) return isoDate;
  const day = match[3] ? `${Number(match[3])} ` : '';
  return `${day}${month.slice(0, 3)} ${match[1]}`;
}
