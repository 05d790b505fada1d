/**
 * The card's actions in the real browser: details one click away and the reader's choice remembered, "Why is this
 * marked?", the status words linking to their definition, "Copy with sources" (read back from the clipboard), and
 * "Not on this site" with its undo in place and in the popup.
 */
import { openFixture } from './support/open-fixture';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtensionBrowser, type ExtensionBrowser } from '../../scripts/harness/extension-browser';
import {
  card,
  cardRecord,
  clickMention,
  mentionRect,
  readSettings,
  recordIdsForTerm,
  setSettings,
  showDetails,
} from './card-helpers';
import { openFixtureTab, openPopup } from './ui-support';

async function highlightedRanges(page: Page): Promise<number> {
  return page.evaluate(() =>
    [...CSS.highlights].filter(([name]) => name.startsWith('care-lens')).reduce((sum, [, h]) => sum + h.size, 0),
  );
}

describe('card actions', () => {
  let browser: ExtensionBrowser;
  let page: Page;
  const [recordId] = recordIdsForTerm('kinship allowance');
  const record = cardRecord(recordId!);

  beforeAll(async () => {
    browser = await launchExtensionBrowser();
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });
  afterAll(async () => browser?.close());
  beforeEach(async () => {
    await setSettings(await browser.serviceWorker(), { hoverDelayMs: 200, disabledSites: [] });
    await (await browser.serviceWorker()).evaluate(() => chrome.storage.local.remove('cardView'));
    await page?.close();
    page = (await openFixture(browser, 'card-article.html')).page;
    await mentionRect(page, 'kinship allowance');
  });

  it('opens as a summary; the details are one click away, and the next card opens the way the reader left it', async () => {
    await clickMention(page, 'kinship allowance');
    expect(await card(page).locator('.crl-details').count()).toBe(0);
    await showDetails(page);
    expect(await card(page).locator('.crl-details').textContent()).toContain(record.ask);
    await page.keyboard.press('Escape');
    await card(page).waitFor({ state: 'detached' });
    await clickMention(page, 'virtual school heads');
    await card(page).locator('.crl-details').waitFor();
    await card(page).getByRole('button', { name: 'Hide details' }).click();
    await page.keyboard.press('Escape');
    await clickMention(page, 'kinship allowance');
    await card(page).waitFor();
    expect(await card(page).locator('.crl-details').count()).toBe(0);
  });

  it('"Why is this marked?" names the dataset term, in the details', async () => {
    await clickMention(page, 'kinship allowance');
    await showDetails(page);
    expect(await card(page).locator('.crl-why').textContent()).toContain('The page uses the words “kinship allowance”');
  });

  it('the status words link to their definition on the library’s About page', async () => {
    await clickMention(page, 'kinship allowance');
    const link = card(page).locator('a.crl-status-link');
    expect(await link.getAttribute('href')).toBe(`chrome-extension://${browser.extensionId}/library.html#/about`);
    const opened = browser.context.waitForEvent('page');
    await link.click();
    const about = await opened;
    await about.getByRole('heading', { name: 'What the statuses mean' }).waitFor();
    await about.close();
  });

  it('"Copy with sources" puts a citation on the clipboard, in plain text and in Markdown', async () => {
    await clickMention(page, 'kinship allowance');
    await card(page).getByRole('button', { name: 'Copy with sources', exact: true }).click();
    await card(page).getByText('Copied, with sources.').waitFor();
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text.split('\n')[0]).toBe(record.title);
    expect(text).toMatch(/^Status: \S.*checked 6 December 2026\)\.$/m);
    expect(text).toContain(`Current position: ${record.statusReason}`);
    expect(text).toContain(record.sources[0]!.url);
    await card(page).getByRole('button', { name: 'Copy with sources, as Markdown' }).click();
    await card(page).getByText('Copied as Markdown, with sources.').waitFor();
    const markdown = await page.evaluate(() => navigator.clipboard.readText());
    expect(markdown.startsWith('**')).toBe(true);
    expect(markdown).toContain(`](<${record.sources[0]!.url}>)`);
  });

  it('"Not on this site" turns marking off for this host with an undo in place, and the undo brings the marks back', async () => {
    const marks = await highlightedRanges(page);
    expect(marks).toBeGreaterThan(0);
    await clickMention(page, 'kinship allowance');
    await card(page).getByRole('button', { name: 'Not on this site' }).click();
    await card(page).getByText('Care Review Lens is off on 127.0.0.1.').waitFor();
    await expect
      .poll(async () => (await readSettings(await browser.serviceWorker()))?.disabledSites)
      .toEqual(['127.0.0.1']);
    await expect.poll(() => highlightedRanges(page)).toBe(0);
    await card(page).getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await readSettings(await browser.serviceWorker()))?.disabledSites).toEqual([]);
    await expect.poll(() => highlightedRanges(page)).toBe(marks);
  });

  it('the popup offers the same undo for a site switched off from a card', async () => {
    await page.close();
    const opened = await openFixtureTab(browser, `${page.url()}`);
    page = opened.page;
    await mentionRect(page, 'kinship allowance');
    await clickMention(page, 'kinship allowance');
    await card(page).getByRole('button', { name: 'Not on this site' }).click();
    await expect.poll(() => highlightedRanges(page)).toBe(0);
    const popup = await openPopup(browser, opened.tabId);
    await popup.getByText('Care Review Lens is off on 127.0.0.1.').waitFor();
    await popup.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await readSettings(await browser.serviceWorker()))?.disabledSites).toEqual([]);
    await expect.poll(() => highlightedRanges(page)).toBeGreaterThan(0);
    await popup.close();
  });
});
