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
  'chapter',
  'order',
  'theme',
  'title',
  'ask',
  'figures',
  'response',
  'status',
  'statusLabel',
  'inForce',
  'actSections',
  'actCommencement',
  'statusHistory',
  'statusAsOf',
  'statusReason',
  'caveats',
  'confidence',
  'timeline',
  'sources',
  'terms',
  'related',
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

function statusCells(record: DatasetRecord): string[] {
  if (record.kind === 'context') return ['', '', record.about, '', '', '', '', '', '', '', '', '', '', ''];
  return [
    String(record.chapter),
    String(record.order),
    record.ask,
    record.figures.join('; '),
    record.response,
    record.status,
    statusText(record.status, record.inForce),
    record.inForce ?? '',
    (record.act?.sections ?? []).join('; '),
    record.act?.commencement ?? '',
    record.statusHistory.map((entry) => `${entry.from}: ${entry.status} (${entry.source.url})`).join('\n'),
    record.statusAsOf,
    record.statusReason,
    (record.caveats ?? []).join('; '),
  ];
}

function csvRow(record: DatasetRecord): string[] {
  const [chapter, order, ask, ...rest] = statusCells(record);
  const [figures, response, status, label, inForce, sections, commencement, history, asOf, reason, caveats] = rest;
  return [
    record.id,
    record.kind,
    chapter!,
    order!,
    record.theme,
    record.title,
    ask!,
    figures!,
    response!,
    status!,
    label!,
    inForce!,
    sections!,
    commencement!,
    history!,
    asOf!,
    reason!,
    caveats!,
    record.kind === 'recommendation' ? record.confidence : '',
    record.timeline
      .map((event) => `${event.date}: ${event.text} (${event.sources.map((s) => s.url).join(' ')})`)
      .join('\n'),
    record.sources.map((source) => source.url).join('\n'),
    record.terms.map((term) => term.text).join('; '),
    record.related.join('; '),
  ];
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
