/**
 * The user's private notes on one recommendation: list, add, edit, delete, each undoable. Notes live in the
 * extension's database only; the list updates at once when any other extension page changes them.
 */
import { useState } from 'preact/hooks';
import { liveNotes } from '../../utils/extension/notes/notes-repository';
import { useNoteActions } from '../../utils/extension/hooks/use-note-actions';
import { useObservable } from '../../utils/extension/hooks/use-observable';
import { NoteItem } from './NoteItem';
import { UndoNotice } from './UndoNotice';

export interface NotesPanelProps {
  recordId: string;
  headingLevel?: 2 | 3;
}

export function NotesPanel({ recordId, headingLevel = 3 }: NotesPanelProps) {
  const notes = useObservable(() => liveNotes(recordId), [recordId]);
  const actions = useNoteActions();
  const [draft, setDraft] = useState('');
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const headingId = `notes-heading-${recordId}`;
  const inputId = `note-new-${recordId}`;

  const hasText = draft.trim() !== '';
  const add = async (event: Event) => {
    event.preventDefault();
    if (!hasText) return;
    if (await actions.add(recordId, draft)) setDraft('');
  };

  return (
    <section class="lens-notes" aria-labelledby={headingId}>
      <Heading id={headingId} class="lens-notes-heading">
        Your notes
      </Heading>
      <p class="lens-muted lens-small">Private: kept in this browser only, never shown on web pages.</p>
      {notes.error !== undefined && (
        <p role="alert" class="lens-error">
          {notes.error instanceof Error ? notes.error.message : String(notes.error)}
        </p>
      )}
      {notes.value && notes.value.length > 0 && (
        <ul class="lens-note-list">
          {notes.value.map((note) => (
            <NoteItem
              key={note.id}
              note={note}
              onSave={(text) => actions.edit(note.id, text)}
              onDelete={() => void actions.remove(note.id)}
            />
          ))}
        </ul>
      )}
      {notes.value && notes.value.length === 0 && <p class="lens-muted">No notes yet.</p>}
      <UndoNotice actions={actions} />
      <form class="lens-note-form" onSubmit={add}>
        <label for={inputId} class="lens-label">
          Add a note
        </label>
        <textarea
          id={inputId}
          class="lens-textarea"
          rows={3}
          value={draft}
          onInput={(event) => setDraft(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void add(event);
          }}
        />
        <p class="lens-button-row">
          <button type="submit" class="lens-primary-button" disabled={!hasText}>
            Save note
          </button>
        </p>
      </form>
    </section>
  );
}
