/**
 * Turns notes into files the user keeps: JSON (complete; `notes-import.ts` reads it back), Markdown (grouped by
 * recommendation, readable on its own) and CSV (one row per note, for spreadsheets). Pure functions: the caller
 * passes the notes and the records they belong to.
 */
import type { InForce, Status } from '../../../data/schema';
import { statusText } from '../../shared/status-labels';
import type { Note } from './notes-repository';

export type NotesExportFormat = 'json' | 'markdown' | 'csv';

export interface NotesExportFile {
  filename: string;
  mimeType: string;
  contents: string;
}

/** Marks a JSON file as ours; `NOTES_FILE_VERSION` changes when its layout does. */
export const NOTES_FILE_FORMAT = 'care-review-lens-notes';
export const NOTES_FILE_VERSION = 1;

/** One note in a JSON export. `recordTitle` is there for people reading the file; import ignores it. */
export interface ExportedNote {
  id: string;
  recordId: string;
  recordTitle?: string;
  text: string;
  createdAt: string;
  updatedAt: string;
}

export interface NotesFile {
  format: typeof NOTES_FILE_FORMAT;
  formatVersion: typeof NOTES_FILE_VERSION;
  exportedAt: string;
  datasetVersion?: string;
  notes: ExportedNote[];
}

/** What an export needs of a record; context records (background) have no status. */
export interface ExportRecord {
  id: string;
  title: string;
  status?: Status;
  inForce?: InForce;
  statusAsOf?: string;
}

export interface ExportContext {
  /** The dataset's records, in the order groups should appear. */
  records: readonly ExportRecord[];
  datasetVersion?: string;
  /** When the export was made (defaults to now). */
  exportedAt?: Date;
  /** IANA time zone for dates in the Markdown file (defaults to the browser's). */
  timeZone?: string;
}

function liveNotesInOrder(notes: readonly Note[]): Note[] {
  return notes
    .filter((note) => !note.deletedAt)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

function titleLookup(context: ExportContext): Map<string, ExportContext['records'][number]> {
  return new Map(context.records.map((record) => [record.id, record]));
}

function datePart(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function notesToJson(notes: readonly Note[], context: ExportContext): NotesExportFile {
  const exportedAt = context.exportedAt ?? new Date();
  const records = titleLookup(context);
  const file: NotesFile = {
    format: NOTES_FILE_FORMAT,
    formatVersion: NOTES_FILE_VERSION,
    exportedAt: exportedAt.toISOString(),
    ...(context.datasetVersion ? { datasetVersion: context.datasetVersion } : {}),
    notes: liveNotesInOrder(notes).map((note) => {
      const title = records.get(note.recordId)?.title;
      return {
        id: note.id,
        recordId: note.recordId,
        ...(title ? { recordTitle: title } : {}),
        text: note.text,
        createdAt: note.createdAt,
        updatedAt: note.updatedAt,
      };
    }),
  };
  return {
    filename: `care-review-lens-notes-${datePart(exportedAt)}.json`,
    mimeType: 'application/json',
    contents: `${JSON.stringify(file, null, 2)}\n`,
  };
}

function readableDate(iso: string, timeZone?: string): string {
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone }).format(new Date(iso));
}

/**
 * Note text is the user's own Markdown-ish prose, kept as written, but HTML in it must stay text in any Markdown
 * viewer, so `<` and `&` are backslash-escaped (CommonMark shows them literally).
 */
function quoteNoteText(text: string): string {
  return text
    .replace(/([\\<&])/g, '\\$1')
    .split(/\r?\n/)
    .map((line) => (line === '' ? '>' : `> ${line}`))
    .join('\n');
}

function escapeHeading(text: string): string {
  return text.replace(/([\\`*_[\]<&#])/g, '\\$1');
}

export function notesToMarkdown(notes: readonly Note[], context: ExportContext): NotesExportFile {
  const exportedAt = context.exportedAt ?? new Date();
  const live = liveNotesInOrder(notes);
  const groups = new Map<string, Note[]>();
  for (const note of live) groups.set(note.recordId, [...(groups.get(note.recordId) ?? []), note]);
  const records = titleLookup(context);
  const knownOrder = context.records.map((record) => record.id).filter((id) => groups.has(id));
  const unknown = [...groups.keys()].filter((id) => !records.has(id)).sort();

  const noteWord = live.length === 1 ? 'note' : 'notes';
  const recordWord = groups.size === 1 ? 'recommendation' : 'recommendations';
  const lines: string[] = [
    '# My notes — Care Review Lens',
    '',
    `Notes on the 2022 Independent Review of Children's Social Care, exported ${readableDate(exportedAt.toISOString(), context.timeZone)}.`,
    `${live.length} ${noteWord} on ${groups.size} ${recordWord}` +
      (context.datasetVersion ? `; dataset version ${context.datasetVersion}.` : '.'),
  ];
  if (live.length === 0) lines.push('', 'There are no notes yet.');

  for (const recordId of [...knownOrder, ...unknown]) {
    const record = records.get(recordId);
    lines.push('', `## ${escapeHeading(record?.title ?? recordId)}`, '');
    lines.push(
      !record
        ? `Recommendation \`${recordId}\` · no longer in the dataset`
        : record.status
          ? `Recommendation \`${recordId}\` · status: ${statusText(record.status, record.inForce)} (as of ${record.statusAsOf})`
          : `Background record \`${recordId}\``,
    );
    for (const note of groups.get(recordId) ?? []) {
      const edited =
        note.updatedAt !== note.createdAt ? ` (edited ${readableDate(note.updatedAt, context.timeZone)})` : '';
      lines.push('', `### ${readableDate(note.createdAt, context.timeZone)}${edited}`, '', quoteNoteText(note.text));
    }
  }
  return {
    filename: `care-review-lens-notes-${datePart(exportedAt)}.md`,
    mimeType: 'text/markdown',
    contents: `${lines.join('\n')}\n`,
  };
}

export const NOTES_CSV_COLUMNS = ['note_id', 'record_id', 'record_title', 'created_at', 'updated_at', 'text'] as const;

/**
 * Quotes a CSV field when needed (RFC 4180). A field that a spreadsheet would run as a formula gets a leading
 * apostrophe, the usual guard against formula injection.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function notesToCsv(notes: readonly Note[], context: ExportContext): NotesExportFile {
  const exportedAt = context.exportedAt ?? new Date();
  const records = titleLookup(context);
  const rows = liveNotesInOrder(notes)
    .sort((a, b) => a.recordId.localeCompare(b.recordId))
    .map((note) =>
      [note.id, note.recordId, records.get(note.recordId)?.title ?? '', note.createdAt, note.updatedAt, note.text]
        .map(csvField)
        .join(','),
    );
  // The byte-order mark makes spreadsheet programs read the file as UTF-8.
  return {
    filename: `care-review-lens-notes-${datePart(exportedAt)}.csv`,
    mimeType: 'text/csv',
    contents: `\uFEFF${[NOTES_CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`,
  };
}

export function exportNotes(
  format: NotesExportFormat,
  notes: readonly Note[],
  context: ExportContext,
): NotesExportFile {
  if (format === 'json') return notesToJson(notes, context);
  if (format === 'markdown') return notesToMarkdown(notes, context);
  return notesToCsv(notes, context);
}
