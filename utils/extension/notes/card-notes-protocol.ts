/**
 * How the card frame reaches the reader's notes. The frame is an extension page, but it is embedded in a news
 * site, and browsers that block third-party storage refuse it the extension's IndexedDB there ("access denied").
 * So it keeps a port to the background (`CARD_NOTES_PORT`), which opens the database in the extension's own,
 * first-party origin: the background sends the live notes whenever they change, and performs the frame's note
 * changes. Only a port from the card frame page in a tab is accepted; a new note's article is taken from that tab.
 */
import type { Note, NoteChange } from './notes-repository';

export const CARD_NOTES_PORT = 'care-lens/card-notes';

export type CardNoteOperation =
  | { op: 'add'; recordId: string; text: string }
  | { op: 'update'; id: string; text: string }
  | { op: 'delete'; id: string }
  | { op: 'restore'; note: Note };

export type CardNotesRequest = CardNoteOperation & { type: 'note-op'; requestId: number };

export type CardNotesMessage =
  | { type: 'notes'; notes: Note[] }
  | { type: 'note-op-result'; requestId: number; ok: true; value: Note | NoteChange }
  | { type: 'note-op-result'; requestId: number; ok: false; error: { kind: string; message: string } };

const isText = (value: unknown, max = 100_000): value is string => typeof value === 'string' && value.length <= max;

function isNote(value: unknown): value is Note {
  if (!value || typeof value !== 'object') return false;
  const note = value as Record<string, unknown>;
  return isText(note.id, 200) && isText(note.recordId, 200) && isText(note.text) && isText(note.createdAt, 40);
}

export function isCardNotesRequest(value: unknown): value is CardNotesRequest {
  if (!value || typeof value !== 'object') return false;
  const message = value as Record<string, unknown>;
  if (message.type !== 'note-op' || typeof message.requestId !== 'number') return false;
  switch (message.op) {
    case 'add':
      return isText(message.recordId, 200) && isText(message.text);
    case 'update':
      return isText(message.id, 200) && isText(message.text);
    case 'delete':
      return isText(message.id, 200);
    case 'restore':
      return isNote(message.note);
    default:
      return false;
  }
}
