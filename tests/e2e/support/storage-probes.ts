/**
 * End-to-end helpers for the storage tests: read the extension's IndexedDB directly (without the extension's own
 * code), run code in the content script's world, and stop the service worker through the DevTools protocol.
 */
import type { BrowserContext, Page } from 'playwright-core';
import type { NoteRow } from '../../../utils/extension/db/db';
import type { ExtensionBrowser } from '../../../scripts/harness/extension-browser';

export const DB_NAME = 'care-review-lens';

/** A note row exactly as IndexedDB holds it (the type only; the probes read the database without the extension's code). */
export type RawNoteRow = NoteRow;

export interface DatabaseDump {
  /** IndexedDB version (Dexie stores its schema version times ten). */
  idbVersion: number;
  stores: string[];
  notes: RawNoteRow[];
  meta: { key: string; version: string; asOf: string; recordCount: number; loadedAt: string }[];
  recordIds: string[];
}

/**
 * Reads the whole database with plain IndexedDB from an extension page (same origin as the service worker).
 * Resolves `null` when the database does not exist yet, without creating it.
 */
export async function readExtensionDatabase(page: Page): Promise<DatabaseDump | null> {
  return page.evaluate(async (name) => {
    const names = (await indexedDB.databases()).map((info) => info.name);
    if (!names.includes(name)) return null;
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const stores = [...database.objectStoreNames];
    const all = (store: string, keysOnly = false) =>
      new Promise<unknown[]>((resolve, reject) => {
        const objectStore = database.transaction(store).objectStore(store);
        const request = keysOnly ? objectStore.getAllKeys() : objectStore.getAll();
        request.onsuccess = () => resolve(request.result as unknown[]);
        request.onerror = () => reject(request.error);
      });
    const dump = {
      idbVersion: database.version,
      stores,
      notes: stores.includes('notes') ? await all('notes') : [],
      meta: stores.includes('meta') ? await all('meta') : [],
      recordIds: stores.includes('records') ? await all('records', true) : [],
    };
    database.close();
    return dump as never;
  }, DB_NAME);
}

/** The notes that are not deleted, as IndexedDB holds them, ordered by id. */
export async function readLiveNotes(page: Page): Promise<RawNoteRow[]> {
  const dump = await readExtensionDatabase(page);
  return (dump?.notes ?? []).filter((row) => row.deleted === 0).sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * Runs `expression` in this extension's content-script world of `page` (the isolated world Chromium creates for
 * the content script) and returns its JSON-serialisable result.
 */
export async function evaluateInContentScript(
  context: BrowserContext,
  page: Page,
  extensionId: string,
  expression: string,
): Promise<unknown> {
  const session = await context.newCDPSession(page);
  try {
    const worlds: { id: number; origin: string; auxData?: { type?: string } }[] = [];
    session.on('Runtime.executionContextCreated', (event) => worlds.push(event.context as (typeof worlds)[number]));
    await session.send('Runtime.enable');
    const world = worlds.find(
      (candidate) => candidate.auxData?.type === 'isolated' && candidate.origin === `chrome-extension://${extensionId}`,
    );
    if (!world) throw new Error('The content script is not running in this page.');
    const { result, exceptionDetails } = await session.send('Runtime.evaluate', {
      contextId: world.id,
      expression,
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(`Content-script evaluation failed: ${exceptionDetails.text}`);
    return result.value;
  } finally {
    await session.detach();
  }
}

interface WorkerVersion {
  versionId: string;
  scriptURL: string;
  runningStatus: 'stopped' | 'starting' | 'running' | 'stopping';
}

/**
 * Watches this extension's service worker through the DevTools protocol (ServiceWorker domain, via a session on
 * one of the extension's pages): lets a test stop it, as Chromium does after ~30 s idle, and see it start again.
 */
export async function watchServiceWorker(browser: ExtensionBrowser, page: Page) {
  const session = await browser.context.newCDPSession(page);
  const scriptPrefix = `chrome-extension://${browser.extensionId}/`;
  const history: WorkerVersion['runningStatus'][] = [];
  let latest: WorkerVersion | undefined;
  session.on('ServiceWorker.workerVersionUpdated', (event) => {
    for (const version of event.versions as WorkerVersion[]) {
      if (!version.scriptURL.startsWith(scriptPrefix)) continue;
      latest = version;
      if (history.at(-1) !== version.runningStatus) history.push(version.runningStatus);
    }
  });
  await session.send('ServiceWorker.enable');
  const waitFor = async (status: WorkerVersion['runningStatus'], timeoutMs = 10_000) => {
    const deadline = Date.now() + timeoutMs;
    while (latest?.runningStatus !== status) {
      if (Date.now() > deadline)
        throw new Error(`Service worker never reached "${status}" (saw ${history.join(' → ')})`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  return {
    history,
    status: () => latest?.runningStatus,
    waitFor,
    /** Stops the extension's worker and resolves once Chromium reports it stopped. */
    async stop() {
      await waitFor('running');
      await session.send('ServiceWorker.stopWorker', { versionId: latest!.versionId });
      await waitFor('stopped');
    },
    detach: () => session.detach(),
  };
}

/**
 * Turns on chrome://extensions developer mode for this profile. Chromium disables an unpacked extension that
 * reloads itself (`runtime.reload()`) unless developer mode is on, as it is for anyone who loaded one by hand.
 */
export async function enableDeveloperMode(context: BrowserContext): Promise<void> {
  const page = await context.newPage();
  try {
    await page.goto('chrome://extensions/');
    await page.evaluate(async () => {
      const developerPrivate = (
        globalThis as unknown as {
          chrome: { developerPrivate: { updateProfileConfiguration(config: object): Promise<void> } };
        }
      ).chrome.developerPrivate;
      await developerPrivate.updateProfileConfiguration({ inDeveloperMode: true });
    });
  } finally {
    await page.close();
  }
}
