/**
 * `npm run --silent dataset -- --json` prints the validated dataset as a JSON array of records, for researchers
 * and tools. Without `--json` it prints a one-line summary per record.
 */
import { DATA_DIR, readDatasetFiles } from '../data/read-dataset-files';
import { formatProblem } from '../data/validate-dataset';

const result = readDatasetFiles(process.env.CARE_LENS_DATA_DIR ?? DATA_DIR);
if (!result.ok) {
  for (const problem of result.problems) console.error(formatProblem(problem));
  process.exit(1);
}
if (process.argv.includes('--json')) {
  process.stdout.write(`${JSON.stringify(result.records, null, 2)}\n`);
} else {
  console.log(`Dataset ${result.meta.version}, as of ${result.meta.asOf}`);
  for (const record of result.records) {
    console.log(`${record.id.padEnd(40)} ${record.kind.padEnd(15)} ${record.status.padEnd(15)} ${record.title}`);
  }
}
