/**
 * Makes sure Debian's Chromium is there for the browser tests: installs it with apt-get when it can (root on a
 * Debian machine), otherwise stops at once with the exact command to run.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH } from '../tests/e2e/support/chromium-path';

export function ensureChromium(): void {
  if (existsSync(CHROMIUM_PATH)) return;
  const manualCommand = 'sudo apt-get update && sudo apt-get install -y chromium';
  if (process.env.CHROMIUM_PATH) {
    throw new Error(`CHROMIUM_PATH is set to ${CHROMIUM_PATH}, but there is no file there.`);
  }
  const isRoot = process.getuid?.() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (!isRoot || !hasApt) {
    throw new Error(`Chromium is missing at ${CHROMIUM_PATH}. Install it with:\n  ${manualCommand}`);
  }
  console.log("Chromium is missing: installing Debian's chromium with apt-get…");
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`apt-get finished but ${CHROMIUM_PATH} is still missing.`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    ensureChromium();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
