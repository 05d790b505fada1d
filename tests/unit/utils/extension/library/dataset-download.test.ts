import { describe, expect, it } from 'vitest';
import type { FullDataset } from '../../../../../data/compiled-types';
import dataset from '../../../../../data/generated/dataset.json';
import {
  DATASET_CSV_COLUMNS,
  datasetCsvFile,
  datasetJsonFile,
} from '../../../../../utils/extension/library/dataset-download';

const full = dataset as FullDataset;

/** A small RFC 4180 reader, enough to check what the writer produced. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else cell += char;
  }
  return rows;
}

describe('dataset downloads', () => {
  it('names files after the dataset version and as-of date', () => {
    const json = datasetJsonFile(full.meta, full.records);
    expect(json.filename).toBe(`care-review-lens-dataset-${full.meta.version}-as-of-${full.meta.asOf}.json`);
    expect(datasetCsvFile(full.meta, full.records).filename).toBe(json.filename.replace(/json$/, 'csv'));
  });

  it('writes the JSON as the same array of records the dataset command prints', () => {
    const json = datasetJsonFile(full.meta, full.records);
    expect(json.mimeType).toBe('application/json');
    expect(json.contents).toBe(`${JSON.stringify(full.records, null, 2)}\n`);
  });

  it('writes one CSV row per record that reads back to the same values', () => {
    const csv = datasetCsvFile(full.meta, full.records);
    expect(csv.contents.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(csv.contents.slice(1));
    expect(rows[0]).toEqual([...DATASET_CSV_COLUMNS]);
    expect(rows).toHaveLength(full.records.length + 1);
    for (const [index, record] of full.records.entries()) {
      const cells = Object.fromEntries(DATASET_CSV_COLUMNS.map((column, i) => [column, rows[index + 1]![i]]));
      expect(cells.id).toBe(record.id);
      expect(cells.title).toBe(record.title);
      if (record.kind === 'recommendation') {
        expect(cells.ask).toBe(record.ask);
        expect(cells.response).toBe(record.response);
        expect(cells.status).toBe(record.status);
        expect(cells.chapter).toBe(String(record.chapter));
        expect(cells.inForce).toBe(record.inForce ?? '');
        expect(cells.statusHistory!.split('\n')).toHaveLength(record.statusHistory.length);
      } else {
        expect(cells.ask).toBe(record.about);
        expect(cells.status).toBe('');
      }
      expect(cells.terms).toBe(record.terms.map((term) => term.text).join('; '));
      expect(cells.sources!.split('\n')).toEqual(record.sources.map((source) => source.url));
      expect(cells.timeline!.split('\n')).toHaveLength(record.timeline.length || 1);
    }
  });

  it('quotes cells with commas, quotes and line breaks', () => {
    const record = { ...full.records[0]!, title: 'A "quoted", title', figures: ['one', 'two'] };
    const rows = parseCsv(datasetCsvFile(full.meta, [record]).contents.slice(1));
    expect(rows[1]![3]).toBe('A "quoted", title');
    expect(rows[1]![5]).toBe('one; two');
  });
});
