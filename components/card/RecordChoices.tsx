/** Several proposals behind one phrase: each one's title and status, one of them expanded at a time. */
import type { CardRecord } from '../../data/compiled-types';
import { RecordDetails } from '../shared/RecordDetails';
import { StatusBadge } from '../shared/StatusBadge';

export interface RecordChoicesProps {
  records: readonly CardRecord[];
  matchedText: string;
  since: string | null;
  titleId: string;
  /** The record shown in full ('' for none). */
  expandedId: string;
  onExpand(id: string): void;
  resolveRelated(id: string): CardRecord | undefined;
  onSelectRelated(id: string): void;
}

export function RecordChoices(props: RecordChoicesProps) {
  const { records, matchedText, since, titleId, expandedId, onExpand, resolveRelated, onSelectRelated } = props;
  return (
    <>
      <h2 class="crl-record-title" id={titleId}>
        {records.length} proposals match “{matchedText}”
      </h2>
      <ul class="crl-choices">
        {records.map((record) => {
          const expanded = record.id === expandedId;
          const panelId = `${titleId}-${record.id}`;
          return (
            <li key={record.id} class="crl-choice">
              <h3 class="crl-choice-heading">
                <button
                  type="button"
                  class="crl-choice-button"
                  aria-expanded={expanded}
                  aria-controls={panelId}
                  onClick={() => onExpand(expanded ? '' : record.id)}
                >
                  <span class="crl-choice-title">{record.title}</span>
                  {record.status && <StatusBadge status={record.status} inForce={record.inForce} />}
                </button>
              </h3>
              {expanded && (
                <div id={panelId}>
                  <RecordDetails
                    record={record}
                    since={since}
                    headingLevel={3}
                    hideTitle
                    resolveRelated={resolveRelated}
                    onSelectRelated={onSelectRelated}
                  />
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
