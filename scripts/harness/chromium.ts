/**
 * The Chromium that the browser tests, the benchmark and `npm start` drive: Debian's (never a downloaded browser),
 * or the one `CHROMIUM_PATH` names; the switches that load the extension into it; and making sure it is installed
 * (`tsx scripts/harness/chromium.ts` installs it with apt-get when it can — root on a Debian machine — and
 * otherwise stops at once with the exact command to run).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Where Debian's Chromium lives; `CHROMIUM_PATH` overrides it. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Loads `extensionDir` and keeps Chromium from reaching the network on its own (updates, sync, field trials). */
export function chromiumArgs(extensionDir: string): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
  ];
}

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
