/**
 * `npm run bench`: builds the e2e extension, then runs every `tests/bench/*.bench.ts` module in real Chromium,
 * side by side in one run, prints their tables and targets, and writes bench-results/bench.json. Exits non-zero
 * when a target is missed, so a regression is visible.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchModule, BenchResult, BenchTable } from './harness/bench-types';
import { launchExtensionBrowser } from './harness/extension-browser';
import { startStaticServer } from './harness/static-server';
import { ensureChromium } from './harness/chromium';

function printTable(table: BenchTable): void {
  const cells = [table.columns, ...table.rows.map((row) => row.map(String))];
  const widths = table.columns.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? '').length)));
  const line = (row: string[]) => `| ${row.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(`\n${table.title}`);
  console.log(line(cells[0]!));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of cells.slice(1)) console.log(line(row));
}

async function main(): Promise<void> {
  ensureChromium();
  if (!process.argv.includes('--no-build')) {
    const build = spawnSync('npm', ['run', '--silent', 'build:e2e'], { stdio: 'inherit' });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  const pagesDir = mkdtempSync(join(tmpdir(), 'care-lens-bench-'));
  const server = await startStaticServer({
    '/bench': pagesDir,
    '/fixtures': 'tests/fixtures/pages',
    '/node_modules': 'node_modules',
  });
  const filter = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
  const modules = readdirSync('tests/bench')
    .filter((name) => name.endsWith('.bench.ts'))
    .filter((name) => filter.length === 0 || filter.some((f) => name.includes(f)))
    .sort();
  const results: Record<string, BenchResult> = {};
  let missed = 0;
  for (const name of modules) {
    const browser = await launchExtensionBrowser();
    try {
      const module = (await import(pathToFileURL(resolve('tests/bench', name)).href)) as { default: BenchModule };
      const result = await module.default({
        browser,
        origin: server.origin,
        write(path, contents) {
          const filePath = join(pagesDir, path);
          mkdirSync(dirname(filePath), { recursive: true });
          writeFileSync(filePath, contents);
        },
      });
      results[name] = result;
      result.tables.forEach(printTable);
      for (const target of result.targets) {
        console.log(`${target.pass ? '✔' : '✖'} ${target.name}: ${target.detail}`);
        if (!target.pass) missed += 1;
      }
    } finally {
      await browser.close();
    }
  }
  await server.close();
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/bench.json', JSON.stringify(results, null, 2));
  console.log(`\n${missed === 0 ? 'All targets met.' : `${missed} target(s) missed.`} (bench-results/bench.json)`);
  process.exit(missed === 0 ? 0 : 1);
}

void main();
