/**
 * Notes live in the extension's own IndexedDB and survive what real browsers do to extensions: a browser restart
 * on the same profile, the MV3 service worker being stopped (here through the DevTools protocol) and an extension
 * reload. Notes are written through the library page as a reader writes them; the database is read with plain
 * IndexedDB, independently of the extension's code.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  E2E_EXTENSION_DIR,
  launchExtensionBrowser,
  type ExtensionBrowser,
} from '../../scripts/harness/extension-browser';
import {
  enableDeveloperMode,
  evaluateInContentScript,
  readExtensionDatabase,
  readLiveNotes,
  watchServiceWorker,
  type DatabaseDump,
} from './support/storage-probes';
import { addNoteInLibrary, deleteNoteInLibrary, editNoteInLibrary, openLibrary } from './ui-support';
import { card, clickMention, recordIdsForTerm } from './card-helpers';

const profileDir = mkdtempSync(join(tmpdir(), 'care-lens-storage-profile-'));
let browser: ExtensionBrowser;
let page: Page;

async function launch() {
  browser = await launchExtensionBrowser({ userDataDir: profileDir, keepProfile: true });
  page = await browser.openExtensionPage('library.html');
}

async function relaunch() {
  await browser.close();
  await launch();
}

async function liveTexts(): Promise<string[]> {
  return (await readLiveNotes(page)).map((row) => row.text).sort();
}

/** Waits until the background has loaded the bundled dataset (it does so on install, asynchronously). */
async function loadedDatabase(): Promise<DatabaseDump> {
  await expect.poll(async () => (await readExtensionDatabase(page))?.meta.length ?? 0, { timeout: 15_000 }).toBe(1);
  return (await readExtensionDatabase(page))!;
}

/** The demo article in a new tab, once its content script is running (so messages from it can be tried). */
async function openDemoWithContentScript(): Promise<Page> {
  const article = await browser.context.newPage();
  await article.goto(`${inject('fixtureOrigin')}/demo/`);
  await expect
    .poll(() =>
      evaluateInContentScript(browser.context, article, browser.extensionId, 'typeof chrome.runtime.id').catch(String),
    )
    .toBe('string');
  return article;
}

describe('notes in the extension database', () => {
  let recordIds: string[];
  /** The texts of the notes that should be live, as the reader last saved them. */
  const written: string[] = [];

  beforeAll(launch);
  afterAll(async () => {
    await browser?.close();
    rmSync(profileDir, { recursive: true, force: true });
  });

  it('loads the bundled dataset into the database in the extension origin on install', async () => {
    const dump = await loadedDatabase();
    expect(dump.stores.sort()).toEqual(['meta', 'notes', 'records']);
    expect(dump.idbVersion).toBe(20);
    const [meta] = dump.meta;
    expect(meta?.version).toMatch(/^\d{4}\.\d{2}\.\d+$/);
    expect(dump.recordIds.length).toBe(meta?.recordCount);
    expect(dump.recordIds.length).toBeGreaterThan(3);
    recordIds = dump.recordIds;
    // The library reads what the background loaded.
    await page.reload();
    await page.getByText(`Dataset ${meta?.version},`).waitFor();
  });

  it('writes, edits and deletes notes in the library page', async () => {
    const texts = ['First note\nwith two lines', '<b>markup</b> stays text', 'Third, on another record'];
    for (const [index, text] of texts.entries()) {
      await addNoteInLibrary(page, recordIds[index % 2]!, text);
      written.push(text);
    }
    await addNoteInLibrary(page, recordIds[0]!, 'First note, edited soon');
    await editNoteInLibrary(page, 'First note, edited soon', 'First note, edited');
    written.push('First note, edited');
    await addNoteInLibrary(page, recordIds[0]!, 'Gone soon');
    const extraId = (await readLiveNotes(page)).find((row) => row.text === 'Gone soon')!.id;
    await deleteNoteInLibrary(page, 'Gone soon');

    expect(await liveTexts()).toEqual([...written].sort());
    const dump = await readExtensionDatabase(page);
    expect(dump?.notes.find((row) => row.id === extraId)).toMatchObject({ deleted: 1, text: '' });

    // A note of blanks cannot be saved: the button waits for some text, and Ctrl+Enter does nothing.
    const notes = page.getByRole('region', { name: 'Your notes' });
    await notes.getByLabel('Add a note').fill('   ');
    expect(await notes.getByRole('button', { name: 'Save note' }).isDisabled()).toBe(true);
    await notes.getByLabel('Add a note').press('Control+Enter');
    await page.waitForTimeout(300);
    expect(await liveTexts()).toEqual([...written].sort());
  });

  it('tells other open views about each change (the signal Dexie liveQuery listens for)', async () => {
    const other = await browser.openExtensionPage('popup.html');
    await other.evaluate(() => {
      const channel = new BroadcastChannel('x-storagemutated-1');
      (window as unknown as { mutations: string[] }).mutations = [];
      channel.onmessage = (event) =>
        (window as unknown as { mutations: string[] }).mutations.push(...Object.keys(event.data ?? {}));
    });
    await addNoteInLibrary(page, recordIds[1]!, 'Seen');
    written.push('Seen');
    await expect
      .poll(() => other.evaluate(() => (window as unknown as { mutations: string[] }).mutations))
      .toEqual(expect.arrayContaining([expect.stringMatching(/^idb:\/\/care-review-lens\/notes\//)]));
    await other.close();
  });

  it('keeps every note across a browser restart with the same profile', async () => {
    const before = await readExtensionDatabase(page);
    await relaunch();
    const after = await readExtensionDatabase(page);
    expect(after?.notes).toEqual(before?.notes);
    expect(await liveTexts()).toEqual([...written].sort());
    const library = await openLibrary(browser, `#/record/${recordIds[1]}`);
    await library.locator('.lens-note-text', { hasText: 'Seen' }).waitFor();
    await library.close();
  });

  it('answers after the service worker was stopped through the DevTools protocol, with no state from before', async () => {
    const worker = await browser.serviceWorker();
    await worker.evaluate(() => {
      (globalThis as unknown as { beforeStop: boolean }).beforeStop = true;
    });
    const watcher = await watchServiceWorker(browser, page);
    try {
      await watcher.stop();
      expect(watcher.status()).toBe('stopped');

      // Extension pages open the database themselves: writing needs no worker.
      await addNoteInLibrary(page, recordIds[0]!, 'After stop');
      written.push('After stop');
      expect(await liveTexts()).toEqual([...written].sort());

      // And the card's path: with the worker still stopped, a note written in a card (the card frame's notes
      // port to the background) wakes it and is stored.
      if (watcher.status() !== 'stopped') await watcher.stop();
      const article = await browser.context.newPage();
      await article.goto(`${inject('fixtureOrigin')}/fixtures/card-article.html`);
      await clickMention(article, 'kinship allowance');
      await card(article).locator('.crl-notes-toggle').click();
      await card(article).getByLabel('Add a note').fill('From a card while the worker was stopped');
      await card(article).getByRole('button', { name: 'Save note' }).click();
      await card(article).locator('.lens-note-text', { hasText: 'while the worker was stopped' }).waitFor();
      written.push('From a card while the worker was stopped');
      expect(await liveTexts()).toEqual([...written].sort());
      expect(watcher.history.slice(-2)).toEqual(['starting', 'running']);
      // A fresh worker: the flag set on the old one's global is gone.
      const restarted = browser.context.serviceWorkers().at(-1)!;
      expect(await restarted.evaluate(() => 'beforeStop' in globalThis)).toBe(false);
      await article.close();
    } finally {
      await watcher.detach();
    }
  });

  it('"Open in the library" from a card routes an open library tab instead of opening another one', async () => {
    const library = await openLibrary(browser, '#/about');
    const librariesBefore = browser.context.pages().filter((p) => p.url().includes('/library.html')).length;
    const article = await browser.context.newPage();
    await article.goto(`${inject('fixtureOrigin')}/fixtures/card-article.html`);
    await clickMention(article, 'kinship allowance');
    await card(article).locator('.crl-notes-toggle').click();
    await card(article).getByRole('button', { name: 'Open in the library' }).click();
    const [recordId] = recordIdsForTerm('kinship allowance');
    const libraries = () => browser.context.pages().filter((p) => p.url().includes('/library.html'));
    await expect.poll(() => libraries().some((p) => p.url().endsWith(`#/record/${recordId}/notes`))).toBe(true);
    expect(libraries()).toHaveLength(librariesBefore);
    await article.close();
    await library.close();
  });

  it('gives notes to extension pages only: a content script is ignored and a web page cannot send at all', async () => {
    const article = await openDemoWithContentScript();
    for (const message of [
      { type: 'care-lens/notes-list' },
      { type: 'care-lens/notes-export', format: 'json' },
      { type: 'care-lens/notes-add', recordId: recordIds[0], text: 'Injected by a page' },
    ]) {
      const reply = await evaluateInContentScript(
        browser.context,
        article,
        browser.extensionId,
        `chrome.runtime.sendMessage(${JSON.stringify(message)}).then((reply) => reply ?? 'no answer')`,
      );
      expect(reply).toBe('no answer');
    }
    expect(
      await article.evaluate(() => typeof (globalThis as { chrome?: { runtime?: unknown } }).chrome?.runtime),
    ).toBe('undefined');
    const notes = await readLiveNotes(page);
    expect(notes.map((note) => note.text)).not.toContain('Injected by a page');
    await article.close();
  });

  it('answers a content script nothing: "Not on this site" and notes are the card frame’s alone', async () => {
    const article = await browser.context.newPage();
    await article.goto(`${inject('fixtureOrigin')}/demo/`);
    const send = (message: unknown) =>
      evaluateInContentScript(
        browser.context,
        article,
        browser.extensionId,
        `chrome.runtime.sendMessage(${JSON.stringify(message)}).then((reply) => reply ?? 'no answer', String)`,
      );
    await expect
      .poll(() => send({ type: 'care-lens/card-site', on: false }).catch(String))
      .toMatch(/no answer|Receiving end/);
    expect(await send({ type: 'care-lens/disable-site', hostname: '127.0.0.1' })).toMatch(/no answer|Receiving end/);
    const worker = await browser.serviceWorker();
    const stored = await worker.evaluate(() => chrome.storage.local.get('settings'));
    expect((stored.settings as { disabledSites?: string[] } | undefined)?.disabledSites ?? []).toEqual([]);
    await article.close();
  });

  it('never opens the database from the content script or in the page origin', async () => {
    const contentScript = readFileSync(join(E2E_EXTENSION_DIR, 'content-scripts/content.js'), 'utf8');
    expect(contentScript).not.toMatch(/indexedDB|IDBKeyRange/);
    const article = await openDemoWithContentScript();
    const pageDatabases = await article.evaluate(async () => (await indexedDB.databases()).map((info) => info.name));
    expect(pageDatabases).not.toContain('care-review-lens');
    await article.close();
    const manifest = await (await browser.serviceWorker()).evaluate(() => chrome.runtime.getManifest());
    expect(manifest.permissions).toContain('unlimitedStorage');
  });

  it('keeps every note across an extension reload', async () => {
    const before = await readExtensionDatabase(page);
    await enableDeveloperMode(browser.context);
    const worker = await browser.serviceWorker();
    const restarted = browser.context.waitForEvent('serviceworker', { timeout: 15_000 });
    await worker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
    await restarted;
    page = await browser.openExtensionPage('library.html');
    const after = await readExtensionDatabase(page);
    expect(after?.notes).toEqual(before?.notes);
    expect(await liveTexts()).toEqual([...written].sort());
    expect(await liveTexts()).toContain('First note, edited');
  });

  it('exports JSON that imports back into the same notes, and refuses a truncated file without changes', async () => {
    const library = await openLibrary(browser, '#/data');
    const [download] = await Promise.all([
      library.waitForEvent('download'),
      library.getByRole('button', { name: 'Notes as JSON' }).click(),
    ]);
    const exported = readFileSync((await download.path())!, 'utf8');
    const file = JSON.parse(exported) as { notes: { text: string }[] };
    expect(file.notes.map((note) => note.text).sort()).toEqual([...written].sort());
    const before = await readExtensionDatabase(page);

    const truncatedPath = join(profileDir, '..', `care-lens-truncated-${Date.now()}.json`);
    writeFileSync(truncatedPath, exported.slice(0, 200));
    try {
      await library.getByLabel('Notes file (JSON)').setInputFiles(truncatedPath);
      await library.getByRole('button', { name: 'Import notes' }).click();
      await expect.poll(() => library.getByRole('alert').textContent()).toContain('This file is cut off');
    } finally {
      rmSync(truncatedPath, { force: true });
    }
    expect((await readExtensionDatabase(page))?.notes).toEqual(before?.notes);

    await library.getByLabel('Notes file (JSON)').setInputFiles((await download.path())!);
    await library.getByRole('button', { name: 'Import notes' }).click();
    const count = written.length;
    await library.getByText(`Imported ${count} notes: 0 added, 0 updated, ${count} already up to date.`).waitFor();
    expect((await readExtensionDatabase(page))?.notes).toEqual(before?.notes);
    await library.close();
  });
});
