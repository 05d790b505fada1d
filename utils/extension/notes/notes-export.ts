/**
 * Turns notes into files the user keeps: JSON (complete; `notes-import.ts` reads it back), Markdown (grouped by
 * recommendation, readable on its own) and CSV (one row per note, for spreadsheets). Pure functions: the caller
 * passes the notes and the records they belong to.
 */
import type { InForce, Status } from '../../../data/schema';
import { statusText } from '../../shared/status-labels';
import type { Note, NoteArticle } from './notes-repository';

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
  /** The article the note was written on (a card's note). */
  article?: NoteArticle;
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
        ...(note.article ? { article: { ...note.article } } : {}),
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
 * Characters of note text that Markdown would turn into markup: HTML and entities (`<`, `&`), links, images and
 * link reference definitions (`[`, `]`), and the backslash itself. Each is backslash-escaped, which CommonMark
 * shows as the plain character, so `[x](javascript:…)` and `![x](…)` stay text in any viewer.
 */
const MARKDOWN_ACTIVE = /([\\<&[\]])/g;
/** Every line break a note may hold, including a lone CR (which Markdown viewers also treat as one). */
const LINE_BREAK = /\r\n|\r|\n/;

/** Note text is the user's own prose, kept as written, as a block quote whose every line stays inside the quote. */
export function quoteNoteText(text: string): string {
  return text
    .replace(MARKDOWN_ACTIVE, '\\$1')
    .split(LINE_BREAK)
    .map((line) => (line === '' ? '>' : `> ${line}`))
    .join('\n');
}

/** Text from outside the dataset on one line of Markdown (an article's title): escaped, line breaks as spaces. */
function escapeInline(text: string): string {
  return text.replace(/([\\`*_[\]<&#!])/g, '\\$1').replace(/[\r\n]+/g, ' ');
}

/** Code span that holds any text: a fence longer than any backtick run inside it. */
function inlineCode(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence} ${text.replace(/[\r\n]+/g, ' ')} ${fence}`;
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
      // The article's address is printed as code, never as a link: it came from a web page.
      if (note.article) {
        lines.push('', `Written while reading “${escapeInline(note.article.title)}”, ${inlineCode(note.article.url)}`);
      }
    }
  }
  return {
    filename: `care-review-lens-notes-${datePart(exportedAt)}.md`,
    mimeType: 'text/markdown',
    contents: `${lines.join('\n')}\n`,
  };
}

export const NOTES_CSV_COLUMNS = [
  'note_id',
  'record_id',
  'record_title',
  'created_at',
  'updated_at',
  'text',
  'article_title',
  'article_url',
] as const;

/**
 * Where a spreadsheet may start reading a cell: the field's start, and after any character some spreadsheet
 * program splits on (comma, semicolon in many European locales, tab, pipe) or a line break. A formula sign there
 * (`=`, `+`, `-`, `@`, their full-width forms, or a leading tab or CR) gets an apostrophe before it.
 */
const FORMULA_START = /(^|[,;\t|\r\n])([ \t]*)([=+\-@\uFF1D\uFF0B\uFF0D\uFF20\t\r])/g;

/**
 * One CSV field (RFC 4180), always quoted, so no separator or line break inside it can end the cell in any locale;
 * formula signs wherever a cell could begin are neutralised (see FORMULA_START).
 */
export function csvField(value: string): string {
  const safe = value.replace(FORMULA_START, "$1$2'$3");
  return `"${safe.replace(/"/g, '""')}"`;
}

export function notesToCsv(notes: readonly Note[], context: ExportContext): NotesExportFile {
  const exportedAt = context.exportedAt ?? new Date();
  const records = titleLookup(context);
  const rows = liveNotesInOrder(notes)
    .sort((a, b) => a.recordId.localeCompare(b.recordId))
    .map((note) =>
      [
        note.id,
        note.recordId,
        records.get(note.recordId)?.title ?? '',
        note.createdAt,
        note.updatedAt,
        note.text,
        note.article?.title ?? '',
        note.article?.url ?? '',
      ]
        .map(csvField)
        .join(','),
    );
  // The byte-order mark makes spreadsheet programs read the file as UTF-8.
  return {
    filename: `care-review-lens-notes-${datePart(exportedAt)}.csv`,
    mimeType: 'text/csv',
    contents: `\uFEFF${[NOTES_CSV_COLUMNS.map(csvField).join(','), ...rows].join('\r\n')}\r\n`,
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
