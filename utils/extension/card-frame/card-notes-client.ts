/**
 * The card frame's notes, through the background (see utils/extension/notes/card-notes-protocol.ts): the live list,
 * and the same add / update / delete / restore as the notes repository, so the card's note actions and undo work
 * as the library's do. The port is opened again when the background's worker was stopped in between.
 */
import { browser, type Browser } from 'wxt/browser';
import { StorageError, type StorageErrorKind } from '../db/storage-errors';
import {
  CARD_NOTES_PORT,
  type CardNoteOperation,
  type CardNotesMessage,
  type CardNotesRequest,
} from '../notes/card-notes-protocol';
import type { Note, NoteChange } from '../notes/notes-repository';
import type { NotesStore } from '../hooks/use-note-actions';

export interface CardNotesClient extends NotesStore {
  /** Connects (again) and calls `listener` with every list of live notes the background sends. */
  follow(listener: (notes: Note[]) => void): void;
}

export function createCardNotesClient(): CardNotesClient {
  let port: Browser.runtime.Port | null = null;
  let listener: (notes: Note[]) => void = () => {};
  let nextId = 1;
  const pending = new Map<number, { resolve(value: unknown): void; reject(error: unknown): void }>();

  const connect = (): Browser.runtime.Port => {
    if (port) return port;
    const opened = browser.runtime.connect({ name: CARD_NOTES_PORT });
    opened.onMessage.addListener((message: CardNotesMessage) => {
      if (message.type === 'notes') listener(message.notes);
      else {
        const waiting = pending.get(message.requestId);
        pending.delete(message.requestId);
        if (message.ok) waiting?.resolve(message.value);
        else waiting?.reject(new StorageError(message.error.kind as StorageErrorKind, message.error.message));
      }
    });
    opened.onDisconnect.addListener(() => {
      port = null;
      for (const waiting of pending.values()) {
        waiting.reject(new StorageError('unavailable', 'The extension stopped before the note was saved: try again.'));
      }
      pending.clear();
    });
    port = opened;
    return opened;
  };

  const request = <T>(operation: CardNoteOperation): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const requestId = nextId++;
      pending.set(requestId, { resolve: resolve as (value: unknown) => void, reject });
      const message: CardNotesRequest = { ...operation, type: 'note-op', requestId };
      connect().postMessage(message);
    });

  return {
    follow(next) {
      listener = next;
      connect();
    },
    add: (recordId, text) => request<Note>({ op: 'add', recordId, text }),
    update: (id, text) => request<NoteChange>({ op: 'update', id, text }),
    remove: (id) => request<Note>({ op: 'delete', id }),
    restore: (note) => request<Note>({ op: 'restore', note }),
  };
}
