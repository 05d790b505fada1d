/** Every note the user has written, searchable, each with its recommendation; edit, delete and undo in place. */
import { useState } from 'preact/hooks';
import type { DatasetRecord } from '../../../data/schema';
import { libraryHash } from '../../../utils/extension/library/library-route';
import { liveNotes } from '../../../utils/extension/notes/notes-repository';
import { searchNotes } from '../../../utils/extension/notes/notes-search';
import { useNoteActions } from '../../../utils/extension/hooks/use-note-actions';
import { useObservable } from '../../../utils/extension/hooks/use-observable';
import { NoteItem } from '../NoteItem';
import { UndoNotice } from '../UndoNotice';
import { SearchField } from '../SearchField';
import { errorMessage } from '../../../utils/extension/error-message';

export interface NotesBrowserProps {
  recordsById: ReadonlyMap<string, DatasetRecord>;
  titleId: string;
}

export function NotesBrowser({ recordsById, titleId }: NotesBrowserProps) {
  const notes = useObservable(() => liveNotes(), []);
  const actions = useNoteActions();
  const [query, setQuery] = useState('');
  const titleOf = (recordId: string) => recordsById.get(recordId)?.title ?? `${recordId} (no longer in the dataset)`;
  const hits = searchNotes(notes.value ?? [], titleOf, query);
  const total = notes.value?.length ?? 0;

  return (
    <section aria-labelledby={titleId} class="lens-notes-browser">
      <h2 id={titleId}>Your notes</h2>
      <p class="lens-muted">
        Private: kept in this browser only, never shown on web pages. Add notes from a recommendation’s page or the
        popup.
      </p>
      <SearchField id="notes-search" label="Search your notes" value={query} onInput={setQuery} />
      <p role="status" class="lens-muted">
        {notes.value === undefined
          ? 'Loading notes…'
          : query.trim()
            ? `${hits.length} of ${total} notes match`
            : `${total} ${total === 1 ? 'note' : 'notes'}`}
      </p>
      {notes.error !== undefined && (
        <p role="alert" class="lens-error">
          {errorMessage(notes.error)}
        </p>
      )}
      <UndoNotice actions={actions} />
      <ul class="lens-note-list">
        {hits.map(({ note, recordTitle, textRanges }) => (
          <NoteItem
            key={note.id}
            note={note}
            ranges={textRanges}
            onSave={(text) => actions.edit(note.id, text)}
            onDelete={() => void actions.remove(note.id)}
            context={
              <p class="lens-note-record">
                <a href={libraryHash({ view: 'record', recordId: note.recordId })}>{recordTitle}</a>
              </p>
            }
          />
        ))}
      </ul>
    </section>
  );
}
