/**
 * "Sends nothing anywhere", in Firefox: during a scripted session — an article marked and a card opened by hover,
 * the popup's search and a note, the library's search and every export — nothing but the 127.0.0.1 fixture server
 * and the extension's own files is requested, by any page, extension page or the background page. Control requests
 * made at the end from the article, an extension page and the background page prove each witness sees them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  launchFirefoxExtensionBrowser,
  pollInPage,
  type FirefoxExtensionBrowser,
} from '../../../scripts/harness/firefox-browser';
import { hoverMention, waitForCard } from './support/firefox-card';
import { openFixture } from './support/firefox-pages';
import { byLabel, clickButton, waitForDownload, waitForText } from './support/firefox-ui';
import {
  startRecordingProxy,
  watchBidiRequests,
  type BidiRequest,
  type ProxyWitness,
} from './support/network-witnesses';

const CONTROL = 'http://network-watch-control.invalid';

function isAllowed(rawUrl: string, extensionOrigin: string, fixtureOrigin: string): boolean {
  if (rawUrl.startsWith(`${extensionOrigin}/`) || rawUrl === 'about:blank') return true;
  if (rawUrl.startsWith('data:')) return true;
  // A blob: URL names the origin that made it, and never leaves the browser.
  if (rawUrl.startsWith('blob:')) return isAllowed(rawUrl.slice('blob:'.length), extensionOrigin, fixtureOrigin);
  try {
    return new URL(rawUrl).origin === fixtureOrigin;
  } catch {
    return false;
  }
}

describe('Firefox: no network requests from any context', () => {
  const downloads = mkdtempSync(join(tmpdir(), 'care-lens-firefox-downloads-'));
  let proxy: ProxyWitness;
  let firefox: FirefoxExtensionBrowser;
  let bidi: BidiRequest[];

  beforeAll(async () => {
    proxy = await startRecordingProxy();
    firefox = await launchFirefoxExtensionBrowser({ prefs: proxy.prefs, downloadDir: downloads });
    bidi = watchBidiRequests(firefox.browser);
  });
  afterAll(async () => {
    await firefox?.close();
    await proxy?.close();
    rmSync(downloads, { recursive: true, force: true });
  });

  it('requests only the fixture server and its own files during a full session', async () => {
    const fixtureOrigin = inject('fixtureOrigin');
    const { page: article } = await openFixture(firefox, 'hardening-article.html');
    await hoverMention(article, 'kinship allowance');
    await waitForCard(firefox, article);

    const popup = await firefox.openExtensionPage('popup.html');
    await pollInPage(popup, () => document.activeElement?.id === 'popup-search');
    await popup.keyboard.type('regional care co-operatives');
    await pollInPage(popup, () => document.querySelector('.lens-results [data-list-item]') !== null);
    await popup.keyboard.press('ArrowDown');
    await popup.keyboard.press('Enter');
    await (await byLabel(popup, 'Add a note')).type('Ask about the co-operative pilot');
    await clickButton(popup, 'Save note');
    await waitForText(popup, '.lens-note-text', 'co-operative pilot');

    const library = await firefox.openExtensionPage('library.html#/data');
    for (const [name, file] of [
      ['Notes as JSON', /notes-.*\.json$/],
      ['Notes as Markdown', /notes-.*\.md$/],
      ['Notes as CSV', /notes-.*\.csv$/],
      ['Dataset as JSON', /dataset.*\.json$/],
      ['Dataset as CSV', /dataset.*\.csv$/],
    ] as const) {
      await clickButton(library, name);
      await waitForDownload(downloads, file);
    }
    // Late work (live queries, idle scans, the background page) has its moment before the record is read.
    await new Promise((resolveWait) => setTimeout(resolveWait, 1_000));
    const sessionBidi = [...bidi];
    const sessionProxy = [...proxy.requests];

    // Controls: each witness sees a request from each kind of context it claims to cover.
    await article.evaluate((url) => fetch(`${url}/article`).catch(() => undefined), CONTROL);
    await library.evaluate((url) => fetch(`${url}/extension-page`).catch(() => undefined), CONTROL);
    const backgroundSeen = await library.evaluate(async (url) => {
      const api = (globalThis as unknown as { browser: { extension: { getBackgroundPage(): Window | null } } }).browser;
      const background = api.extension.getBackgroundPage();
      if (!background) return false;
      await background.fetch(`${url}/background`).catch(() => undefined);
      return true;
    }, CONTROL);
    expect(backgroundSeen).toBe(true);
    await expect
      .poll(() => bidi.filter((request) => request.url.startsWith(CONTROL)).map((r) => new URL(r.url).pathname))
      .toEqual(expect.arrayContaining(['/article', '/extension-page']));
    await expect
      .poll(() => proxy.requests.filter((line) => line.includes('network-watch-control.invalid')))
      .toEqual(
        expect.arrayContaining([
          `GET ${CONTROL}/article`,
          `GET ${CONTROL}/extension-page`,
          `GET ${CONTROL}/background`,
        ]),
      );

    // The session went through the witnesses. (BiDi does not report the loading of moz-extension: pages themselves,
    // only what they request; the extension-page control above shows those are watched.)
    expect(sessionBidi.some((request) => request.url === `${fixtureOrigin}/fixtures/hardening-article.html`)).toBe(
      true,
    );
    expect(sessionBidi.filter((request) => !isAllowed(request.url, firefox.origin, fixtureOrigin))).toEqual([]);
    expect(sessionProxy).toEqual([]);
  });
});
