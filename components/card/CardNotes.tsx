/**
 * The reader's private notes on a record, written where they read: add, edit and delete, each with undo, as in the
 * library. The background files a new note with the title and address of the article's tab (the browser's record
 * of it, never the page's word). Notes live in the extension's database; the card is an extension page, so nothing
 * of them reaches the news page.
 */
import type { Note } from '../../utils/extension/notes/notes-repository';
import { useNoteActions, type NotesStore } from '../../utils/extension/hooks/use-note-actions';
import { openLibraryAtRecord } from '../../utils/extension/library/open-library';
import { NoteList } from '../pages/NoteList';
import { UndoNotice } from '../pages/UndoNotice';
import { NoteForm } from '../shared/NoteForm';

export interface CardNotesProps {
  recordId: string;
  notes: readonly Note[] | undefined;
  store: NotesStore;
}

export function CardNotes({ recordId, notes, store }: CardNotesProps) {
  const actions = useNoteActions(store);
  const inputId = `crl-note-new-${recordId}`;
  return (
    <section class="crl-notes" aria-labelledby={`${inputId}-heading`}>
      <h3 class="crl-section-title" id={`${inputId}-heading`}>
        Your notes
      </h3>
      <p class="crl-muted">
        Private: kept in this browser only, never shown to the page.{' '}
        <button type="button" class="crl-link-button" onClick={() => void openLibraryAtRecord(recordId)}>
          Open in the library
        </button>
      </p>
      <NoteList notes={notes} actions={actions} />
      <UndoNotice actions={actions} />
      <NoteForm inputId={inputId} rows={2} onAdd={async (text) => (await actions.add(recordId, text)) !== undefined} />
    </section>
  );
}
