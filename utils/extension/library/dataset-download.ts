/**
 * The public dataset as files a researcher can take away: JSON (the same array of records that
 * `npm run --silent dataset -- --json` prints) and CSV (one row per record, lists joined, for spreadsheets).
 * Context records (background) leave the status columns empty; their `ask` column holds what the thing is.
 * The file names carry the dataset's version and as-of date, so a copy always says which dataset it is.
 */
import type { DatasetMeta, DatasetRecord } from '../../../data/schema';
import { statusText } from '../../shared/status-labels';

export interface DatasetFile {
  filename: string;
  mimeType: string;
  contents: string;
}

export const DATASET_CSV_COLUMNS = [
  'id',
  'kind',
  'theme',
  'title',
  'ask',
  'figures',
  'response',
  'status',
  'statusAsOf',
  'statusReason',
  'caveats',
  'confidence',
  'timeline',
  'sources',
  'terms',
  'related',
  // second edition
  'chapter',
  'order',
  'statusLabel',
  'inForce',
  'actSections',
  'actCommencement',
  'statusHistory',
  'aliases',
] as const;

function baseName(meta: DatasetMeta): string {
  return `care-review-lens-dataset-${meta.version}-as-of-${meta.asOf}`;
}

export function datasetJsonFile(meta: DatasetMeta, records: readonly DatasetRecord[]): DatasetFile {
  return {
    filename: `${baseName(meta)}.json`,
    mimeType: 'application/json',
    contents: `${JSON.stringify(records, null, 2)}\n`,
  };
}

function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

type Row = Record<(typeof DATASET_CSV_COLUMNS)[number], string>;

/** The status columns: a context record (background) has none, and its `ask` holds what it is. */
function statusColumns(
  record: DatasetRecord,
): Omit<Row, 'id' | 'kind' | 'theme' | 'title' | 'timeline' | 'sources' | 'terms' | 'related' | 'aliases'> {
  if (record.kind === 'context') {
    const empty = { figures: '', response: '', status: '', statusAsOf: '', statusReason: '', caveats: '' };
    return {
      ...empty,
      ask: record.about,
      confidence: '',
      chapter: '',
      order: '',
      statusLabel: '',
      inForce: '',
      actSections: '',
      actCommencement: '',
      statusHistory: '',
    };
  }
  return {
    ask: record.ask,
    figures: record.figures.join('; '),
    response: record.response,
    status: record.status,
    statusAsOf: record.statusAsOf,
    statusReason: record.statusReason,
    caveats: (record.caveats ?? []).join('; '),
    confidence: record.confidence,
    chapter: String(record.chapter),
    order: String(record.order),
    statusLabel: statusText(record.status, record.inForce),
    inForce: record.inForce ?? '',
    actSections: (record.act?.sections ?? []).join('; '),
    actCommencement: record.act?.commencement ?? '',
    statusHistory: record.statusHistory
      .map((entry) => `${entry.from}: ${entry.status} (${entry.source.url})`)
      .join('\n'),
  };
}

function csvRow(record: DatasetRecord): string[] {
  const row: Row = {
    id: record.id,
    kind: record.kind,
    theme: record.theme,
    title: record.title,
    ...statusColumns(record),
    timeline: record.timeline
      .map((event) => `${event.date}: ${event.text} (${event.sources.map((s) => s.url).join(' ')})`)
      .join('\n'),
    sources: record.sources.map((source) => source.url).join('\n'),
    terms: record.terms.map((term) => term.text).join('; '),
    related: record.related.join('; '),
    aliases: (record.aliases ?? []).join('; '),
  };
  return DATASET_CSV_COLUMNS.map((column) => row[column]);
}

/** RFC 4180 CSV with CRLF line ends and a byte-order mark, so spreadsheet programs read "£" and "’" correctly. */
export function datasetCsvFile(meta: DatasetMeta, records: readonly DatasetRecord[]): DatasetFile {
  const lines = [[...DATASET_CSV_COLUMNS], ...records.map(csvRow)].map((cells) => cells.map(csvCell).join(','));
  return {
    filename: `${baseName(meta)}.csv`,
    mimeType: 'text/csv',
    contents: `\uFEFF${lines.join('\r\n')}\r\n`,
  };
}
