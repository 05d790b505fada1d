/** The card's actions in the real browser: open notes in the extension, stop marking on the site, explain a mark. */
import { openFixture } from './support/open-fixture';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtensionBrowser, type ExtensionBrowser } from '../../scripts/harness/extension-browser';
import { card, clickMention, mentionRect, readSettings, recordIdsForTerm, setSettings } from './card-helpers';

async function highlightedRanges(page: Page): Promise<number> {
  return page.evaluate(() =>
    [...CSS.highlights].filter(([name]) => name.startsWith('care-lens')).reduce((sum, [, h]) => sum + h.size, 0),
  );
}

describe('card actions', () => {
  let browser: ExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchExtensionBrowser();
  });
  afterAll(async () => browser?.close());
  beforeEach(async () => {
    await setSettings(await browser.serviceWorker(), { hoverDelayMs: 200, disabledSites: [] });
    await page?.close();
    page = (await openFixture(browser, 'card-article.html')).page;
    await mentionRect(page, 'kinship allowance');
  });

  it('"Why is this marked?" shows the words on the page and the dataset term', async () => {
    await clickMention(page, 'kinship allowance');
    await card(page).getByRole('button', { name: 'Why is this marked?' }).click();
    expect(await card(page).locator('.crl-why').textContent()).toContain(
      'Marked because the page says “kinship allowance”, which matches the term “kinship allowance”',
    );
  });

  it('"Open notes" opens the extension\'s library at the record\'s notes, outside the page', async () => {
    const [recordId] = recordIdsForTerm('kinship allowance');
    await clickMention(page, 'kinship allowance');
    const opened = browser.context.waitForEvent('page', { timeout: 10_000 });
    await card(page).getByRole('button', { name: 'Open notes' }).click();
    const library = await opened;
    await library.waitForURL(/library\.html/);
    expect(library.url()).toBe(`chrome-extension://${browser.extensionId}/library.html#/record/${recordId}/notes`);
    // It lands on the note box, ready to type.
    await expect.poll(() => library.evaluate(() => document.activeElement?.id)).toBe(`note-new-${recordId}`);
    // Nothing in the page can take text: notes are written in the extension's own page only.
    expect(await card(page).locator('input, textarea, select, [contenteditable]').count()).toBe(0);
    await library.close();
  });

  it('"Not on this site" turns marking off for this host, and the marks go', async () => {
    expect(await highlightedRanges(page)).toBeGreaterThan(0);
    await clickMention(page, 'kinship allowance');
    await card(page).getByRole('button', { name: 'Not on this site' }).click();
    await card(page).waitFor({ state: 'detached' });
    await expect
      .poll(async () => (await readSettings(await browser.serviceWorker()))?.disabledSites)
      .toEqual(['127.0.0.1']);
    await expect.poll(() => highlightedRanges(page)).toBe(0);
  });

  it('ignores clicks a page script fakes on its buttons', async () => {
    await clickMention(page, 'kinship allowance');
    await card(page).waitFor({ state: 'visible' });
    const pagesBefore = browser.context.pages().length;
    const clicked = await page.evaluate(() => {
      const buttons = [...(document.querySelector('care-lens-card')?.shadowRoot?.querySelectorAll('button') ?? [])];
      const wanted = buttons.filter((button) => ['Open notes', 'Not on this site'].includes(button.textContent ?? ''));
      for (const button of wanted) button.click();
      return wanted.length;
    });
    expect(clicked).toBe(2);
    await page.waitForTimeout(800);
    expect((await readSettings(await browser.serviceWorker()))?.disabledSites).toEqual([]);
    expect(browser.context.pages().length).toBe(pagesBefore);
    expect(await highlightedRanges(page)).toBeGreaterThan(0);
  });
});
