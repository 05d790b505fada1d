/**
 * Build step: validates the dataset (a bad record stops the build, naming the record and the field), then writes
 * `data/generated/dataset.json` (everything), `data/generated/content-index.json` (what the content script
 * carries up front) and `data/generated/card-text.json` (packaged with the extension, read on the first card), and
 * reports their sizes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { compileCardText, compileContentIndex } from '../data/compile-content-index';
import { CARD_TEXT_FILE } from '../utils/shared/packaged-files';
import { DATA_DIR, readDatasetFiles } from '../data/read-dataset-files';
import { formatProblem } from '../data/validate-dataset';

const result = readDatasetFiles(process.env.CARE_LENS_DATA_DIR ?? DATA_DIR);
if (!result.ok) {
  console.error(`Dataset is invalid (${result.problems.length} problem(s)):`);
  for (const problem of result.problems) console.error(`  - ${formatProblem(problem)}`);
  process.exit(1);
}

const outDir = join(DATA_DIR, 'generated');
mkdirSync(outDir, { recursive: true });
const full = { meta: result.meta, records: result.records, statuses: result.statuses };
const contentIndex = compileContentIndex(full);
const files = {
  'dataset.json': JSON.stringify(full),
  'content-index.json': JSON.stringify(contentIndex),
  [CARD_TEXT_FILE]: JSON.stringify(compileCardText(full)),
  // The status labels and definitions the card, popup and library show (utils/shared/status-labels.ts).
  'statuses.json': JSON.stringify(result.statuses),
};
for (const [name, text] of Object.entries(files)) {
  writeFileSync(join(outDir, name), text);
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(`data/generated/${name}: ${kb(Buffer.byteLength(text))} (${kb(gzipSync(text).length)} gzipped)`);
}
const recommendations = result.records.filter((r) => r.kind === 'recommendation').length;
console.log(
  `dataset ${result.meta.version} (as of ${result.meta.asOf}): ${recommendations} recommendations, ` +
    `${result.records.length - recommendations} context records, ${contentIndex.terms.length} terms`,
);
