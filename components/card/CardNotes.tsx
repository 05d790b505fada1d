/**
 * The reader's private notes on a record, written where they read: add, edit and delete, each with undo, as in the
 * library. The background files a new note with the title and address of the article's tab (the browser's record
 * of it, never the page's word). Notes live in the extension's database; the card is an extension page, so nothing
 * of them reaches the news page.
 */
import { useState } from 'preact/hooks';
import type { Note } from '../../utils/extension/notes/notes-repository';
import { useNoteActions, type NotesStore } from '../../utils/extension/hooks/use-note-actions';
import { openLibraryAtRecord } from '../../utils/extension/library/open-library';
import { NoteItem } from '../pages/NoteItem';
import { UndoNotice } from '../pages/UndoNotice';

export interface CardNotesProps {
  recordId: string;
  notes: readonly Note[] | undefined;
  store: NotesStore;
}

export function CardNotes({ recordId, notes, store }: CardNotesProps) {
  const actions = useNoteActions(store);
  const [draft, setDraft] = useState('');
  const inputId = `crl-note-new-${recordId}`;
  const add = async (event: Event) => {
    event.preventDefault();
    if (await actions.add(recordId, draft)) setDraft('');
  };
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
      {notes && notes.length > 0 && (
        <ul class="lens-note-list">
          {notes.map((note) => (
            <NoteItem
              key={note.id}
              note={note}
              onSave={(text) => actions.edit(note.id, text)}
              onDelete={() => void actions.remove(note.id)}
            />
          ))}
        </ul>
      )}
      <UndoNotice actions={actions} />
      <form class="crl-note-form" onSubmit={add}>
        <label for={inputId} class="crl-label">
          Add a note
        </label>
        <textarea
          id={inputId}
          class="lens-textarea"
          rows={2}
          value={draft}
          onInput={(event) => setDraft(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void add(event);
          }}
        />
        <button type="submit" class="crl-action">
          Save note
        </button>
      </form>
    </section>
  );
}
