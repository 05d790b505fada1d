/**
 * An update over an existing install, for the storage-update tests: the installed copy of the e2e build is turned
 * into the next release (same code, newer extension and dataset versions), then the extension is reloaded.
 *
 * Chromium keeps running an unpacked extension's previously registered service worker after a restart even when
 * its files changed; like a developer pressing "Reload" (or the Web Store installing an update), the tests then
 * reload the extension so the new build's worker takes over.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Worker } from 'playwright-core';
import type { ExtensionBrowser } from '../../../scripts/harness/extension-browser';
import { enableDeveloperMode } from './storage-probes';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** The next dataset version after `version` (2026.06.1 → 2026.06.2). */
export function nextDatasetVersion(version: string): string {
  const [year, month, serial] = version.split('.');
  return `${year}.${month}.${Number(serial) + 1}`;
}

/**
 * Turns the copy installed in `installDir` into the next release: bumps the manifest version and swaps the bundled
 * dataset version in every script for the newer one. Returns how many scripts carried the dataset version.
 */
export function makeNewerBuild(installDir: string, oldDatasetVersion: string, newDatasetVersion: string): number {
  const manifestPath = join(installDir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const [major, minor, patch] = String(manifest.version).split('.').map(Number);
  manifest.version = `${major}.${minor}.${(patch ?? 0) + 1}`;
  writeFileSync(manifestPath, JSON.stringify(manifest));
  let patched = 0;
  for (const file of filesUnder(installDir).filter((path) => path.endsWith('.js'))) {
    const text = readFileSync(file, 'utf8');
    if (!text.includes(`"${oldDatasetVersion}"`)) continue;
    writeFileSync(file, text.split(`"${oldDatasetVersion}"`).join(`"${newDatasetVersion}"`));
    patched += 1;
  }
  return patched;
}

/** Reloads the extension (developer mode allows it) and resolves with the new build's service worker. */
export async function reloadExtension(browser: ExtensionBrowser): Promise<Worker> {
  await enableDeveloperMode(browser.context);
  const oldWorker = await browser.serviceWorker();
  const newWorker = browser.context.waitForEvent('serviceworker', { timeout: 15_000 });
  await oldWorker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
  return newWorker;
}
