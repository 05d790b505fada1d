/**
 * The card's status line: the status in words and colour (a link to what it means, on the library's About page),
 * when it happened ("Royal Assent 29 Apr 2026") and, apart, when it was last checked ("Checked 6 Dec 2026").
 */
import type { CardRecord } from '../../data/compiled-types';
import { checkedText, statusEventText } from '../../utils/shared/status-event';
import { StatusBadge } from '../shared/StatusBadge';

export interface CardStatusLineProps {
  record: CardRecord;
  /** Where the status definitions are (the library's About page). */
  definitionsHref: string;
}

export function CardStatusLine({ record, definitionsHref }: CardStatusLineProps) {
  if (!record.status) {
    return (
      <p class="crl-status-line">
        <span class="crl-background-label">Background: not a recommendation with a status</span>
      </p>
    );
  }
  const happened = statusEventText(record.status, record.statusFrom);
  return (
    <p class="crl-status-line">
      <a class="crl-status-link" href={definitionsHref} target="_blank" rel="noopener noreferrer">
        <StatusBadge status={record.status} inForce={record.inForce} />
        <span class="crl-visually-hidden"> (what this status means, opens in a new tab)</span>
      </a>
      {happened && <span class="crl-status-happened">{happened}</span>}
      {record.statusAsOf && (
        <span class="crl-status-checked">
          <time dateTime={record.statusAsOf}>{checkedText(record.statusAsOf)}</time>
        </span>
      )}
    </p>
  );
}
