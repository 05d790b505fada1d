/**
 * "Sends nothing anywhere": during a scripted session — an article marked and hovered, a note and "Open in the library" in its card, the
 * popup (page list, search, a note), the library (search, export in every format) — no context of the extension
 * and no page makes a request to anything but the 127.0.0.1 fixture server and the extension's own files.
 *
 * Every DevTools target is watched (see support/every-target-network.ts). Control requests fired at the end from
 * the service worker, an extension page and the article prove the watch really sees those contexts.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from '../../scripts/harness/extension-browser';
import {
  watchEveryTargetsNetwork,
  type EveryTargetNetworkWatch,
  type ObservedRequest,
} from './support/every-target-network';
import { recordScans, waitForScans } from './support/content-marks';
import { card, clickMention, hoverMention } from './card-helpers';
import { openFixtureTab, openLibrary, openPopup } from './ui-support';

const CONTROL_ORIGIN = 'https://network-watch-control.invalid';

/** `extensionHosts`: the extension's id and its per-session dynamic id (packaged files read from pages use it). */
function isAllowed(rawUrl: string, extensionHosts: readonly string[], fixtureOrigin: string): boolean {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return false;
  }
  if (url.protocol === 'chrome-extension:') return extensionHosts.includes(url.host);
  // blob: and data: URLs never leave the browser; a blob: URL names the origin that made it.
  if (url.protocol === 'data:') return true;
  if (url.protocol === 'blob:') return isAllowed(rawUrl.slice('blob:'.length), extensionHosts, fixtureOrigin);
  return url.origin === fixtureOrigin;
}

describe('no network requests from any context', () => {
  let browser: ExtensionBrowser;
  let watch: EveryTargetNetworkWatch;
  const fixtureOrigin = inject('fixtureOrigin');

  beforeAll(async () => {
    browser = await launchExtensionBrowser();
    watch = await watchEveryTargetsNetwork(browser.context);
  });
  afterAll(async () => {
    await watch?.stop();
    await browser?.close();
  });

  it('makes requests only to the fixture server and its own files during a full session', async () => {
    const { extensionId } = browser;

    // An article: marked, one mention hovered until its card shows, then pinned: a note written in the card, and
    // "Open in the library" from its notes.
    const { page: article, tabId } = await openFixtureTab(browser, 'about:blank');
    await recordScans(article);
    await watch.settled();
    await article.goto(`${fixtureOrigin}/fixtures/hardening-article.html`);
    expect((await waitForScans(article)).painted).toBeGreaterThan(0);
    await hoverMention(article, 'kinship allowance');
    await card(article).waitFor({ state: 'visible' });
    await clickMention(article, 'kinship allowance');
    await card(article).locator('.crl-notes-toggle').click();
    await card(article).getByLabel('Add a note').fill('Written in the card, sent nowhere');
    await card(article).getByRole('button', { name: 'Save note' }).click();
    await card(article).locator('.lens-note-text', { hasText: 'sent nowhere' }).waitFor();
    await card(article).getByRole('button', { name: 'Copy with sources', exact: true }).click();
    const libraryOpened = browser.context.waitForEvent('page', {
      predicate: (page) => page.url().includes('library.html'),
    });
    await card(article).getByRole('button', { name: 'Open in the library' }).click();
    const openedLibrary = await libraryOpened;
    await openedLibrary.waitForLoadState();

    // The popup on that tab: its "On this page" list, a search, a note.
    const popup = await openPopup(browser, tabId);
    await popup.getByRole('region', { name: 'On this page' }).getByRole('button').first().waitFor();
    await popup.getByLabel('Search the review’s recommendations').fill('regional care co-operatives');
    await popup.locator('.lens-results [data-record-id]').first().waitFor();
    await popup.getByLabel('Search the review’s recommendations').press('Enter');
    await popup.getByLabel('Add a note').fill('Ask the director about the co-operative pilot');
    await popup.getByRole('button', { name: 'Save note' }).click();
    await popup.locator('.lens-note-text', { hasText: 'co-operative pilot' }).waitFor();

    // The library: the record table search, the notes search, and every export.
    const library = await openLibrary(browser);
    await library.getByLabel('Search titles, terms, text and your notes').fill('kinship');
    await library.getByRole('link', { name: 'Your notes' }).click();
    await library.getByLabel('Search your notes').fill('director');
    await library.locator('.lens-notes-browser .lens-note').first().waitFor();
    await library.goto(`chrome-extension://${extensionId}/library.html#/data`);
    for (const name of ['Notes as JSON', 'Notes as Markdown', 'Notes as CSV', 'Dataset as JSON', 'Dataset as CSV']) {
      const [download] = await Promise.all([
        library.waitForEvent('download'),
        library.getByRole('button', { name }).click(),
      ]);
      expect(await download.failure()).toBeNull();
    }

    // Let late work (live queries, idle scans, the worker) finish before reading the record.
    await article.waitForTimeout(1_000);
    await watch.settled();
    const sessionRequests: ObservedRequest[] = [...watch.requests];

    // Controls: one request from each kind of context must be seen by our own CDP attachment.
    const worker = await browser.serviceWorker();
    await worker.evaluate((url) => fetch(`${url}/service-worker`).catch(() => undefined), CONTROL_ORIGIN);
    await library.evaluate((url) => fetch(`${url}/extension-page`).catch(() => undefined), CONTROL_ORIGIN);
    await article.evaluate((url) => fetch(`${url}/article`).catch(() => undefined), CONTROL_ORIGIN);
    await expect
      .poll(() =>
        watch.requests
          .filter((request) => request.witness === 'cdp' && request.url.startsWith(CONTROL_ORIGIN))
          .map((request) => `${request.targetType} ${new URL(request.url).pathname}`)
          .sort(),
      )
      .toEqual(expect.arrayContaining(['page /article', 'page /extension-page', 'service_worker /service-worker']));

    // The session really exercised the extension: its pages, worker and the article were all watched.
    const watchedUrls = watch.targets.filter((target) => target.networkWatched).map((t) => `${t.type} ${t.url}`);
    expect(watchedUrls).toEqual(
      expect.arrayContaining([
        expect.stringMatching(new RegExp(`^service_worker chrome-extension://${extensionId}/`)),
        expect.stringMatching(new RegExp(`^page chrome-extension://${extensionId}/popup\\.html`)),
        expect.stringMatching(new RegExp(`^page chrome-extension://${extensionId}/library\\.html`)),
        `page ${fixtureOrigin}/fixtures/hardening-article.html`,
      ]),
    );
    expect(sessionRequests.some((request) => request.url.startsWith(`${fixtureOrigin}/fixtures/`))).toBe(true);

    const dynamicId = await (
      await browser.serviceWorker()
    ).evaluate(() => (chrome.runtime as typeof chrome.runtime & { dynamicId?: string }).dynamicId ?? '');
    const extensionHosts = [extensionId, dynamicId].filter(Boolean);
    const outside = sessionRequests.filter((request) => !isAllowed(request.url, extensionHosts, fixtureOrigin));
    expect(outside).toEqual([]);
  });
});
