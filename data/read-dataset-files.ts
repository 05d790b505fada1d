/** Reads `data/meta.json`, `data/statuses.json` and every `data/records/*.json` file (build scripts and tests only). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateDataset, type DatasetValidation } from './validate-dataset';

export const DATA_DIR = new URL('.', import.meta.url).pathname;

export function readDatasetFiles(dataDir: string = DATA_DIR): DatasetValidation {
  const meta: unknown = JSON.parse(readFileSync(join(dataDir, 'meta.json'), 'utf8'));
  const statuses: unknown = JSON.parse(readFileSync(join(dataDir, 'statuses.json'), 'utf8'));
  const recordsDir = join(dataDir, 'records');
  const rawRecords: { origin: string; value: unknown }[] = [];
  for (const file of readdirSync(recordsDir)
    .filter((name) => name.endsWith('.json'))
    .sort()) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(join(recordsDir, file), 'utf8'));
    } catch (error) {
      return {
        ok: false,
        problems: [{ recordId: `(file ${file})`, field: '(file)', message: `is not valid JSON: ${String(error)}` }],
      };
    }
    if (!Array.isArray(parsed)) {
      return {
        ok: false,
        problems: [{ recordId: `(file ${file})`, field: '(file)', message: 'must hold an array of records' }],
      };
    }
    parsed.forEach((value: unknown) => rawRecords.push({ origin: file, value }));
  }
  return validateDataset(meta, rawRecords, statuses);
}
