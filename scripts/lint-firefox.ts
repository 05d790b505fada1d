/**
 * `npm run lint:firefox`: builds the Firefox package, then runs Mozilla's add-on linter (`web-ext lint`) on it.
 * Prints every message and a count, and fails when the linter reports any error. Warnings are shown, not fatal
 * (Preact's runtime carries an innerHTML assignment the linter always flags).
 * `--no-build` lints the existing build.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

interface LintMessage {
  code: string;
  message: string;
  description?: string;
  file?: string;
  line?: number;
}

interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

const firefoxDir = resolve(process.env.CARE_LENS_OUT_DIR ?? '.output', 'firefox-mv2');

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function describeMessage(level: string, entry: LintMessage): string {
  const where = entry.file ? ` (${entry.file}${entry.line ? `:${entry.line}` : ''})` : '';
  return `  ${level} ${entry.code}: ${entry.message}${where}`;
}

if (!process.argv.includes('--no-build')) {
  const build = spawnSync('npm', ['run', '--silent', 'build:firefox'], { stdio: 'inherit' });
  if (build.status !== 0) fail('The Firefox build failed; nothing to lint.');
}
if (!existsSync(join(firefoxDir, 'manifest.json'))) {
  fail(`No Firefox build at ${firefoxDir}: run "npm run build:firefox" first.`);
}

const lint = spawnSync(
  'npx',
  ['--no-install', 'web-ext', 'lint', '--source-dir', firefoxDir, '--output', 'json', '--no-config-discovery'],
  { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
);
let report: LintReport;
try {
  report = JSON.parse(lint.stdout) as LintReport;
} catch {
  fail(`web-ext lint did not produce a report:\n${lint.stdout}\n${lint.stderr}`);
}

for (const entry of report.errors) console.log(describeMessage('error', entry));
for (const entry of report.warnings) console.log(describeMessage('warning', entry));
for (const entry of report.notices) console.log(describeMessage('notice', entry));
const { errors, warnings, notices } = report.summary;
console.log(`web-ext lint ${firefoxDir}: ${errors} errors, ${warnings} warnings, ${notices} notices`);
if (errors > 0) process.exit(1);
