/**
 * The one way an end-to-end test opens a page with the extension loaded: a new tab of the extension browser that
 * records the content script's scan reports from the start, the page loaded, and its first scan awaited.
 */
import type { Page } from 'playwright-core';
import { inject } from 'vitest';
import type { ExtensionBrowser } from '../../../scripts/harness/extension-browser';
import { recordScans, waitForScans, type ScanReportSeen } from './content-marks';

export interface FixturePage<Report> {
  page: Page;
  /** The first scan's report; null when not awaited. */
  report: Report;
}

/** A page under tests/fixtures/pages (`card-article.html`), or any address on the fixture server (`/demo/`). */
export function fixtureUrl(path: string): string {
  if (/^https?:/.test(path)) return path;
  return `${inject('fixtureOrigin')}${path.startsWith('/') ? path : `/fixtures/${path}`}`;
}

export async function openFixture(browser: ExtensionBrowser, path: string): Promise<FixturePage<ScanReportSeen>>;
export async function openFixture(
  browser: ExtensionBrowser,
  path: string,
  options: { waitForScan: false },
): Promise<FixturePage<null>>;
export async function openFixture(
  browser: ExtensionBrowser,
  path: string,
  { waitForScan = true }: { waitForScan?: boolean } = {},
): Promise<FixturePage<ScanReportSeen | null>> {
  const page = await browser.context.newPage();
  await recordScans(page);
  await page.goto(fixtureUrl(path));
  return { page, report: waitForScan ? await waitForScans(page) : null };
}
