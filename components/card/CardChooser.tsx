/** Several proposals behind one phrase: a compact list, the closest first; choosing one opens its summary. */
import type { CardRecord } from '../../data/compiled-types';
import { StatusBadge } from '../shared/StatusBadge';

export interface CardChooserProps {
  records: readonly CardRecord[];
  termKey: string;
  titleId: string;
  /** Record ids the reader has notes on. */
  withNotes: ReadonlySet<string>;
  onChoose(id: string): void;
}

export function CardChooser({ records, termKey, titleId, withNotes, onChoose }: CardChooserProps) {
  return (
    <div class="crl-chooser">
      <h2 class="crl-record-title" id={titleId}>
        {records.length} proposals match “{termKey}”
      </h2>
      <ul class="crl-choices">
        {records.map((record) => (
          <li key={record.id} class="crl-choice" data-record-id={record.id}>
            <button type="button" class="crl-choice-button" onClick={() => onChoose(record.id)}>
              <span class="crl-choice-title">
                {record.title}
                {withNotes.has(record.id) && (
                  <span class="crl-notes-marker" title="You have notes on this">
                    {' '}
                    ✎<span class="crl-visually-hidden"> (you have notes on this)</span>
                  </span>
                )}
              </span>
              {record.status ? (
                <StatusBadge status={record.status} inForce={record.inForce} />
              ) : (
                <span class="crl-background-label">Background</span>
              )}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
