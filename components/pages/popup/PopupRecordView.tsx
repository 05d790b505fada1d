/** One recommendation in the popup: the card's content, where it is on the page, and the user's notes. */
import { useEffect, useRef } from 'preact/hooks';
import type { DatasetRecord } from '../../../data/schema';
import { toCardRecord } from '../../../utils/shared/card-record';
import { NotesPanel } from '../NotesPanel';
import { RecordDetails } from '../../shared/RecordDetails';

export interface PopupRecordViewProps {
  record: DatasetRecord;
  recordsById: ReadonlyMap<string, DatasetRecord>;
  /** How often the current page mentions it (0: not at all or unknown). */
  mentionCount: number;
  onBack(): void;
  onOpenRecord(recordId: string): void;
  onReveal(recordId: string): void;
  onOpenInLibrary(recordId: string): void;
}

export function PopupRecordView(props: PopupRecordViewProps) {
  const { record, recordsById, mentionCount } = props;
  const headingRef = useRef<HTMLDivElement>(null);
  const titleId = `record-title-${record.id}`;
  useEffect(() => {
    const title = headingRef.current?.querySelector<HTMLElement>(`#${CSS.escape(titleId)}`);
    if (!title) return;
    // Move focus to the new view's title so screen readers announce it and Tab continues from there.
    title.tabIndex = -1;
    title.focus();
  }, [record.id, titleId]);

  return (
    <section class="lens-detail" aria-labelledby={titleId}>
      <p class="lens-button-row">
        <button type="button" class="lens-secondary-button" onClick={props.onBack}>
          <span aria-hidden="true">← </span>Back<span class="crl-visually-hidden"> to the list</span>
        </button>
        <span class="lens-muted lens-small">Esc goes back</span>
      </p>
      <div ref={headingRef} class="lens-detail-body">
        <RecordDetails
          record={toCardRecord(record)}
          headingLevel={2}
          titleId={titleId}
          resolveRelated={(id) => {
            const related = recordsById.get(id);
            return related ? { id, title: related.title } : undefined;
          }}
          onSelectRelated={props.onOpenRecord}
        />
      </div>
      <p class="lens-button-row">
        {mentionCount > 0 && (
          <button type="button" class="lens-primary-button" onClick={() => props.onReveal(record.id)}>
            Show on this page ({mentionCount === 1 ? '1 mention' : `${mentionCount} mentions`})
          </button>
        )}
        <button type="button" class="lens-secondary-button" onClick={() => props.onOpenInLibrary(record.id)}>
          Open in the library
        </button>
      </p>
      <NotesPanel recordId={record.id} headingLevel={3} />
    </section>
  );
}
