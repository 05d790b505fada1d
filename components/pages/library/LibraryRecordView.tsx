/** One record on the library page: everything the dataset says (full timeline, all sources) and the user's notes. */
import type { DatasetRecord } from '../../../data/schema';
import { toCardRecord } from '../../../utils/shared/card-record';
import { recordNumber } from '../../../utils/shared/record-number';
import { libraryHash } from '../../../utils/extension/library/library-route';
import { NotesPanel } from '../NotesPanel';
import { RecordDetails } from '../../shared/RecordDetails';

export interface LibraryRecordViewProps {
  recordId: string;
  recordsById: ReadonlyMap<string, DatasetRecord>;
  titleId: string;
}

export function LibraryRecordView({ recordId, recordsById, titleId }: LibraryRecordViewProps) {
  const record = recordsById.get(recordId);
  if (!record) {
    return (
      <section aria-labelledby={titleId}>
        <h2 id={titleId}>Not found</h2>
        <p class="lens-notice">
          The dataset has no recommendation with the id “{recordId}”. It may have been renamed in a newer version.{' '}
          <a href={libraryHash({ view: 'records' })}>See all recommendations</a>.
        </p>
      </section>
    );
  }
  return (
    <div class="lens-record-page">
      <p class="lens-breadcrumb">
        <a href={libraryHash({ view: 'records' })}>All recommendations</a>
        <span aria-hidden="true"> › </span>
        <span class="lens-record-number">{recordNumber(record)?.long ?? 'Background'}</span>
      </p>
      <RecordDetails
        record={toCardRecord(record)}
        headingLevel={2}
        titleId={titleId}
        timelineInitialCount={Number.MAX_SAFE_INTEGER}
        resolveRelated={(id) => {
          const related = recordsById.get(id);
          return related ? { id, title: related.title } : undefined;
        }}
        relatedHref={(id) => libraryHash({ view: 'record', recordId: id })}
      />
      <NotesPanel recordId={record.id} headingLevel={3} />
    </div>
  );
}
