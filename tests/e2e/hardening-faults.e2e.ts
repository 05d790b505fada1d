/**
 * Faults in the real browser: the service worker stopped mid-session and then needed; a page with 100,000
 * elements; storage refusing writes part-way through an import; the extension reloaded while a page is open.
 */
import { resolve } from 'node:path';
import { openFixture } from './support/open-fixture';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { card, clickMention, hoverMention, openCards } from './card-helpers';
import { activeMark, pressMentionShortcut, readMarks, recordScans, waitForScans } from './support/content-marks';
import { launchReloadableExtensionBrowser, type ReloadableExtensionBrowser } from './support/reloadable-extension';
import { stopServiceWorker } from './support/service-worker-control';
import { readLiveNotes } from './support/storage-probes';
import { addNoteInLibrary, openLibrary } from './ui-support';

const ARTICLE = 'hardening-article.html';

/** A complete ("X") event of a Chromium trace; durations in microseconds, `tdur` being thread (CPU) time. */
interface TraceEvent {
  name: string;
  ph: string;
  dur: number;
  tdur?: number;
  args?: { data?: { url?: string } };
}

/** A document of exactly `count` elements in <body>: paragraphs of inline spans, with dataset terms at three places. */
function hugeDocument(count: number): string {
  const perParagraph = 5; // the <p> and four inline children
  const paragraphs = Math.floor(count / perParagraph);
  const parts: string[] = [];
  for (let i = 0; i < paragraphs; i += 1) {
    const term = i === 3 || i === Math.floor(paragraphs / 2) || i === paragraphs - 3 ? 'a kinship allowance for ' : '';
    parts.push(
      `<p><span>Item ${i}: </span><em>${term}families</em> <b>waited</b> <a href="#p${i}">months</a> for a decision.</p>`,
    );
  }
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Children's social care archive</title></head><body>${parts.join('')}</body></html>`;
}

describe('faults', () => {
  let browser: ReloadableExtensionBrowser;
  const origin = inject('fixtureOrigin');

  beforeAll(async () => {
    browser = await launchReloadableExtensionBrowser();
  });
  afterAll(async () => browser?.close());

  async function stopWorker(): Promise<void> {
    const probe = await browser.openExtensionPage('library.html#/about');
    await stopServiceWorker(probe, browser.extensionId);
    await probe.close();
  }

  it('keeps working when the service worker is stopped mid-session, waking it when needed', async () => {
    const article = (await openFixture(browser, ARTICLE)).page;
    const library = await openLibrary(browser, '#/about');

    // Cards come from the content script alone.
    await stopWorker();
    await hoverMention(article, 'kinship allowance');
    await card(article).waitFor({ state: 'visible' });

    // A note written in the card goes through the stopped worker: the card's notes port wakes it.
    await stopWorker();
    await clickMention(article, 'kinship allowance');
    await card(article).locator('.crl-notes-toggle').click();
    await card(article).getByLabel('Add a note').fill('Written in the card while the worker slept');
    await card(article).getByRole('button', { name: 'Save note' }).click();
    await card(article).locator('.lens-note-text', { hasText: 'while the worker slept' }).waitFor();
    // "Open in the library" points the open library at the record (the card frame does it, no worker needed).
    await stopWorker();
    await card(article).getByRole('button', { name: 'Open in the library' }).click();
    await expect.poll(() => library.url()).toContain('#/record/fn-3');
    await library.getByRole('heading', { name: 'A kinship allowance at fostering rates' }).waitFor();

    // The keyboard command travels browser → worker → content script.
    await article.keyboard.press('Escape');
    await stopWorker();
    await article.bringToFront();
    await pressMentionShortcut(article, 'next');
    await expect.poll(() => activeMark(article)).not.toBeNull();

    // Extension pages open the database themselves: a note is written with the worker stopped.
    await stopWorker();
    await addNoteInLibrary(library, 'fn-3', 'Written while the worker sleeps');
    expect((await readLiveNotes(library)).map((note) => note.text)).toContain('Written while the worker sleeps');
    await library.close();
    await article.close();
  });

  it('marks a page of 100,000 elements without crashing it or blocking it for 50 ms', async () => {
    const page = await browser.context.newPage();
    let crashed = false;
    page.on('crash', () => (crashed = true));
    const html = hugeDocument(100_000);
    await page.route(`${origin}/generated/**`, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
    );
    await recordScans(page);
    // A DevTools trace times every piece of the content script's work. Its thread time (tdur) is what the script
    // itself costs; wall time on a shared 2-core machine also counts other processes, so it is not used here.
    const tracer = browser.context.browser()!;
    await tracer.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
    try {
      await page.goto(`${origin}/generated/huge.html`);
      expect(await page.evaluate(() => document.body.querySelectorAll('*').length)).toBe(100_000);
      const report = await waitForScans(page, 1, 60_000);
      expect(crashed).toBe(false);
      expect(report.painted).toBe(3);
      expect((await readMarks(page)).map((mark) => mark.text)).toEqual(Array(3).fill('kinship allowance'));
    } finally {
      const trace = JSON.parse((await tracer.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
      const extensionWork = trace.traceEvents.filter(
        (event) =>
          event.ph === 'X' &&
          ['EvaluateScript', 'FunctionCall'].includes(event.name) &&
          String(event.args?.data?.url ?? '').startsWith(`chrome-extension://${browser.extensionId}/`),
      );
      expect(extensionWork.length).toBeGreaterThan(1);
      const longest = Math.max(...extensionWork.map((event) => (event.tdur ?? event.dur) / 1000));
      expect(longest).toBeLessThan(50);
    }
    // The page still answers promptly.
    const started = Date.now();
    await page.evaluate(() => document.title);
    expect(Date.now() - started).toBeLessThan(1_000);
    await page.close();
  }, 120_000);

  it('changes nothing and tells the user when storage refuses writes during an import', async () => {
    const library = await openLibrary(browser, '#/data');
    const notes = async () =>
      (await readLiveNotes(library)).map(({ id, text, updatedAt }) => ({ id, text, updatedAt }));
    await addNoteInLibrary(library, 'fn-3', 'Kept through a full disk');
    await library.evaluate(() => (location.hash = '#/data'));
    await library.getByLabel('Notes file (JSON)').waitFor();
    const before = await notes();

    // The disk fills up on the third note written: the browser refuses that write (as Firefox does).
    await library.evaluate(() => {
      const store = IDBObjectStore.prototype;
      const put = store.put;
      let writes = 0;
      store.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
        if (this.name === 'notes' && ++writes >= 3) {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        }
        return put.apply(this, args);
      };
      (window as unknown as { restorePut(): void }).restorePut = () => (store.put = put);
    });
    const file = resolve('tests/fixtures/bad-data/notes-valid.json');
    await library.getByLabel('Notes file (JSON)').setInputFiles(file);
    await library.getByRole('button', { name: 'Import notes' }).click();
    const alert = library.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toBe(
      'Could not import the notes: the browser has no more storage space for Care Review Lens. ' +
        'Free some disk space or clear other sites’ data, then try again. Nothing was changed.',
    );
    expect(await notes()).toEqual(before);

    await library.evaluate(() => (window as unknown as { restorePut(): void }).restorePut());
    await library.getByLabel('Notes file (JSON)').setInputFiles(file);
    await library.getByRole('button', { name: 'Import notes' }).click();
    await library.getByText('Imported 5 notes: 5 added, 0 updated, 0 already up to date.').waitFor();
    expect((await notes()).length).toBe(before.length + 5);
    await library.close();
  });

  it('after a reload, the old content script takes itself down and the new one marks without doubles', async () => {
    const page = (await openFixture(browser, ARTICLE)).page;
    const marksBefore = (await readMarks(page)).map((mark) => mark.text);
    expect(marksBefore.length).toBeGreaterThanOrEqual(3);
    await hoverMention(page, 'kinship allowance');
    await card(page).waitFor({ state: 'visible' });

    await browser.reloadExtension();

    // The old script finds out at the reader's next move, and takes down its marks, card and listeners.
    await page.mouse.move(5, 5);
    // The reload took the card frame (an extension page) away; the old script removes its host.
    await expect.poll(() => page.locator('care-lens-card').count()).toBe(0);
    await hoverMention(page, 'kinship allowance').catch(() => undefined);
    await expect.poll(() => readMarks(page), { timeout: 5_000 }).toEqual([]);
    expect(await page.locator('care-lens-card').count()).toBe(0);
    const scans = await page.evaluate(() => window.careLensScans!.length);
    await page.evaluate(() => {
      const paragraph = document.createElement('p');
      paragraph.textContent = 'Councillors asked again about the kinship allowance for children in care.';
      document.body.append(paragraph);
    });
    await page.waitForTimeout(800);
    expect(await page.evaluate(() => window.careLensScans!.length)).toBe(scans);
    expect(await readMarks(page)).toEqual([]);

    // The new content script arrives with the next load of the page: the same marks, once each.
    await page.reload();
    await waitForScans(page);
    expect((await readMarks(page)).map((mark) => mark.text)).toEqual(marksBefore);
    await hoverMention(page, 'kinship allowance');
    await card(page).waitFor({ state: 'visible' });
    expect(await page.locator('care-lens-card').count()).toBe(1);
    expect(await openCards(page)).toBe(1);
    await page.close();
  });
});
