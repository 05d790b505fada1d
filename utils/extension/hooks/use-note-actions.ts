/**
 * Add, edit and delete notes from a view, each with one step of undo, and errors as sentences the user can act on
 * (the repository's `StorageError` messages are written for that).
 */
import { useState } from 'preact/hooks';
import { addNote, deleteNote, restoreNote, updateNote, type Note, type NoteArticle } from '../notes/notes-repository';

export interface UndoableChange {
  kind: 'added' | 'saved' | 'deleted';
  message: string;
  undo(): Promise<unknown>;
}

export interface NoteActions {
  /** The last change, until it is undone or replaced by another. */
  lastChange: UndoableChange | null;
  error: string | null;
  /** `article`: the page the note is written on, when it is written in a card. */
  add(recordId: string, text: string, article?: NoteArticle | null): Promise<Note | undefined>;
  edit(id: string, text: string): Promise<boolean>;
  remove(id: string): Promise<boolean>;
  undo(): Promise<void>;
  dismiss(): void;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function useNoteActions(): NoteActions {
  const [lastChange, setLastChange] = useState<UndoableChange | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function attempt<T>(action: () => Promise<T>, change: (result: T) => UndoableChange): Promise<T | undefined> {
    try {
      const result = await action();
      setError(null);
      setLastChange(change(result));
      return result;
    } catch (failure) {
      setError(messageOf(failure));
      return undefined;
    }
  }

  return {
    lastChange,
    error,
    add: (recordId, text, article) =>
      attempt(
        () => addNote(recordId, text, article),
        (note) => ({ kind: 'added', message: 'Note added.', undo: () => deleteNote(note.id) }),
      ),
    edit: async (id, text) =>
      (await attempt(
        () => updateNote(id, text),
        ({ previous }) => ({ kind: 'saved', message: 'Note saved.', undo: () => restoreNote(previous) }),
      )) !== undefined,
    remove: async (id) =>
      (await attempt(
        () => deleteNote(id),
        (previous) => ({ kind: 'deleted', message: 'Note deleted.', undo: () => restoreNote(previous) }),
      )) !== undefined,
    async undo() {
      if (!lastChange) return;
      try {
        await lastChange.undo();
        setLastChange(null);
        setError(null);
      } catch (failure) {
        setError(messageOf(failure));
      }
    },
    dismiss() {
      setLastChange(null);
      setError(null);
    },
  };
}
