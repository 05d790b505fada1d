/**
 * An update over an existing install: the e2e build is installed (copied to a folder of its own, so the extension
 * keeps one id), notes are written, then the folder is replaced by a newer build — the same code with a newer
 * extension version and a newer dataset version bundled — and the browser starts again on the same profile. Every
 * note must still be there, and the database must hold the new dataset version.
 *
 * Chromium keeps running an unpacked extension's previously registered service worker after a restart even when
 * its files changed; like a developer pressing "Reload" (or the Web Store installing an update), the test then
 * reloads the extension so the new build's worker takes over.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { E2E_EXTENSION_DIR, launchExtensionBrowser } from '../../scripts/harness/extension-browser';
import { enableDeveloperMode, readExtensionDatabase, readLiveNotes, type DatabaseDump } from './support/storage-probes';
import { addNoteInLibrary, deleteNoteInLibrary, editNoteInLibrary } from './ui-support';

const workDir = mkdtempSync(join(tmpdir(), 'care-lens-update-'));
const installDir = join(workDir, 'extension');
const profileDir = join(workDir, 'profile');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** The next dataset version after `version` (2026.06.1 → 2026.06.2). */
function nextDatasetVersion(version: string): string {
  const [year, month, serial] = version.split('.');
  return `${year}.${month}.${Number(serial) + 1}`;
}

/**
 * Turns the installed copy into the next release: bumps the manifest version and swaps the bundled dataset
 * version in every script for the newer one. Returns how many scripts carried the dataset version.
 */
function makeNewerBuild(oldDatasetVersion: string, newDatasetVersion: string): number {
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

async function openAndRead(extensionDir: string) {
  const browser = await launchExtensionBrowser({ extensionDir, userDataDir: profileDir, keepProfile: true });
  const page = await browser.openExtensionPage('library.html');
  return { browser, page };
}

describe('updating the extension over an install', () => {
  afterAll(() => rmSync(workDir, { recursive: true, force: true }));

  it('keeps every note and loads the newer dataset version', async () => {
    cpSync(E2E_EXTENSION_DIR, installDir, { recursive: true });

    // Install the first build and write notes.
    const first = await openAndRead(installDir);
    await expect.poll(async () => (await readExtensionDatabase(first.page))?.meta.length ?? 0).toBe(1);
    const installed = (await readExtensionDatabase(first.page))!;
    const oldVersion = installed.meta[0]!.version;
    const firstManifestVersion = await (
      await first.browser.serviceWorker()
    ).evaluate(() => chrome.runtime.getManifest().version);
    const recordIds = installed.recordIds;
    // Written, edited and deleted through the library page, as a reader would.
    for (let index = 0; index < 12; index += 1) {
      await addNoteInLibrary(
        first.page,
        recordIds[index % recordIds.length]!,
        `Note ${index} written before the update\nsecond line`,
      );
      if (index === 3) await deleteNoteInLibrary(first.page, 'Note 3 written');
      if (index === 5) await editNoteInLibrary(first.page, 'Note 5 written', 'Edited before the update');
    }
    const before: DatabaseDump = (await readExtensionDatabase(first.page))!;
    expect(before.notes).toHaveLength(12);
    await first.browser.close();

    // Replace the installed files with the newer build.
    const newVersion = nextDatasetVersion(oldVersion);
    expect(makeNewerBuild(oldVersion, newVersion)).toBeGreaterThanOrEqual(1);

    const second = await openAndRead(installDir);
    try {
      expect(second.browser.extensionId).toBe(first.browser.extensionId);
      expect((await readExtensionDatabase(second.page))!.notes).toEqual(before.notes);
      await enableDeveloperMode(second.browser.context);
      const oldWorker = await second.browser.serviceWorker();
      const newWorker = second.browser.context.waitForEvent('serviceworker', { timeout: 15_000 });
      await oldWorker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
      const worker = await newWorker;
      second.page = await second.browser.openExtensionPage('library.html');
      expect(await worker.evaluate(() => chrome.runtime.getManifest().version)).not.toBe(firstManifestVersion);

      await expect
        .poll(async () => (await readExtensionDatabase(second.page))?.meta[0]?.version, { timeout: 15_000 })
        .toBe(newVersion);
      const after = (await readExtensionDatabase(second.page))!;
      expect(after.notes).toEqual(before.notes);
      expect(after.recordIds).toEqual(before.recordIds);
      expect(after.meta[0]!.loadedAt > before.meta[0]!.loadedAt).toBe(true);

      const live = await readLiveNotes(second.page);
      expect(live).toHaveLength(11);
      expect(live.map((note) => note.text)).toContain('Edited before the update');
      // The library, reloaded on the new build, names the new dataset version.
      await second.page.reload();
      await second.page.getByText(`Dataset ${newVersion},`).waitFor();
    } finally {
      await second.browser.close();
    }
  });
});
