/**
 * Add, edit and delete notes from a view, each with one step of undo, and errors as sentences the user can act on
 * (the repository's `StorageError` messages are written for that).
 */
import { useState } from 'preact/hooks';
import { addNote, deleteNote, restoreNote, updateNote, type Note, type NoteChange } from '../notes/notes-repository';
import { errorMessage } from '../error-message';

/** Where notes are changed: the repository itself, or (in the card frame) the background acting for it. */
export interface NotesStore {
  add(recordId: string, text: string): Promise<Note>;
  update(id: string, text: string): Promise<NoteChange>;
  remove(id: string): Promise<Note>;
  restore(note: Note): Promise<Note>;
}

const REPOSITORY: NotesStore = { add: addNote, update: updateNote, remove: deleteNote, restore: restoreNote };

export interface UndoableChange {
  kind: 'added' | 'saved' | 'deleted';
  message: string;
  undo(): Promise<unknown>;
}

export interface NoteActions {
  /** The last change, until it is undone or replaced by another. */
  lastChange: UndoableChange | null;
  error: string | null;
  add(recordId: string, text: string): Promise<Note | undefined>;
  edit(id: string, text: string): Promise<boolean>;
  remove(id: string): Promise<boolean>;
  undo(): Promise<void>;
  dismiss(): void;
}

export function useNoteActions(store: NotesStore = REPOSITORY): NoteActions {
  const [lastChange, setLastChange] = useState<UndoableChange | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function attempt<T>(action: () => Promise<T>, change: (result: T) => UndoableChange): Promise<T | undefined> {
    try {
      const result = await action();
      setError(null);
      setLastChange(change(result));
      return result;
    } catch (failure) {
      setError(errorMessage(failure));
      return undefined;
    }
  }

  return {
    lastChange,
    error,
    add: (recordId, text) =>
      attempt(
        () => store.add(recordId, text),
        (note) => ({ kind: 'added', message: 'Note added.', undo: () => store.remove(note.id) }),
      ),
    edit: async (id, text) =>
      (await attempt(
        () => store.update(id, text),
        ({ previous }) => ({ kind: 'saved', message: 'Note saved.', undo: () => store.restore(previous) }),
      )) !== undefined,
    remove: async (id) =>
      (await attempt(
        () => store.remove(id),
        (previous) => ({ kind: 'deleted', message: 'Note deleted.', undo: () => store.restore(previous) }),
      )) !== undefined,
    async undo() {
      if (!lastChange) return;
      try {
        await lastChange.undo();
        setLastChange(null);
        setError(null);
      } catch (failure) {
        setError(errorMessage(failure));
      }
    },
    dismiss() {
      setLastChange(null);
      setError(null);
    },
  };
}
