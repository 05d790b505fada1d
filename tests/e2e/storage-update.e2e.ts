/**
 * An update over an existing install: the e2e build is installed (copied to a folder of its own, so the extension
 * keeps one id), notes are written, then the folder is replaced by a newer build — the same code with a newer
 * extension version and a newer dataset version bundled — and the browser starts again on the same profile. Every
 * note must still be there, and the database must hold the new dataset version (see support/newer-build.ts).
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { E2E_EXTENSION_DIR, launchExtensionBrowser } from '../../scripts/harness/extension-browser';
import { makeNewerBuild, nextDatasetVersion, reloadExtension } from './support/newer-build';
import { readExtensionDatabase, readLiveNotes, type DatabaseDump } from './support/storage-probes';
import { addNoteInLibrary, deleteNoteInLibrary, editNoteInLibrary } from './ui-support';

const workDir = mkdtempSync(join(tmpdir(), 'care-lens-update-'));
const installDir = join(workDir, 'extension');
const profileDir = join(workDir, 'profile');

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
    expect(makeNewerBuild(installDir, oldVersion, newVersion)).toBeGreaterThanOrEqual(1);

    const second = await openAndRead(installDir);
    try {
      expect(second.browser.extensionId).toBe(first.browser.extensionId);
      expect((await readExtensionDatabase(second.page))!.notes).toEqual(before.notes);
      const worker = await reloadExtension(second.browser);
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
