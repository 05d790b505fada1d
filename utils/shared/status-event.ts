/**
 * Two dates a reader must not confuse: when a status happened ("Royal Assent 29 Apr 2026", "since 2 Feb 2023") and
 * when it was last checked ("Checked 6 Dec 2026"). The first comes from the record's status history, the second
 * from its `statusAsOf`.
 */
import type { Status } from '../../data/schema';
import { formatShortDate } from './format-date';

/** "Royal Assent 29 Apr 2026" for a law, "Since 2 Feb 2023" for any other status; null without a date. */
export function statusEventText(status: Status, from: string | undefined): string | null {
  if (!from) return null;
  return status === 'legislated' ? `Royal Assent ${formatShortDate(from)}` : `Since ${formatShortDate(from)}`;
}

/** "Checked 6 Dec 2026". */
export function checkedText(asOf: string): string {
  return `Checked ${formatShortDate(asOf)}`;
}
