/**
 * Messages from the extension's own pages (popup, library) to the background service worker, via
 * `runtime.sendMessage`. Extension pages may also use `utils/extension/notes/notes-repository.ts` directly; these messages let a
 * page hand work to the worker (and let end-to-end tests drive it). The background answers only senders whose URL
 * is one of this extension's pages: a content script can never read or change notes this way.
 */
import type { Note } from '../notes/notes-repository';
import type { NotesExportFormat, NotesExportFile } from '../notes/notes-export';
import type { NotesImportReport } from '../notes/notes-import';
import type { StorageErrorKind } from '../db/storage-errors';
import type { DatasetMetaRow } from '../db/db';

export type UiToBackgroundMessage =
  | { type: 'care-lens/notes-list'; recordId?: string }
  | { type: 'care-lens/notes-add'; recordId: string; text: string }
  | { type: 'care-lens/notes-update'; id: string; text: string }
  | { type: 'care-lens/notes-delete'; id: string }
  | { type: 'care-lens/notes-restore'; note: Note }
  | { type: 'care-lens/notes-export'; format: NotesExportFormat }
  | { type: 'care-lens/notes-import'; fileText: string }
  | { type: 'care-lens/storage-status' };

/** What the database holds, for the library's "Data" view and for tests. */
export interface StorageStatus {
  dataset: DatasetMetaRow;
  recordCount: number;
  noteCount: number;
}

export interface UiToBackgroundReplies {
  'care-lens/notes-list': Note[];
  'care-lens/notes-add': Note;
  'care-lens/notes-update': { note: Note; previous: Note };
  'care-lens/notes-delete': Note;
  'care-lens/notes-restore': Note;
  'care-lens/notes-export': NotesExportFile;
  'care-lens/notes-import': NotesImportReport;
  'care-lens/storage-status': StorageStatus;
}

/** Every reply is either the value or an error a user can read (`kind` says which sort, for the UI's choices). */
export type BackgroundReply<T> =
  { ok: true; value: T } | { ok: false; error: { kind: StorageErrorKind | 'import' | 'bad-message'; message: string } };

const NOTE_FORMATS: readonly string[] = ['json', 'markdown', 'csv'];

function isString(value: unknown): value is string {
  return typeof value === 'string';
}

function isNoteShape(value: unknown): value is Note {
  if (!value || typeof value !== 'object') return false;
  const note = value as Record<string, unknown>;
  return (
    isString(note.id) &&
    isString(note.recordId) &&
    isString(note.text) &&
    isString(note.createdAt) &&
    isString(note.updatedAt) &&
    (note.deletedAt === undefined || isString(note.deletedAt))
  );
}

export function isUiToBackgroundMessage(value: unknown): value is UiToBackgroundMessage {
  if (!value || typeof value !== 'object') return false;
  const message = value as Record<string, unknown>;
  switch (message.type) {
    case 'care-lens/notes-list':
      return message.recordId === undefined || isString(message.recordId);
    case 'care-lens/notes-add':
      return isString(message.recordId) && isString(message.text);
    case 'care-lens/notes-update':
      return isString(message.id) && isString(message.text);
    case 'care-lens/notes-delete':
      return isString(message.id);
    case 'care-lens/notes-restore':
      return isNoteShape(message.note);
    case 'care-lens/notes-export':
      return isString(message.format) && NOTE_FORMATS.includes(message.format);
    case 'care-lens/notes-import':
      return isString(message.fileText);
    case 'care-lens/storage-status':
      return true;
    default:
      return false;
  }
}
