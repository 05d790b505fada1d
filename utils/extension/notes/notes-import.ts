/**
 * Imports a JSON notes file made by `notes-export.ts`. The whole file is checked first (size, JSON, format,
 * version, every note); only a file that passes is applied, in one transaction, so a bad file changes nothing.
 * Notes merge by id: the version with the later `updatedAt` wins, and a note deleted here after the file's
 * version was saved stays deleted. Note text is stored as it is; markup in it stays text.
 */
import * as v from 'valibot';
import { aliasMap, currentRecordId, getBundledDataset } from '../db/dataset-sync';
import { db, type NoteRow } from '../db/db';
import { NOTES_FILE_FORMAT, NOTES_FILE_VERSION } from './notes-export';
import {
  ARTICLE_TITLE_MAX,
  ARTICLE_URL_MAX,
  NOTE_MAX_LENGTH,
  RECORD_ID_PATTERN,
  cleanArticle,
  toNoteRow,
  type Note,
} from './notes-repository';
import { withStorageErrors } from '../db/storage-errors';
import { errorMessage } from '../error-message';

/** Largest file accepted. A note is at most 20,000 characters, so this holds several hundred long notes. */
export const NOTES_IMPORT_MAX_BYTES = 10 * 1024 * 1024;

export type NotesImportProblem =
  | 'too-large'
  | 'empty'
  | 'not-json'
  | 'truncated'
  | 'not-notes-file'
  | 'wrong-version'
  | 'invalid-note'
  | 'duplicate-note';

/** A file that cannot be imported. `message` tells the user exactly what is wrong; nothing was changed. */
export class NotesImportError extends Error {
  override readonly name = 'NotesImportError';
  readonly problem: NotesImportProblem;

  constructor(problem: NotesImportProblem, message: string) {
    super(message);
    this.problem = problem;
  }
}

export interface NotesImportReport {
  /** Notes in the file. */
  total: number;
  /** New notes added. */
  added: number;
  /** Notes replaced because the file's version was newer. */
  updated: number;
  /** Notes already here in the same or a newer version. */
  unchanged: number;
  /** Notes the file has but which were deleted here later than the file's version. */
  keptDeleted: number;
}

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const dateTime = v.pipe(
  v.string('must be a date and time'),
  v.regex(ISO_DATE_TIME, 'must be an ISO date and time such as 2026-03-04T09:15:00Z'),
  v.check((value) => !Number.isNaN(Date.parse(value)), 'must be a real date and time'),
  v.transform((value) => new Date(value).toISOString()),
);

/** A file may be a day ahead (time zones, a clock a little fast), never more. */
const FUTURE_SLACK_MS = 24 * 60 * 60 * 1000;

const ArticleSchema = v.object({
  title: v.pipe(v.string('must be text'), v.maxLength(ARTICLE_TITLE_MAX, 'is too long for a title')),
  url: v.pipe(
    v.string('must be text'),
    v.maxLength(ARTICLE_URL_MAX, 'is too long for an address'),
    v.regex(/^https?:\/\//i, 'must be an http or https address'),
    v.check((value) => cleanArticle({ title: '', url: value }) !== undefined, 'must be a web address'),
  ),
});

const noteSchema = (latest: string) =>
  v.pipe(
    v.object({
      id: v.pipe(
        v.string('must be text'),
        v.minLength(1, 'must not be empty'),
        v.maxLength(200, 'is too long for an id'),
      ),
      recordId: v.pipe(
        v.string('must be text'),
        v.regex(RECORD_ID_PATTERN, 'must be a recommendation id like family-help'),
      ),
      text: v.pipe(
        v.string('must be text'),
        v.check((value) => value.trim() !== '', 'must not be empty'),
        v.maxLength(NOTE_MAX_LENGTH, `must be at most ${NOTE_MAX_LENGTH.toLocaleString('en-GB')} characters`),
      ),
      createdAt: notInFuture(latest),
      updatedAt: notInFuture(latest),
      article: v.optional(ArticleSchema),
    }),
    v.check((note) => note.createdAt <= note.updatedAt, 'was updated before it was created (updatedAt < createdAt)'),
  );

/**
 * A date more than a day ahead would win every later merge: it would overwrite the reader's edits and bring
 * deleted notes back. Such a file is refused.
 */
function notInFuture(latest: string) {
  return v.pipe(
    dateTime,
    v.check(
      (value: string) => value <= latest,
      'is in the future: a notes file can be at most a day ahead of this computer’s clock',
    ),
  );
}

const FileHeaderSchema = v.object({
  format: v.literal(NOTES_FILE_FORMAT),
  formatVersion: v.number(),
});

const notesFileSchema = (latest: string) =>
  v.object({
    format: v.literal(NOTES_FILE_FORMAT),
    formatVersion: v.literal(NOTES_FILE_VERSION),
    notes: v.array(noteSchema(latest), 'must be a list of notes'),
  });

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function checkSize(bytes: number): void {
  if (bytes > NOTES_IMPORT_MAX_BYTES) {
    throw new NotesImportError(
      'too-large',
      `This file is ${megabytes(bytes)}; notes files of up to ${megabytes(NOTES_IMPORT_MAX_BYTES)} can be imported. ` +
        'Check that it is a Care Review Lens notes export. Nothing was imported.',
    );
  }
}

/** True when JSON text ends inside a string or with objects or arrays still open: the tail is missing. */
function looksCutOff(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (inString) {
      if (char === '\\') i += 1;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{' || char === '[') depth += 1;
    else if (char === '}' || char === ']') depth -= 1;
  }
  return inString || depth > 0;
}

function parseJson(text: string): unknown {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') throw new NotesImportError('empty', 'This file is empty. Nothing was imported.');
  try {
    return JSON.parse(trimmed);
  } catch (error) {
    const reason = errorMessage(error);
    if (looksCutOff(trimmed)) {
      throw new NotesImportError(
        'truncated',
        'This file is cut off: it ends before the notes list is complete, perhaps because a download or copy ' +
          'did not finish. Export your notes again and import the new file. Nothing was imported.',
      );
    }
    throw new NotesImportError(
      'not-json',
      `This file is not valid JSON (${reason}). Choose a JSON file exported by Care Review Lens. Nothing was imported.`,
    );
  }
}

/** "Note 3 of 12 (id 1f0c…): “updatedAt” must be an ISO date and time …" for the first thing wrong. */
function describeIssue(issues: [v.BaseIssue<unknown>, ...v.BaseIssue<unknown>[]], data: unknown): string {
  const issue = issues[0];
  const [first, second, third] = (issue.path ?? []).map((item) => item.key);
  const problem = issue.input === undefined && issue.path?.length ? 'is missing' : issue.message;
  let sentence: string;
  if (first === 'notes' && typeof second === 'number') {
    const notes = (data as { notes: unknown[] }).notes;
    const id = (notes[second] as { id?: unknown } | undefined)?.id;
    const label = typeof id === 'string' && id ? ` (id ${id.slice(0, 40)})` : '';
    const subject = typeof third === 'string' ? `its “${third}”` : 'it';
    sentence = `Note ${second + 1} of ${notes.length}${label}: ${subject} ${problem}`;
  } else if (typeof first === 'string') {
    sentence = `The file’s “${first}” ${problem}`;
  } else {
    sentence = `The file ${problem}`;
  }
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
  return `${sentence}${more}. Nothing was imported.`;
}

/**
 * Checks a notes file completely; returns its notes or throws a `NotesImportError` saying what is wrong.
 * `now` is the clock dates are checked against (a test passes its own).
 */
export function parseNotesFile(text: string, now: Date = new Date()): Note[] {
  checkSize(new TextEncoder().encode(text).length);
  return checkNotesData(parseJson(text), now);
}

/**
 * Checks parsed file data: the format marker, the version and every note. Only the known fields of each note are
 * copied, into fresh objects, so nothing the data carries besides them (own or inherited) reaches the database.
 */
export function checkNotesData(data: unknown, now: Date = new Date()): Note[] {
  const header = v.safeParse(FileHeaderSchema, data);
  if (!header.success) {
    throw new NotesImportError(
      'not-notes-file',
      'This is not a Care Review Lens notes file: it lacks the “format”: “care-review-lens-notes” marker that ' +
        'every notes export starts with. Nothing was imported.',
    );
  }
  if (header.output.formatVersion !== NOTES_FILE_VERSION) {
    throw new NotesImportError(
      'wrong-version',
      `This notes file has format version ${header.output.formatVersion}, but this version of Care Review Lens ` +
        `reads version ${NOTES_FILE_VERSION}. ` +
        (header.output.formatVersion > NOTES_FILE_VERSION
          ? 'Update the extension, then import the file again.'
          : 'It is not a version any Care Review Lens has written.') +
        ' Nothing was imported.',
    );
  }
  const latest = new Date(now.getTime() + FUTURE_SLACK_MS).toISOString();
  const parsed = v.safeParse(notesFileSchema(latest), data);
  if (!parsed.success) throw new NotesImportError('invalid-note', describeIssue(parsed.issues, data));
  const seen = new Map<string, number>();
  parsed.output.notes.forEach((note, index) => {
    const earlier = seen.get(note.id);
    if (earlier !== undefined) {
      throw new NotesImportError(
        'duplicate-note',
        `Notes ${earlier + 1} and ${index + 1} have the same id (${note.id}); a file must hold each note once. ` +
          'Nothing was imported.',
      );
    }
    seen.set(note.id, index);
  });
  return parsed.output.notes.map(({ article, ...note }) => {
    const kept = cleanArticle(article);
    return kept ? { ...note, article: kept } : note;
  });
}

/** Reads a chosen file, refusing an oversized one before reading it into memory. */
export async function readNotesFile(file: Blob): Promise<string> {
  checkSize(file.size);
  return file.text();
}

function mergeRow(stored: NoteRow | undefined, incoming: Note): { row?: NoteRow; outcome: keyof NotesImportReport } {
  if (!stored) return { row: toNoteRow(incoming), outcome: 'added' };
  if (incoming.updatedAt <= stored.updatedAt) {
    return { outcome: stored.deleted === 1 ? 'keptDeleted' : 'unchanged' };
  }
  return { row: toNoteRow(incoming), outcome: 'updated' };
}

/**
 * Merges already-validated notes into the database in one transaction: all of them, or none if anything fails
 * (the failure rejects as a `StorageError`).
 */
export async function applyImportedNotes(imported: readonly Note[]): Promise<NotesImportReport> {
  // A file exported before records were merged or renamed names their old ids: file those notes under the record now.
  const aliases = aliasMap(getBundledDataset());
  const notes = imported.map((note) => ({ ...note, recordId: currentRecordId(note.recordId, aliases) }));
  const report: NotesImportReport = { total: notes.length, added: 0, updated: 0, unchanged: 0, keptDeleted: 0 };
  await withStorageErrors('import the notes', () =>
    db.transaction('rw', db.notes, async () => {
      const stored = await db.notes.bulkGet(notes.map((note) => note.id));
      const rows: NoteRow[] = [];
      notes.forEach((note, index) => {
        const { row, outcome } = mergeRow(stored[index], note);
        report[outcome] += 1;
        if (row) rows.push(row);
      });
      await db.notes.bulkPut(rows);
    }),
  );
  return report;
}

/** Validates then imports a notes file (its text, or the file itself). */
export async function importNotesFile(file: string | Blob): Promise<NotesImportReport> {
  const text = typeof file === 'string' ? file : await readNotesFile(file);
  return applyImportedNotes(parseNotesFile(text));
}

/** One sentence for the user after a successful import. */
export function describeImport(report: NotesImportReport): string {
  const parts = [`${report.added} added`, `${report.updated} updated`, `${report.unchanged} already up to date`];
  if (report.keptDeleted > 0)
    parts.push(`${report.keptDeleted} left deleted (you deleted them after this file was made)`);
  const noun = report.total === 1 ? 'note' : 'notes';
  return `Imported ${report.total} ${noun}: ${parts.join(', ')}.`;
}
