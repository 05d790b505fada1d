/**
 * "Since this article": on a page whose publication date is known, the card's summary counts the timeline events
 * that came after it, the count links to the timeline, and the timeline shows those events above one "Article
 * published" divider. Expected counts come from the dataset the extension was built with.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { TimelineEvent } from '../../data/schema';
import { formatDate, formatShortDate } from '../../utils/shared/format-date';
import { launchExtensionBrowser, type ExtensionBrowser } from '../../scripts/harness/extension-browser';
import { card, cardRecord, clickMention, recordIdsForTerm, setSettings, showDetails } from './card-helpers';

const [recordId] = recordIdsForTerm('kinship allowance');
const record = cardRecord(recordId!);

/** Independent of the card's code: an event counts when its (month, for month-only dates) is later. */
function laterThan(event: TimelineEvent, published: string): boolean {
  return event.datePrecision === 'month' ? event.date.slice(0, 7) > published.slice(0, 7) : event.date > published;
}

async function openCard(page: Page, source: string): Promise<void> {
  await page.goto(`${inject('fixtureOrigin')}/fixtures/card-dates.html?source=${source}`);
  await clickMention(page, 'kinship allowance');
  await card(page).waitFor({ state: 'visible' });
}

describe('"since this article" marker', () => {
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    browser = await launchExtensionBrowser();
    await setSettings(await browser.serviceWorker(), { hoverDelayMs: 200 });
  });
  afterAll(async () => browser?.close());

  it('the dataset gives the test something to find', () => {
    expect(record.timeline.some((event) => laterThan(event, '2023-03-14'))).toBe(true);
    expect(record.timeline.some((event) => !laterThan(event, '2024-11-02'))).toBe(true);
  });

  for (const [source, published] of [
    ['meta', '2023-03-14'],
    ['jsonld', '2024-11-02'],
    ['time', '2025-01-20'],
  ] as const) {
    it(`counts the events after a date read from ${source}, and the count opens them in the timeline`, async () => {
      const page = await browser.context.newPage();
      await openCard(page, source);
      const expected = record.timeline.filter((event) => laterThan(event, published));
      const summary = card(page).locator('.crl-since-summary');
      if (expected.length === 0) {
        expect(await summary.count()).toBe(0);
        await showDetails(page);
      } else {
        const changes = expected.length === 1 ? '1 change' : `${expected.length} changes`;
        expect(await summary.textContent()).toBe(`${changes} since this article (${formatShortDate(published)})`);
        await summary.click();
        // The link opens the details and takes the reader to the timeline.
        await expect
          .poll(() => card(page).evaluate(() => document.activeElement?.textContent))
          .toBe('What happened since');
      }
      // The count matches what is shown: every newer event is listed, above the one divider.
      const marked = card(page).locator('.crl-timeline-event--new');
      expect(await marked.count()).toBe(expected.length);
      const markedTexts = await marked.locator('.crl-timeline-text').allTextContents();
      expect(markedTexts.sort()).toEqual(expected.map((event) => event.text).sort());
      const items = card(page).locator('.crl-timeline-list > li');
      const classes = await items.evaluateAll((lis) => lis.map((li) => li.className));
      expect(classes.filter((name) => name === 'crl-timeline-divider')).toHaveLength(1);
      expect(classes.indexOf('crl-timeline-divider')).toBe(expected.length);
      expect(await card(page).locator('.crl-timeline-divider').textContent()).toBe(
        `Article published ${formatDate(published)}`,
      );
      expect(await card(page).locator('.crl-timeline-event').count()).toBe(record.timeline.length);
      await page.close();
    });
  }

  it('marks nothing when the page does not say when it was published', async () => {
    const page = await browser.context.newPage();
    await openCard(page, 'none');
    expect(await card(page).locator('.crl-since-summary').count()).toBe(0);
    await showDetails(page);
    expect(await card(page).locator('.crl-timeline-event--new').count()).toBe(0);
    expect(await card(page).locator('.crl-timeline-divider').count()).toBe(0);
    expect(await card(page).locator('.crl-timeline-event').count()).toBe(record.timeline.length);
    await page.close();
  });
});
