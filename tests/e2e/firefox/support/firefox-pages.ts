/**
 * How the Firefox suite opens and reads pages (puppeteer-core over WebDriver BiDi). The in-page probes are the
 * Chromium suite's own (`support/content-marks.ts`), so both browsers are read the same way.
 */
import type { Page } from 'puppeteer-core';
import { inject } from 'vitest';
import { pollInPage, type FirefoxExtensionBrowser } from '../../../../scripts/harness/firefox-browser';
import { collectMarks, scanRecorder, type Mark, type ScanReportSeen } from '../../support/content-marks';

export function fixtureUrl(path: string): string {
  if (/^https?:/.test(path)) return path;
  return `${inject('fixtureOrigin')}${path.startsWith('/') ? path : `/fixtures/${path}`}`;
}

/** Waits until the content script has finished `count` scans of the current page; returns the latest report. */
export async function waitForScans(page: Page, count = 1, timeoutMs = 20_000): Promise<ScanReportSeen> {
  await pollInPage(page, (n: number) => (window.careLensScans?.length ?? 0) >= n, count, timeoutMs);
  return page.evaluate(() => window.careLensScans!.at(-1)!);
}

/** A new tab that records the content script's scan reports from the start, the page loaded and its first scan awaited. */
export async function openFixture(
  firefox: FirefoxExtensionBrowser,
  path: string,
): Promise<{ page: Page; report: ScanReportSeen }> {
  const page = await firefox.newPage();
  await page.evaluateOnNewDocument(scanRecorder);
  await page.goto(fixtureUrl(path));
  return { page, report: await waitForScans(page) };
}

export async function readMarks(page: Page): Promise<Mark[]> {
  return page.evaluate(collectMarks);
}

export async function markTexts(page: Page): Promise<string[]> {
  return (await readMarks(page)).map((mark) => mark.text);
}

/**
 * The extension's tab id for `page`, found from an extension page as the popup would: every tab is asked which page
 * it shows (the content script answers with its URL); the extension has no "tabs" permission to read URLs itself.
 */
async function tabIdOf(probe: Page, url: string): Promise<number> {
  return probe.evaluate(async (wanted) => {
    const api = (globalThis as unknown as { browser: typeof chrome }).browser;
    const own = await api.tabs.getCurrent();
    for (const tab of await api.tabs.query({})) {
      if (tab.id === undefined || tab.id === own?.id) continue;
      const reply = (await api.tabs
        .sendMessage(tab.id, { type: 'care-lens/get-page-mentions' })
        .catch(() => undefined)) as { url?: string } | undefined;
      if (reply?.url === wanted) return tab.id;
    }
    throw new Error(`No content script answers for ${wanted}`);
  }, url);
}

/** Sends `message` to the content script of `page` from an extension page (`tabs.sendMessage`) and returns the reply. */
export async function askContentScript<Reply>(
  firefox: FirefoxExtensionBrowser,
  page: Page,
  message: unknown,
): Promise<Reply> {
  const probe = await firefox.openExtensionPage('library.html#/about');
  try {
    const tabId = await tabIdOf(probe, page.url());
    return (await probe.evaluate(
      async (id, sent) => (globalThis as unknown as { browser: typeof chrome }).browser.tabs.sendMessage(id, sent),
      tabId,
      message as object,
    )) as Reply;
  } finally {
    await probe.close();
  }
}
