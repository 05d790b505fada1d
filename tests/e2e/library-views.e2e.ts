import { mkdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import dataset from '../../data/generated/dataset.json';
import { launchExtensionBrowser, type ExtensionBrowser } from '../../scripts/harness/extension-browser';
import { axeViolations, openLibrary, overflowsHorizontally } from './ui-support';

const VIEWS = ['#/', '#/record/fn-3', '#/record/fn-3/notes', '#/notes', '#/data', '#/settings', '#/about'] as const;
const recommendations = dataset.records.filter((record) => record.kind === 'recommendation');

describe('library page in Chromium', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchExtensionBrowser();
  });
  afterAll(async () => browser?.close());

  it('lists every recommendation in the review’s order, numbered as the review does, table first', async () => {
    const page = await openLibrary(browser);
    const rows = page.locator('#records-table tbody tr');
    await expect.poll(() => rows.count()).toBe(recommendations.length);
    const inReviewOrder = [...recommendations].sort((a, b) => a.chapter! - b.chapter! || a.order! - b.order!);
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-record-id')))).toEqual(
      inReviewOrder.map((record) => record.id),
    );
    const first = inReviewOrder[0]!;
    expect(await rows.first().locator('.lens-col-chapter [aria-hidden="true"]').textContent()).toBe(
      `Ch ${first.chapter} · ${first.order}`,
    );
    expect(await rows.first().locator('.lens-col-chapter').textContent()).toContain(
      `Chapter ${first.chapter}, recommendation ${first.order}`,
    );
    // No internal ids in the rows.
    expect(await page.locator('#records-table tbody').textContent()).not.toContain(first.id);
    // The table is on the first screen: no charts above it until asked for.
    expect((await page.locator('#records-table').boundingBox())!.y).toBeLessThan(450);
    expect(await page.locator('.lens-overview').count()).toBe(0);
    expect(await page.getByRole('status').filter({ hasText: 'Showing' }).textContent()).toBe(
      `Showing ${recommendations.length} of ${recommendations.length}`,
    );
    const header = await page.locator('.lens-library-brand').textContent();
    expect(header).toContain(`Dataset ${dataset.meta.version}`);
    await page.close();
  });

  it('sorts by a column and says so with aria-sort', async () => {
    const page = await openLibrary(browser);
    const statusHeader = page.locator('#records-table thead th.lens-col-status');
    await statusHeader.getByRole('button').click();
    expect(await statusHeader.getAttribute('aria-sort')).toBe('ascending');
    const firstStatus = await page.locator('#records-table tbody tr').first().getAttribute('data-record-id');
    const legislated = recommendations.filter((record) => record.status === 'legislated').map((record) => record.id);
    expect(legislated).toContain(firstStatus);
    await statusHeader.getByRole('button').click();
    expect(await statusHeader.getAttribute('aria-sort')).toBe('descending');
    await page.close();
  });

  it('filters the table by words (with a typo) and by status', async () => {
    const page = await openLibrary(browser);
    await page.getByLabel('Search titles, terms, text and your notes').fill('kinship alowance');
    const rows = page.locator('#records-table tbody tr');
    await expect
      .poll(() => rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-record-id'))))
      .toContain('fn-3');
    await page.getByLabel('Search titles, terms, text and your notes').fill('');
    await page.locator('#records-filter-status').selectOption('rejected');
    const rejected = recommendations.filter((record) => record.status === 'rejected').length;
    await expect.poll(() => rows.count()).toBe(rejected);
    await page.close();
  });

  it('puts background records after every chapter, labelled as background', async () => {
    const page = await openLibrary(browser);
    await page.getByLabel('Show').selectOption('all');
    const rows = page.locator('#records-table tbody tr');
    await expect.poll(() => rows.count()).toBe(dataset.records.length);
    const kinds = await rows.evaluateAll((trs) => trs.map((tr) => tr.querySelector('.crl-background-label') !== null));
    expect(kinds.indexOf(true)).toBe(recommendations.length);
    expect(kinds.slice(recommendations.length).every(Boolean)).toBe(true);
    await page.close();
  });

  it('draws the status charts in SVG, behind a toggle it remembers, with captions that say what the data can show', async () => {
    let page = await openLibrary(browser);
    const toggle = page.getByRole('button', { name: 'Status charts' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    await page.locator('.lens-overview svg[role="img"]').first().waitFor();
    await page.close();
    // Remembered: the next library shows them straight away.
    page = await openLibrary(browser);
    const charts = page.locator('.lens-overview svg[role="img"]');
    expect(await charts.count()).toBe(2);
    const caption = await page.locator('.lens-overview figcaption').nth(1).textContent();
    expect(caption).toContain('from each record’s dated status history');
    const bars = await page.locator('.lens-overview svg').first().locator('rect.lens-chart-fill').count();
    expect(bars).toBeGreaterThan(0);
    await page.locator('summary', { hasText: 'The numbers behind this chart' }).click();
    const lastRow = await page.locator('.lens-chart-data tbody tr').last().locator('td').last().textContent();
    expect(lastRow).toBe('0');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Status charts' }).click();
    await page.locator('.lens-overview').waitFor({ state: 'detached' });
    await page.close();
  });

  it('shows a record in full: every timeline event and every source', async () => {
    const record = dataset.records.find((candidate) => candidate.id === 'fn-3')!;
    const page = await openLibrary(browser, '#/record/fn-3');
    await page.getByRole('heading', { level: 2, name: record.title }).waitFor();
    expect(await page.locator('.crl-timeline-event').count()).toBe(record.timeline.length);
    expect(await page.locator('.crl-source-list li').count()).toBe(record.sources.length);
    expect(await page.getByRole('heading', { name: 'Your notes' }).count()).toBe(1);
    await page.close();
  });

  it('lands on the note box with focus in it from an "Open notes" link, as the background opens it', async () => {
    const page = await openLibrary(browser, '#/record/care-1/notes');
    const box = page.getByRole('region', { name: 'Your notes' }).getByLabel('Add a note');
    await expect.poll(() => box.evaluate((element) => element === document.activeElement)).toBe(true);
    const { top, bottom } = await box.evaluate((element) => element.getBoundingClientRect());
    expect(top).toBeGreaterThanOrEqual(0);
    expect(bottom).toBeLessThanOrEqual(900);
    // Typing goes straight into the note.
    await page.keyboard.type('Ask about the pilot areas');
    expect(await box.inputValue()).toBe('Ask about the pilot areas');
    await page.close();
  });

  it('follows hash changes and moves focus to the new view', async () => {
    const page = await openLibrary(browser);
    await page.evaluate(() => {
      window.location.hash = '#/record/care-1';
    });
    const heading = page.getByRole('heading', { level: 2, name: /Regional Care Co-operatives/ });
    await heading.waitFor();
    await expect.poll(() => heading.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await page.title()).toContain('Regional Care Co-operatives');
    await page.close();
  });

  it('offers the dataset as JSON and CSV downloads', async () => {
    const page = await openLibrary(browser, '#/data');
    const [jsonDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Dataset as JSON' }).click(),
    ]);
    expect(jsonDownload.suggestedFilename()).toBe(
      `care-review-lens-dataset-${dataset.meta.version}-as-of-${dataset.meta.asOf}.json`,
    );
    const json = JSON.parse(readFileSync(await jsonDownload.path(), 'utf8')) as { id: string }[];
    expect(json.map((record) => record.id).sort()).toEqual(dataset.records.map((record) => record.id).sort());

    const [csvDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Dataset as CSV' }).click(),
    ]);
    const csv = readFileSync(await csvDownload.path(), 'utf8');
    expect(csv.startsWith('\uFEFFid,kind,theme,title,ask')).toBe(true);
    expect(csv).toContain('fn-3,recommendation,family-networks,A kinship allowance at fostering rates');
    await page.close();
  });

  it('shows the importer’s exact message when a file is refused', async () => {
    const page = await openLibrary(browser, '#/data');
    expect(await page.getByRole('button', { name: 'Import notes' }).isDisabled()).toBe(true);
    await page.getByLabel('Notes file (JSON)').setInputFiles({
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"something-else","notes":[]}'),
    });
    await page.getByRole('button', { name: 'Import notes' }).click();
    expect(await page.getByRole('alert').textContent()).toBe(
      'This is not a Care Review Lens notes file: it lacks the “format”: “care-review-lens-notes” marker that ' +
        'every notes export starts with. Nothing was imported.',
    );
    await page.close();
  });

  it('shows the dataset version, as-of date, sources and the privacy promise on About', async () => {
    const page = await openLibrary(browser, '#/about');
    expect(await page.getByTestId('dataset-version').textContent()).toBe(dataset.meta.version);
    expect(await page.getByRole('heading', { name: 'Your privacy: nothing leaves your browser' }).count()).toBe(1);
    await page.locator('summary', { hasText: 'source links' }).click();
    expect(await page.locator('.lens-source-all a').count()).toBeGreaterThan(10);
    await page.close();
  });

  it('saves settings from the settings view', async () => {
    const page = await openLibrary(browser, '#/settings');
    await page.getByLabel('Mark only the first mention of each recommendation on a page').check();
    await page.getByLabel(/^Tint/).check();
    const worker = await browser.serviceWorker();
    await expect
      .poll(() =>
        worker.evaluate(async () => {
          const { settings } = (await chrome.storage.local.get('settings')) as {
            settings?: { firstMentionOnly: boolean; highlightStyle: string };
          };
          return settings && { firstMentionOnly: settings.firstMentionOnly, highlightStyle: settings.highlightStyle };
        }),
      )
      .toEqual({ firstMentionOnly: true, highlightStyle: 'tint' });
    await page.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violations on any view (${colorScheme})`, async () => {
      const page = await openLibrary(browser);
      await page.emulateMedia({ colorScheme });
      for (const hash of VIEWS) {
        await page.evaluate((next) => {
          window.location.hash = next;
        }, hash);
        await page.locator('.lens-library-main h2').first().waitFor();
        await page.waitForTimeout(50);
        expect({ hash, violations: await axeViolations(page) }).toEqual({ hash, violations: [] });
      }
      await page.close();
    });
  }

  it('reads without sideways page scrolling at 200% zoom', async () => {
    // 1280 × 900 at 200% zoom lays out like a 640 × 450 viewport.
    const page = await openLibrary(browser);
    await page.setViewportSize({ width: 640, height: 450 });
    for (const hash of VIEWS) {
      await page.evaluate((next) => {
        window.location.hash = next;
      }, hash);
      await page.locator('.lens-library-main h2').first().waitFor();
      expect({ hash, overflows: await overflowsHorizontally(page) }).toEqual({ hash, overflows: false });
    }
    await page.close();
  });

  it('is usable by keyboard: skip link, navigation, sorting', async () => {
    const page = await openLibrary(browser);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('library-main');
    await page.getByRole('link', { name: 'Your notes' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: 'Your notes' }).waitFor();
    await page.getByRole('link', { name: 'Recommendations' }).focus();
    await page.keyboard.press('Enter');
    const sortTitle = page.locator('#records-table thead th.lens-col-title button');
    await sortTitle.focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('#records-table thead th.lens-col-title').getAttribute('aria-sort')).toBe('ascending');
    await page.keyboard.press('Enter');
    expect(await page.locator('#records-table thead th.lens-col-title').getAttribute('aria-sort')).toBe('descending');
    await page.close();
  });

  it('writes the README screenshot of the library page', async () => {
    const page = await openLibrary(browser);
    await page.setViewportSize({ width: 1280, height: 900 });
    mkdirSync('docs/screenshots', { recursive: true });
    await page.screenshot({ path: 'docs/screenshots/library.png' });
    await page.close();
  });
});
