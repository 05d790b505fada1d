/**
 * The user's private notes on one recommendation: list, add, edit, delete, each undoable. Notes live in the
 * extension's database only; the list updates at once when any other extension page changes them.
 */
import { liveNotes } from '../../utils/extension/notes/notes-repository';
import { useNoteActions } from '../../utils/extension/hooks/use-note-actions';
import { useObservable } from '../../utils/extension/hooks/use-observable';
import { NoteForm } from '../shared/NoteForm';
import { NoteList } from './NoteList';
import { UndoNotice } from './UndoNotice';
import { errorMessage } from '../../utils/extension/error-message';

export interface NotesPanelProps {
  recordId: string;
  headingLevel?: 2 | 3;
}

export function NotesPanel({ recordId, headingLevel = 3 }: NotesPanelProps) {
  const notes = useObservable(() => liveNotes(recordId), [recordId]);
  const actions = useNoteActions();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const headingId = `notes-heading-${recordId}`;
  const inputId = `note-new-${recordId}`;

  return (
    <section class="lens-notes" aria-labelledby={headingId}>
      <Heading id={headingId} class="lens-notes-heading">
        Your notes
      </Heading>
      <p class="lens-muted lens-small">Private: kept in this browser only, never shown on web pages.</p>
      {notes.error !== undefined && (
        <p role="alert" class="lens-error">
          {errorMessage(notes.error)}
        </p>
      )}
      <NoteList notes={notes.value} actions={actions} />
      {notes.value && notes.value.length === 0 && <p class="lens-muted">No notes yet.</p>}
      <UndoNotice actions={actions} />
      <NoteForm inputId={inputId} rows={3} onAdd={async (text) => (await actions.add(recordId, text)) !== undefined} />
    </section>
  );
}
