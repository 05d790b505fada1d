/**
 * `npm run test:e2e`: only the end-to-end stage of `npm test`. Makes sure Chromium is there, builds the e2e
 * extension (skip with --no-build), then runs the e2e files, or only those named:
 *   npm run test:e2e -- tests/e2e/start.e2e.ts
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ensureChromium } from './ensure-chromium';

const args = process.argv.slice(2);
const files = args.filter((arg) => arg !== '--no-build');

try {
  ensureChromium();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
if (!args.includes('--no-build')) {
  const build = spawnSync('npm', ['run', '--silent', 'build:e2e'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
// The tests load the build this script just made, wherever CARE_LENS_OUT_DIR put it.
const extensionDir =
  process.env.CARE_LENS_EXTENSION_DIR ?? join(process.env.CARE_LENS_OUT_DIR ?? '.output', 'e2e-chrome-mv3');
const tests = spawnSync('npx', ['vitest', 'run', '-c', 'vitest.e2e.config.ts', ...files], {
  stdio: 'inherit',
  env: { ...process.env, CARE_LENS_EXTENSION_DIR: extensionDir },
});
process.exit(tests.status ?? 1);
