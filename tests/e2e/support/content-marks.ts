/**
 * How the content-script tests observe marks.
 *
 * Checked in Debian's Chromium 156: the CSS highlight registry belongs to the document, not to a JavaScript world,
 * so `page.evaluate` (the page's main world) sees the highlights the content script registers from its isolated
 * world, with their live Ranges. Tests therefore read `CSS.highlights` directly (`readMarks`).
 *
 * Which records a mark points at is not in the page; tests ask the content script the way the popup does, with
 * `tabs.sendMessage` (`askContentScript`, sent from the extension's service worker).
 *
 * The e2e build dispatches `care-lens:scan-settled` on `document` (detail: a JSON string) whenever the page has
 * been read completely and painted; `recordScans` collects those events from the start of every page load.
 */
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_PATH } from '../../../scripts/harness/chromium';
import type { ExtensionBrowser } from '../../../scripts/harness/extension-browser';

export interface Mark {
  /** The highlight's name in `CSS.highlights`. */
  highlight: string;
  text: string;
  /** Centre of the mark's first line box, only when asked for (`collectMarks(true)`). */
  point?: { x: number; y: number };
}

export interface ScanReportSeen {
  /** When the report arrived (`performance.now()` in the page). */
  settledAt: number;
  firstSliceAt: number;
  scanMs: number;
  nodes: number;
  found: number;
  painted: number;
  registered: number;
  aboutCare: boolean;
  slices: number;
  longestSliceMs: number;
}

declare global {
  interface Window {
    careLensScans?: ScanReportSeen[];
    careLensLongTasks?: { start: number; duration: number }[];
  }
}

/**
 * In the page, before its scripts run: collects scan reports and long tasks (PerformanceObserver "longtask").
 * Shared with the Firefox suite, which installs it with puppeteer's `evaluateOnNewDocument`.
 */
export const scanRecorder = (): void => {
  window.careLensScans = [];
  window.careLensLongTasks = [];
  document.addEventListener('care-lens:scan-settled', (event) => {
    const report = JSON.parse(String((event as CustomEvent).detail)) as Omit<ScanReportSeen, 'settledAt'>;
    window.careLensScans!.push({ ...report, settledAt: performance.now() });
  });
  // Firefox has no "longtask" entries; there the scan reports are recorded all the same.
  if (!PerformanceObserver.supportedEntryTypes.includes('longtask')) return;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      window.careLensLongTasks!.push({ start: entry.startTime, duration: entry.duration });
    }
  }).observe({ type: 'longtask', buffered: true });
};

/** Collects scan reports and long tasks from the start of every load of `page`. */
export async function recordScans(page: Page): Promise<void> {
  await page.addInitScript(scanRecorder);
}

/** Waits until the content script has finished `count` scans of the current page; returns the latest report. */
export async function waitForScans(page: Page, count = 1, timeout = 20_000): Promise<ScanReportSeen> {
  await page.waitForFunction((n) => (window.careLensScans?.length ?? 0) >= n, count, { timeout });
  return page.evaluate(() => window.careLensScans!.at(-1)!);
}

export async function scanCount(page: Page): Promise<number> {
  return page.evaluate(() => window.careLensScans?.length ?? 0);
}

/** Long tasks (50 ms or more) the page has seen that ended after `since` (`performance.now()` time). */
export async function longTasksSince(page: Page, since: number): Promise<{ start: number; duration: number }[]> {
  return page.evaluate((from) => (window.careLensLongTasks ?? []).filter((t) => t.start + t.duration >= from), since);
}

/**
 * In the page: every range of every `care-lens*` highlight, in document order (also for a range in a shadow root, by
 * where its host is), with whitespace runs shown as one space; with `withPoints`, where each is on screen too. Shared
 * with the Firefox suite. One function, since what `page.evaluate` runs cannot call helpers of this module.
 */
export const collectMarks = (withPoints = false): Mark[] => {
  // `compareBoundaryPoints` only compares ranges of one tree.
  const anchor = (node: Node) => {
    for (let root = node.getRootNode(); root instanceof ShadowRoot; root = node.getRootNode()) node = root.host;
    return node;
  };
  const compare = (a: Range, b: Range) => {
    if (a.startContainer.getRootNode() === b.startContainer.getRootNode()) {
      return a.compareBoundaryPoints(Range.START_TO_START, b);
    }
    const position = anchor(a.startContainer).compareDocumentPosition(anchor(b.startContainer));
    return position & (Node.DOCUMENT_POSITION_FOLLOWING | Node.DOCUMENT_POSITION_CONTAINED_BY) ? -1 : 1;
  };
  const marks: { highlight: string; range: Range }[] = [];
  CSS.highlights.forEach((highlight, name) => {
    if (!name.startsWith('care-lens')) return;
    highlight.forEach((range) => marks.push({ highlight: name, range: range as Range }));
  });
  marks.sort((a, b) => compare(a.range, b.range));
  return marks.map(({ highlight, range }) => {
    const mark: Mark = { highlight, text: range.toString().replace(/\s+/g, ' ') };
    const box = withPoints ? range.getClientRects()[0] : undefined;
    if (box) mark.point = { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    return mark;
  });
};

export async function readMarks(page: Page): Promise<Mark[]> {
  return page.evaluate(collectMarks, false);
}

export async function markTexts(page: Page): Promise<string[]> {
  return (await readMarks(page)).map((mark) => mark.text);
}

/** In the page: the body's HTML without the extension's UI host (a `care-lens*` element, if the card has been shown). */
export const bodyHtmlOutsideUi = (): string => {
  const body = document.body.cloneNode(true) as HTMLElement;
  body.querySelectorAll('*').forEach((element) => {
    if (element.localName.startsWith('care-lens')) element.remove();
  });
  return body.innerHTML;
};

export async function bodyHtmlWithoutUi(page: Page): Promise<string> {
  return page.evaluate(bodyHtmlOutsideUi);
}

/** The body's HTML of `url` in a Chromium without the extension, after `settle` (a page-side condition). */
export async function bodyHtmlWithoutExtension(url: string, settle?: () => boolean): Promise<string> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    await page.goto(url);
    if (settle) await page.waitForFunction(settle);
    return await page.evaluate(() => document.body.innerHTML);
  } finally {
    await browser.close();
  }
}

/**
 * Sends `message` to the content script of `page` (as the popup would, with `tabs.sendMessage`) and returns the
 * reply. Without the "tabs" permission the worker cannot read tab URLs, so the page is brought to the front and
 * the active tab is addressed.
 */
export async function askContentScript<Reply>(browser: ExtensionBrowser, page: Page, message: unknown): Promise<Reply> {
  await page.bringToFront();
  const worker = await browser.serviceWorker();
  return worker.evaluate(async (sent) => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) throw new Error('no active tab');
    return (await chrome.tabs.sendMessage(tab.id, sent)) as Reply;
  }, message);
}

/**
 * Presses the extension's keyboard command for the next/previous proposal (Alt+Shift+. / Alt+Shift+,), or with
 * `withBackground` the next/previous mention of any kind (Ctrl+Shift+. / Ctrl+Shift+,). Sent as raw key events
 * over CDP: Playwright's `keyboard.press` goes straight to the page and never reaches the browser's extension
 * shortcuts, a raw key-down does, so this exercises the real command → background → content path.
 */
export async function pressMentionShortcut(
  page: Page,
  direction: 'next' | 'previous',
  { withBackground = false }: { withBackground?: boolean } = {},
): Promise<void> {
  const key =
    direction === 'next' ? { code: 'Period', key: '.', keyCode: 190 } : { code: 'Comma', key: ',', keyCode: 188 };
  const cdp = await page.context().newCDPSession(page);
  // CDP's modifier bits: Alt 1, Ctrl 2, Shift 8.
  const modifiers = (withBackground ? 2 : 1) | 8;
  for (const type of ['rawKeyDown', 'keyUp'] as const) {
    await cdp.send('Input.dispatchKeyEvent', {
      type,
      modifiers,
      windowsVirtualKeyCode: key.keyCode,
      nativeVirtualKeyCode: key.keyCode,
      code: key.code,
      key: key.key,
    });
  }
  await cdp.detach();
}

/** The text of the mark shown as current (the `care-lens-active` highlight), if any. */
export async function activeMark(page: Page): Promise<{ text: string; inView: boolean } | null> {
  return page.evaluate(() => {
    let found: { text: string; inView: boolean } | null = null;
    CSS.highlights.get('care-lens-active')?.forEach((range) => {
      const rect = (range as Range).getBoundingClientRect();
      found = { text: range.toString(), inView: rect.top >= 0 && rect.bottom <= window.innerHeight };
    });
    return found;
  });
}

/** Centre of the first line box of the `index`-th mark (document order). */
export async function markPoint(page: Page, index: number): Promise<{ x: number; y: number }> {
  const point = (await page.evaluate(collectMarks, true))[index]?.point;
  if (!point) throw new Error(`mark ${index} is not on screen`);
  return point;
}

/** Changes the user's settings the way the popup does (extension storage), from the service worker. */
export async function changeSettings(browser: ExtensionBrowser, change: Record<string, unknown>): Promise<void> {
  const worker = await browser.serviceWorker();
  await worker.evaluate(async (partial) => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...(settings as object | undefined), ...partial } });
  }, change);
}

export async function resetSettings(browser: ExtensionBrowser): Promise<void> {
  const worker = await browser.serviceWorker();
  await worker.evaluate(() => chrome.storage.local.remove('settings'));
}
