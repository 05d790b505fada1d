/** What the content-script benchmarks share: the plain host, switching marking per site, waiting on scans, the floor. */
import type { Page } from 'playwright-core';
import type { BenchContext } from '../../scripts/harness/bench-types';

/** A host the content script does not run on: the floor, the bound and mark.js are measured there. */
export const PLAIN_HOST = 'http://plain.care-lens-bench.invalid';
const SCAN_TIMEOUT_MS = 120_000;

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
export const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : '—');
export const ratio = (value: number, to: number) => `${(value / to).toFixed(2)}×`;

export async function withTimeout<T>(promise: Promise<T>, timeoutMs: number): Promise<T | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), timeoutMs)));
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Marking off on `sites` (the popup's "not on this site"), from the service worker. */
export async function setDisabledSites(context: BenchContext, sites: string[]): Promise<void> {
  const worker = await context.browser.serviceWorker();
  await worker.evaluate(async (disabledSites) => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...(settings as object | undefined), disabledSites } });
  }, sites);
}

/** Waits (in the page, without polling it) until `count` scans have settled and been painted. */
export async function scansPainted(page: Page, count: number): Promise<void> {
  const done = await withTimeout(page.evaluate(`window.benchScansPainted(${count})`), SCAN_TIMEOUT_MS);
  if (done === null) throw new Error(`scan ${count} was not painted within ${SCAN_TIMEOUT_MS / 1000} s`);
}

/** Serves `pages` (path → HTML) on the plain host, and the bench server's /node_modules there too (mark.js). */
export async function servePlainHost(context: BenchContext, pages: Map<string, string>): Promise<void> {
  await context.browser.context.route(`${PLAIN_HOST}/**`, async (route) => {
    const { pathname } = new URL(route.request().url());
    if (pathname.startsWith('/node_modules/')) {
      await route.fulfill({ response: await route.fetch({ url: `${context.origin}${pathname}` }) });
      return;
    }
    await route.fulfill({ body: pages.get(pathname) ?? 'missing', contentType: 'text/html' });
  });
}

/** The floor: a TreeWalker visiting every text node and reading every character (the least any scanner does). */
export const FLOOR_SCRIPT = `(() => {
  const started = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let sum = 0;
  let chars = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = node.data;
    for (let i = 0; i < data.length; i += 1) sum = (sum + data.charCodeAt(i)) | 0;
    chars += data.length;
  }
  return { ms: performance.now() - started, chars, sum };
})()`;

/** The floor on `path` of the plain host, in a fresh page that has settled for a second. */
export async function measureFloor(context: BenchContext, path: string): Promise<{ ms: number; chars: number }> {
  const page = await context.browser.context.newPage();
  await page.goto(`${PLAIN_HOST}${path}`);
  await page.waitForTimeout(1000);
  const floor = (await page.evaluate(FLOOR_SCRIPT)) as { ms: number; chars: number };
  await page.close();
  return floor;
}

/** One scan report as the page saw it (tests/bench/content-bench-page.ts `BENCH_PROBES`). */
export interface SeenScan {
  at: number;
  paintedAt: number;
  report: {
    scanMs: number;
    waitedMs: number;
    busyMs: number;
    firstSliceAt: number;
    walkMs: number;
    readMs: number;
    evidenceMs: number;
    paintMs: number;
    longestSliceMs: number;
    painted: number;
    registered: number;
  };
}
