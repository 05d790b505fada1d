/**
 * "Since this article": on a page whose publication date is known, the card counts and marks the timeline events
 * that came after it. Expected counts come from the dataset the extension was built with.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { TimelineEvent } from '../../data/schema';
import { formatDate } from '../../utils/shared/format-date';
import { launchExtensionBrowser, type ExtensionBrowser } from '../../scripts/harness/extension-browser';
import { card, cardRecord, clickMention, recordIdsForTerm, setSettings } from './card-helpers';

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
  const more = card(page).getByRole('button', { name: /^Show \d+ earlier events?$/ });
  if (await more.count()) await more.click();
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
    it(`counts and marks the events after a date read from ${source}`, async () => {
      const page = await browser.context.newPage();
      await openCard(page, source);
      const expected = record.timeline.filter((event) => laterThan(event, published));
      const summary = card(page).locator('.crl-since-summary');
      if (expected.length === 0) {
        expect(await summary.count()).toBe(0);
      } else {
        const changes = expected.length === 1 ? '1 change' : `${expected.length} changes`;
        expect(await summary.textContent()).toBe(
          `${changes} since this article was published (${formatDate(published)})`,
        );
      }
      const marked = card(page).locator('.crl-timeline-event--new');
      expect(await marked.count()).toBe(expected.length);
      expect(await marked.locator('.crl-new-tag').allTextContents()).toEqual(
        expected.map(() => 'New since this article'),
      );
      const markedTexts = await marked.locator('.crl-timeline-text').allTextContents();
      expect(markedTexts.sort()).toEqual(expected.map((event) => event.text).sort());
      await page.close();
    });
  }

  it('marks nothing when the page does not say when it was published', async () => {
    const page = await browser.context.newPage();
    await openCard(page, 'none');
    expect(await card(page).locator('.crl-since-summary').count()).toBe(0);
    expect(await card(page).locator('.crl-timeline-event--new').count()).toBe(0);
    expect(await card(page).locator('.crl-timeline-event').count()).toBe(record.timeline.length);
    await page.close();
  });
});
