/**
 * The compact card (Page Previews' "summary first"): title, status line, the current position in one line, the
 * changes since the article (a link to them in the timeline), and the way to the details and the reader's notes.
 */
import type { CardRecord } from '../../data/compiled-types';
import { countEventsSince } from '../shared/Timeline';
import { formatShortDate } from '../../utils/shared/format-date';
import { CardStatusLine } from './CardStatusLine';

export interface CardSummaryProps {
  record: CardRecord;
  since: string | null;
  titleId: string;
  definitionsHref: string;
  detailsShown: boolean;
  notesShown: boolean;
  /** How many notes the reader has on this record (null while unknown). */
  noteCount: number | null;
  onToggleDetails(): void;
  onShowChanges(): void;
  onToggleNotes(): void;
}

export function CardSummary(props: CardSummaryProps) {
  const { record, since, titleId, noteCount } = props;
  const changes = countEventsSince(record.timeline, since);
  const position = record.statusReason ?? record.ask;
  return (
    <div class="crl-summary" data-record-id={record.id}>
      <h2 class="crl-record-title" id={titleId}>
        {record.title}
      </h2>
      <CardStatusLine record={record} definitionsHref={props.definitionsHref} />
      <p class="crl-position" title={position}>
        {position}
      </p>
      {since && changes > 0 && (
        <p class="crl-since-line">
          <button type="button" class="crl-link-button crl-since-summary" onClick={props.onShowChanges}>
            {changes === 1 ? '1 change' : `${changes} changes`} since this article ({formatShortDate(since)})
          </button>
        </p>
      )}
      <p class="crl-summary-buttons">
        <button
          type="button"
          class="crl-toggle"
          aria-expanded={props.detailsShown}
          aria-controls={`${titleId}-details`}
          onClick={props.onToggleDetails}
        >
          {props.detailsShown ? 'Hide details' : 'Details'}
        </button>
        <button
          type="button"
          class="crl-toggle crl-notes-toggle"
          aria-expanded={props.notesShown}
          data-has-notes={noteCount ? 'true' : 'false'}
          onClick={props.onToggleNotes}
        >
          {noteCount ? (
            <>
              <span class="crl-notes-marker" aria-hidden="true">
                ✎
              </span>{' '}
              Your notes ({noteCount})
            </>
          ) : (
            'Add a note'
          )}
        </button>
      </p>
    </div>
  );
}
