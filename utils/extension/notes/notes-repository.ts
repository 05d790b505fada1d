/**
 * Notes API for extension pages (popup, library) and the background service worker. Never import it from a
 * content script: the database must stay in the extension's origin.
 *
 * Every function rejects with a {@link StorageError} (kind `quota`, `not-found`, `invalid`, `unavailable` or
 * `database`) whose message can be shown to the user as it is.
 *
 * Live views: {@link liveNotes} returns a Dexie observable that emits again whenever
 * notes change in any context of the extension (another tab, the popup, the service worker), so every open view
 * stays current without reloading.
 *
 * Undo: {@link deleteNote} and {@link updateNote} return the note as it was; pass that to {@link restoreNote}.
 * To undo {@link addNote}, call {@link deleteNote} with the new note's id.
 *
 * @example
 * ```ts
 * const note = await addNote('family-help', 'Raised at the March scrutiny meeting');
 * const subscription = liveNotes('family-help').subscribe((notes) => render(notes));
 * const removed = await deleteNote(note.id);
 * await restoreNote(removed); // undo
 * subscription.unsubscribe();
 * ```
 */
import { liveQuery, type Observable } from 'dexie';
import { db, type NoteRow } from '../db/db';
import { StorageError, withStorageErrors } from '../db/storage-errors';

/** The article a note was written on: its title and address, as the browser reported them for the tab. */
export interface NoteArticle {
  title: string;
  url: string;
}

/** A user's note on one record (recommendation or entity) of the dataset. */
export interface Note {
  /** A random UUID, stable for the note's life (import merges by it). */
  id: string;
  /** The dataset record the note belongs to. */
  recordId: string;
  /** Plain text as the user wrote it; markup in it is text, never rendered as HTML. */
  text: string;
  /** ISO 8601 date-time the note was created. */
  createdAt: string;
  /** ISO 8601 date-time of the last change (edit, delete or restore). */
  updatedAt: string;
  /** Set only on deleted notes (tombstones, kept so imports do not bring a deleted note back). */
  deletedAt?: string;
  /** Where the note was written, when it was written in a card on a news page. Kept in this browser only. */
  article?: NoteArticle;
}

/** Longest note accepted, in characters. */
export const NOTE_MAX_LENGTH = 20_000;
export const RECORD_ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** What {@link updateNote} returns: the saved note and the note as it was (for undo). */
export interface NoteChange {
  note: Note;
  previous: Note;
}

export function toNote(row: NoteRow): Note {
  const note: Note = {
    id: row.id,
    recordId: row.recordId,
    text: row.text,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
  if (row.deleted === 1) note.deletedAt = row.deletedAt ?? row.updatedAt;
  if (row.article) note.article = { title: row.article.title, url: row.article.url };
  return note;
}

export function toNoteRow(note: Note): NoteRow {
  const row: NoteRow = {
    id: note.id,
    recordId: note.recordId,
    text: note.text,
    createdAt: note.createdAt,
    updatedAt: note.updatedAt,
    deleted: note.deletedAt ? 1 : 0,
  };
  if (note.deletedAt) row.deletedAt = note.deletedAt;
  if (note.article) row.article = { title: note.article.title, url: note.article.url };
  return row;
}

function checkText(text: unknown): string {
  if (typeof text !== 'string' || text.trim() === '') {
    throw new StorageError('invalid', 'A note needs some text. Write something, or cancel.');
  }
  const trimmed = text.trim();
  if (trimmed.length > NOTE_MAX_LENGTH) {
    throw new StorageError(
      'invalid',
      `This note is ${trimmed.length.toLocaleString('en-GB')} characters long; ` +
        `a note can hold at most ${NOTE_MAX_LENGTH.toLocaleString('en-GB')}. Split it into several notes.`,
    );
  }
  return trimmed;
}

function checkRecordId(recordId: unknown): string {
  if (typeof recordId !== 'string' || !RECORD_ID_PATTERN.test(recordId)) {
    throw new StorageError('invalid', `“${String(recordId)}” is not a recommendation id, so no note was saved.`);
  }
  return recordId;
}

function nowIso(): string {
  return new Date().toISOString();
}

async function getLiveRow(id: string): Promise<NoteRow> {
  const row = await db.notes.get(id);
  if (!row || row.deleted === 1) {
    throw new StorageError('not-found', 'That note no longer exists; it may have been deleted in another window.');
  }
  return row;
}

// Record ids and ISO dates are plain ASCII, so '' and U+FFFF bound every value they can take.
const LOWEST = '';
const HIGHEST = '\uffff';

function liveRowsQuery(recordId?: string) {
  const index = db.notes.where('[deleted+recordId+createdAt]');
  return recordId === undefined
    ? index.between([0, LOWEST, LOWEST], [0, HIGHEST, HIGHEST])
    : index.between([0, recordId, LOWEST], [0, recordId, HIGHEST]);
}

/** Longest article title and address kept with a note. */
export const ARTICLE_TITLE_MAX = 500;
export const ARTICLE_URL_MAX = 2048;

/**
 * The article as it is kept: an http(s) address without its fragment, and a one-line title, both cut to size.
 * Anything else (a browser page, a data: address) is not kept.
 */
export function cleanArticle(article: NoteArticle | null | undefined): NoteArticle | undefined {
  if (!article || typeof article.url !== 'string' || typeof article.title !== 'string') return undefined;
  let url: URL;
  try {
    url = new URL(article.url);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  url.hash = '';
  const href = url.href;
  if (href.length > ARTICLE_URL_MAX) return undefined;
  const title = article.title.replace(/\s+/g, ' ').trim().slice(0, ARTICLE_TITLE_MAX);
  return { title: title || url.hostname, url: href };
}

/**
 * Creates a note on `recordId`, with the article it was written on when there is one. Rejects with kind `invalid`
 * for blank or over-long text.
 */
export async function addNote(recordId: string, text: string, article?: NoteArticle | null): Promise<Note> {
  const createdAt = nowIso();
  const row: NoteRow = {
    id: crypto.randomUUID(),
    recordId: checkRecordId(recordId),
    text: checkText(text),
    createdAt,
    updatedAt: createdAt,
    deleted: 0,
  };
  const kept = cleanArticle(article);
  if (kept) row.article = kept;
  await withStorageErrors('save the note', () => db.notes.add(row));
  return toNote(row);
}

/** Replaces a note's text. Returns the saved note and the previous version (for undo). */
export async function updateNote(id: string, text: string): Promise<NoteChange> {
  const newText = checkText(text);
  return withStorageErrors('save the note', () =>
    db.transaction('rw', db.notes, async () => {
      const previous = await getLiveRow(id);
      const updated: NoteRow = { ...previous, text: newText, updatedAt: nowIso() };
      await db.notes.put(updated);
      return { note: toNote(updated), previous: toNote(previous) };
    }),
  );
}

/**
 * Deletes a note (keeping a tombstone without its text). Returns the note as it was before, which
 * {@link restoreNote} takes to undo the deletion.
 */
export async function deleteNote(id: string): Promise<Note> {
  return withStorageErrors('delete the note', () =>
    db.transaction('rw', db.notes, async () => {
      const previous = await getLiveRow(id);
      const deletedAt = nowIso();
      await db.notes.put({ ...previous, text: '', deleted: 1, deletedAt, updatedAt: deletedAt });
      return toNote(previous);
    }),
  );
}

/**
 * Undo: puts back a note exactly as `snapshot` had it (text, record, creation date), live, with `updatedAt` set to
 * now so later imports treat the restored version as the newest.
 */
export async function restoreNote(snapshot: Note): Promise<Note> {
  const row: NoteRow = {
    id: snapshot.id,
    recordId: checkRecordId(snapshot.recordId),
    text: checkText(snapshot.text),
    createdAt: snapshot.createdAt,
    updatedAt: nowIso(),
    deleted: 0,
  };
  const kept = cleanArticle(snapshot.article);
  if (kept) row.article = kept;
  await withStorageErrors('restore the note', () => db.notes.put(row));
  return toNote(row);
}

/**
 * Live (not deleted) notes, oldest first: those on `recordId`, or all notes ordered by record id then creation
 * date when `recordId` is left out.
 */
export async function listNotes(recordId?: string): Promise<Note[]> {
  const rows = await withStorageErrors('read your notes', () => liveRowsQuery(recordId).toArray());
  return rows.map(toNote);
}

/** Live notes as an observable that emits whenever they change in any context of the extension. */
export function liveNotes(recordId?: string): Observable<Note[]> {
  return liveQuery(() => listNotes(recordId));
}
