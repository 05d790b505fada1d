/**
 * `npm test`: typecheck, lint, unit and component tests, then the end-to-end tests against the e2e build in
 * Debian's headless Chromium. Stops at the first failing stage and ends with one summary line
 * ("tests: N passed, N failed") counted from the Vitest runs.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { ensureChromium } from './ensure-chromium';

interface VitestJsonReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
}

const totals = { passed: 0, failed: 0, skipped: 0 };
const onlyFilter = process.argv.slice(2);

function run(label: string, command: string, args: string[]): void {
  console.log(`\n▶ ${label}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`✖ ${label} failed after ${seconds}s`);
    finish(1);
  }
  console.log(`✔ ${label} (${seconds}s)`);
}

function runVitest(label: string, config: string, reportFile: string): void {
  const args = [
    'vitest',
    'run',
    '-c',
    config,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${reportFile}`,
  ];
  console.log(`\n▶ ${label}`);
  const started = Date.now();
  const result = spawnSync('npx', [...args, ...onlyFilter], { stdio: 'inherit', env: process.env });
  try {
    const report = JSON.parse(readFileSync(reportFile, 'utf8')) as VitestJsonReport;
    totals.passed += report.numPassedTests;
    totals.failed += report.numFailedTests;
    totals.skipped += report.numPendingTests;
  } catch {
    totals.failed += 1;
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`✖ ${label} failed after ${seconds}s`);
    finish(1);
  }
  console.log(`✔ ${label} (${seconds}s)`);
}

function finish(code: number): never {
  console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
  process.exit(code);
}

mkdirSync('test-results', { recursive: true });
run('dataset: validate and compile', 'npx', ['tsx', 'scripts/compile-data.ts']);
run('typecheck', 'npm', ['run', '--silent', 'typecheck']);
run('lint (ESLint)', 'npx', ['eslint', '.']);
run('format (Prettier)', 'npx', ['prettier', '--check', '.']);
run('Firefox package lint (web-ext)', 'npm', ['run', '--silent', 'lint:firefox']);
runVitest('unit and component tests', 'vitest.config.ts', 'test-results/unit.json');
try {
  ensureChromium();
} catch (error) {
  console.error((error as Error).message);
  finish(1);
}
run('build the e2e extension', 'npm', ['run', '--silent', 'build:e2e']);
runVitest('end-to-end tests (headless Chromium)', 'vitest.e2e.config.ts', 'test-results/e2e.json');
finish(totals.failed > 0 ? 1 : 0);
