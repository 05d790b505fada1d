/**
 * Notes follow merged records across an update. The second edition of the dataset merged the first edition's
 * `edu-3` (Family Help teams in schools) into `fh-1`, which now carries `edu-3` as an alias. A note a reader wrote on
 * `edu-3` must open with `fh-1` in the library once the update has loaded the new dataset version.
 *
 * Same pattern as storage-update.e2e.ts: install a copy of the e2e build, write the note, replace the copy with the
 * same build carrying a newer dataset version, start again on the same profile and reload the extension.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { E2E_EXTENSION_DIR, launchExtensionBrowser } from '../../scripts/harness/extension-browser';
import type { Page } from 'playwright-core';
import { makeNewerBuild, nextDatasetVersion, reloadExtension } from './support/newer-build';
import { DB_NAME, readExtensionDatabase, type RawNoteRow } from './support/storage-probes';

/** Writes a note row straight into the extension's database, as the first edition would have stored it. */
async function putNoteRow(page: Page, row: RawNoteRow): Promise<void> {
  await page.evaluate(
    async ({ name, note }) => {
      const database = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      await new Promise<void>((resolve, reject) => {
        const transaction = database.transaction('notes', 'readwrite');
        transaction.objectStore('notes').put(note);
        transaction.oncomplete = () => resolve();
        transaction.onerror = () => reject(transaction.error);
      });
      database.close();
    },
    { name: DB_NAME, note: row },
  );
}

const workDir = mkdtempSync(join(tmpdir(), 'care-lens-update-aliases-'));
const installDir = join(workDir, 'extension');
const profileDir = join(workDir, 'profile');

describe('a note on a merged record after an update', () => {
  afterAll(() => rmSync(workDir, { recursive: true, force: true }));

  it('opens with the record that absorbed its old id', async () => {
    cpSync(E2E_EXTENSION_DIR, installDir, { recursive: true });
    const first = await launchExtensionBrowser({
      extensionDir: installDir,
      userDataDir: profileDir,
      keepProfile: true,
    });
    const firstPage = await first.openExtensionPage('library.html');
    await expect.poll(async () => (await readExtensionDatabase(firstPage))?.meta.length ?? 0).toBe(1);
    const oldVersion = (await readExtensionDatabase(firstPage))!.meta[0]!.version;
    // edu-3 was a record of the first edition; the reader's note on it is stored under that id.
    const written = '2026-07-01T09:00:00.000Z';
    const note: RawNoteRow = {
      id: 'note-on-edu-3',
      recordId: 'edu-3',
      text: 'Written on Family Help teams in schools before the update',
      createdAt: written,
      updatedAt: written,
      deleted: 0,
    };
    await putNoteRow(firstPage, note);
    expect((await readExtensionDatabase(firstPage))!.notes.map((row) => row.recordId)).toEqual(['edu-3']);
    await first.close();

    const newVersion = nextDatasetVersion(oldVersion);
    makeNewerBuild(installDir, oldVersion, newVersion);
    const second = await launchExtensionBrowser({
      extensionDir: installDir,
      userDataDir: profileDir,
      keepProfile: true,
    });
    try {
      await reloadExtension(second);
      const page = await second.openExtensionPage('library.html');
      await expect
        .poll(async () => (await readExtensionDatabase(page))?.meta[0]?.version, { timeout: 15_000 })
        .toBe(newVersion);
      const notes = (await readExtensionDatabase(page))!.notes;
      expect(notes.find((row) => row.id === note.id)?.recordId).toBe('fh-1');

      await page.goto(page.url().replace(/#.*$/, '') + '#/record/fh-1');
      await page.locator('.lens-record-page[data-record-id="fh-1"], .lens-record-page').first().waitFor();
      const panel = page.getByRole('region', { name: 'Your notes' });
      await panel.locator('.lens-note-text', { hasText: 'Written on Family Help teams in schools' }).waitFor();
    } finally {
      await second.close();
    }
  });
});
