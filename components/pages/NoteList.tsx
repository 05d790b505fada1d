/** The notes on one record, each edited or deleted through `actions`, so the change can be undone. */
import type { Note } from '../../utils/extension/notes/notes-repository';
import type { NoteActions } from '../../utils/extension/hooks/use-note-actions';
import { NoteItem } from './NoteItem';

export function NoteList({ notes, actions }: { notes: readonly Note[] | undefined; actions: NoteActions }) {
  if (!notes || notes.length === 0) return null;
  return (
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
  );
}
