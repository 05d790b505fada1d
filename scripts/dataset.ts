/**
 * The dataset tools.
 * - `npm run --silent dataset -- --json` prints the validated records as a JSON array (researchers and tools).
 * - `npm run dataset -- --coverage` writes data/coverage.md: every recommendation with its record or the reason it
 *   has none (data/coverage-gaps.json).
 * - `npm run dataset -- --report` prints the maintainer's report: age of checks, statuses per chapter, sources per
 *   domain, records on one source.
 * Without a flag it prints a one-line summary per record.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { CoverageGapsSchema, coverageGapProblems, renderCoverage } from '../data/dataset-coverage';
import { renderReport } from '../data/dataset-report';
import { DATA_DIR, readDatasetFiles } from '../data/read-dataset-files';
import { statusText } from '../utils/shared/status-labels';
import { formatProblem } from '../data/validate-dataset';

const dataDir = process.env.CARE_LENS_DATA_DIR ?? DATA_DIR;
const result = readDatasetFiles(dataDir);
if (!result.ok) {
  for (const problem of result.problems) console.error(formatProblem(problem));
  process.exit(1);
}
const { meta, records } = result;

if (process.argv.includes('--json')) {
  process.stdout.write(`${JSON.stringify(records, null, 2)}\n`);
} else if (process.argv.includes('--coverage')) {
  const gaps = v.parse(CoverageGapsSchema, JSON.parse(readFileSync(join(dataDir, 'coverage-gaps.json'), 'utf8')));
  const problems = coverageGapProblems(gaps, records);
  if (problems.length > 0) {
    for (const problem of problems) console.error(problem);
    process.exit(1);
  }
  writeFileSync(join(dataDir, 'coverage.md'), renderCoverage(records, gaps, meta.asOf));
  console.log(`wrote ${join(dataDir, 'coverage.md')}`);
} else if (process.argv.includes('--report')) {
  process.stdout.write(renderReport(records, meta));
} else {
  console.log(`Dataset ${meta.version}, as of ${meta.asOf}`);
  for (const record of records) {
    const status = record.kind === 'recommendation' ? statusText(record.status, record.inForce) : 'background';
    console.log(`${record.id.padEnd(46)} ${record.kind.padEnd(15)} ${status.padEnd(26)} ${record.title}`);
  }
}
