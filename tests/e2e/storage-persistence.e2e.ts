/**
 * Notes live in the extension's own IndexedDB and survive what real browsers do to extensions: a browser restart
 * on the same profile, the MV3 service worker being stopped (here through the DevTools protocol) and an extension
 * reload. The database is read with plain IndexedDB, independently of the extension's code.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { E2E_EXTENSION_DIR, launchExtensionBrowser, type ExtensionBrowser } from './support/extension-browser';
import {
  enableDeveloperMode,
  evaluateInContentScript,
  readExtensionDatabase,
  sendFromExtensionPage,
  watchServiceWorker,
  type DatabaseDump,
} from './support/storage-probes';

interface Reply<T> {
  ok: boolean;
  value: T;
  error?: { kind: string; message: string };
}
interface NoteReply {
  id: string;
  recordId: string;
  text: string;
  createdAt: string;
  updatedAt: string;
}

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

async function send<T>(message: unknown): Promise<Reply<T>> {
  return sendFromExtensionPage<Reply<T>>(page, message);
}

async function liveNotes(dump: DatabaseDump | null) {
  return (dump?.notes ?? []).filter((row) => row.deleted === 0).sort((a, b) => a.id.localeCompare(b.id));
}

/** Waits until the background has loaded the bundled dataset (it does so on install, asynchronously). */
async function loadedDatabase(): Promise<DatabaseDump> {
  await expect.poll(async () => (await readExtensionDatabase(page))?.meta.length ?? 0, { timeout: 15_000 }).toBe(1);
  return (await readExtensionDatabase(page))!;
}

describe('notes in the extension database', () => {
  let recordIds: string[];
  const written: NoteReply[] = [];

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
    const status = await send<{ dataset: { version: string }; recordCount: number; noteCount: number }>({
      type: 'care-lens/storage-status',
    });
    expect(status.value).toMatchObject({ dataset: { version: meta?.version }, recordCount: recordIds.length });
  });

  it('writes, edits and deletes notes through the background', async () => {
    const texts = ['First note\nwith two lines', '<b>markup</b> stays text', 'Third, on another record'];
    for (const [index, text] of texts.entries()) {
      const reply = await send<NoteReply>({ type: 'care-lens/notes-add', recordId: recordIds[index % 2]!, text });
      expect(reply.ok).toBe(true);
      written.push(reply.value);
    }
    const edited = await send<{ note: NoteReply }>({
      type: 'care-lens/notes-update',
      id: written[0]!.id,
      text: 'First note, edited',
    });
    written[0] = edited.value.note;
    const extra = await send<NoteReply>({ type: 'care-lens/notes-add', recordId: recordIds[0]!, text: 'Gone soon' });
    const deleted = await send<NoteReply>({ type: 'care-lens/notes-delete', id: extra.value.id });
    expect(deleted.value.text).toBe('Gone soon');

    const dump = await readExtensionDatabase(page);
    expect((await liveNotes(dump)).map(({ id, text }) => ({ id, text }))).toEqual(
      written.map(({ id, text }) => ({ id, text })).sort((a, b) => a.id.localeCompare(b.id)),
    );
    expect(dump?.notes.find((row) => row.id === extra.value.id)).toMatchObject({ deleted: 1, text: '' });

    const bad = await send<never>({ type: 'care-lens/notes-add', recordId: recordIds[0], text: '   ' });
    expect(bad).toEqual({
      ok: false,
      error: { kind: 'invalid', message: 'A note needs some text. Write something, or cancel.' },
    });
  });

  it('tells other open views about each change (the signal Dexie liveQuery listens for)', async () => {
    const other = await browser.openExtensionPage('popup.html');
    await other.evaluate(() => {
      const channel = new BroadcastChannel('x-storagemutated-1');
      (window as unknown as { mutations: string[] }).mutations = [];
      channel.onmessage = (event) =>
        (window as unknown as { mutations: string[] }).mutations.push(...Object.keys(event.data ?? {}));
    });
    const reply = await send<NoteReply>({ type: 'care-lens/notes-add', recordId: recordIds[1]!, text: 'Seen' });
    written.push(reply.value);
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
    const listed = await send<NoteReply[]>({ type: 'care-lens/notes-list' });
    expect(listed.value.map((note) => note.id).sort()).toEqual(written.map((note) => note.id).sort());
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

      const listed = await send<NoteReply[]>({ type: 'care-lens/notes-list' });
      expect(listed.ok).toBe(true);
      expect(listed.value.map((note) => note.id).sort()).toEqual(written.map((note) => note.id).sort());
      expect(watcher.history.slice(-2)).toEqual(['starting', 'running']);

      // A fresh worker: the flag set on the old one's global is gone, yet writing works too.
      const restarted = browser.context.serviceWorkers().at(-1)!;
      expect(await restarted.evaluate(() => 'beforeStop' in globalThis)).toBe(false);
      const added = await send<NoteReply>({ type: 'care-lens/notes-add', recordId: recordIds[0]!, text: 'After stop' });
      expect(added.ok).toBe(true);
      written.push(added.value);

      // And the content-script path: stop again, then "Open notes" from a card opens the library at the record.
      await watcher.stop();
      const article = await browser.context.newPage();
      await article.goto(`${inject('fixtureOrigin')}/demo/`);
      await expect
        .poll(() =>
          evaluateInContentScript(
            browser.context,
            article,
            browser.extensionId,
            `chrome.runtime.sendMessage({ type: 'care-lens/open-notes', recordId: ${JSON.stringify(recordIds[1])} })`,
          ).catch((error: Error) => error.message),
        )
        .toEqual({ ok: true });
      const libraryUrl = `chrome-extension://${browser.extensionId}/library.html#/record/${recordIds[1]}`;
      await expect.poll(() => browser.context.pages().map((p) => p.url())).toContain(libraryUrl);
      await article.close();
    } finally {
      await watcher.detach();
    }
  });

  it('routes an open library tab instead of opening another one', async () => {
    const librariesBefore = browser.context.pages().filter((p) => p.url().includes('/library.html')).length;
    const article = await browser.context.newPage();
    await article.goto(`${inject('fixtureOrigin')}/demo/`);
    const expression = `chrome.runtime.sendMessage({ type: 'care-lens/open-notes', recordId: ${JSON.stringify(recordIds[2])} })`;
    await expect
      .poll(() => evaluateInContentScript(browser.context, article, browser.extensionId, expression).catch(String))
      .toEqual({ ok: true });
    const libraries = () => browser.context.pages().filter((p) => p.url().includes('/library.html'));
    await expect.poll(() => libraries().some((p) => p.url().endsWith(`#/record/${recordIds[2]}`))).toBe(true);
    expect(libraries()).toHaveLength(librariesBefore);

    const unknown = await evaluateInContentScript(
      browser.context,
      article,
      browser.extensionId,
      `chrome.runtime.sendMessage({ type: 'care-lens/open-notes', recordId: 'no-such-record' })`,
    );
    expect(unknown).toMatchObject({ ok: false, error: { kind: 'not-found' } });
    await article.close();
  });

  it('gives notes to extension pages only: a content script is ignored and a web page cannot send at all', async () => {
    const article = await browser.context.newPage();
    await article.goto(`${inject('fixtureOrigin')}/demo/`);
    await expect
      .poll(() =>
        evaluateInContentScript(browser.context, article, browser.extensionId, 'typeof chrome.runtime.id').catch(
          String,
        ),
      )
      .toBe('string');
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
    const notes = await liveNotes(await readExtensionDatabase(page));
    expect(notes.map((note) => note.text)).not.toContain('Injected by a page');
    await article.close();
  });

  it('turns marking off for the sending site only ("Not on this site")', async () => {
    const article = await browser.context.newPage();
    await article.goto(`${inject('fixtureOrigin')}/demo/`);
    const sendFromCard = (hostname: string) =>
      evaluateInContentScript(
        browser.context,
        article,
        browser.extensionId,
        `chrome.runtime.sendMessage({ type: 'care-lens/disable-site', hostname: ${JSON.stringify(hostname)} })`,
      );
    await expect.poll(() => sendFromCard('127.0.0.1').catch(String)).toEqual({ ok: true });
    expect(await sendFromCard('www.bbc.co.uk')).toEqual({
      ok: false,
      error: { kind: 'invalid', message: 'Cannot turn marking off for “www.bbc.co.uk” from this page.' },
    });
    const worker = await browser.serviceWorker();
    const stored = await worker.evaluate(() => chrome.storage.local.get('settings'));
    expect((stored.settings as { disabledSites: string[] }).disabledSites).toEqual(['127.0.0.1']);
    await worker.evaluate(() => chrome.storage.local.remove('settings'));
    await article.close();
  });

  it('never opens the database from the content script or in the page origin', async () => {
    const contentScript = readFileSync(join(E2E_EXTENSION_DIR, 'content-scripts/content.js'), 'utf8');
    expect(contentScript).not.toMatch(/indexedDB|IDBKeyRange/);
    const article = await browser.context.newPage();
    await article.goto(`${inject('fixtureOrigin')}/demo/`);
    await expect
      .poll(() =>
        evaluateInContentScript(browser.context, article, browser.extensionId, 'typeof chrome.runtime.id').catch(
          String,
        ),
      )
      .toBe('string');
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
    const listed = await send<NoteReply[]>({ type: 'care-lens/notes-list' });
    expect(listed.value.map((note) => note.id).sort()).toEqual(written.map((note) => note.id).sort());
    expect(listed.value.find((note) => note.id === written[0]!.id)?.text).toBe('First note, edited');
  });

  it('exports JSON that imports back into the same notes, and refuses a truncated file without changes', async () => {
    const exported = await send<{ filename: string; contents: string }>({
      type: 'care-lens/notes-export',
      format: 'json',
    });
    const file = JSON.parse(exported.value.contents);
    expect(file.notes.map((note: NoteReply) => note.id).sort()).toEqual(written.map((note) => note.id).sort());
    const before = await readExtensionDatabase(page);

    const truncated = await send<never>({
      type: 'care-lens/notes-import',
      fileText: exported.value.contents.slice(0, 200),
    });
    expect(truncated.ok).toBe(false);
    expect(truncated.error).toEqual({
      kind: 'import',
      message: expect.stringContaining('This file is cut off'),
    });
    expect((await readExtensionDatabase(page))?.notes).toEqual(before?.notes);

    const again = await send<{ unchanged: number; added: number }>({
      type: 'care-lens/notes-import',
      fileText: exported.value.contents,
    });
    expect(again.value).toMatchObject({ unchanged: written.length, added: 0 });
    expect((await readExtensionDatabase(page))?.notes).toEqual(before?.notes);
  });
});
