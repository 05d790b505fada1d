import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { card, cardFrame } from './card-helpers';
import { launchExtensionBrowser, type ExtensionBrowser } from '../../scripts/harness/extension-browser';
import { axeViolations, openFixtureTab, openPopup } from './ui-support';

const ARTICLE = '/fixtures/popup-article.html';

interface Row {
  recordId: string | null;
  count: string | null;
}

describe('popup "On this page" against a fixture article', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchExtensionBrowser();
  });
  afterAll(async () => browser?.close());
  // A failed test must not leave its tabs behind: the next one looks for the only fixture tab.
  afterEach(async () => {
    for (const page of browser.context.pages()) await page.close();
  });

  async function mentionRows(popup: Page): Promise<Row[]> {
    return popup.locator('.lens-mentions > li').evaluateAll((items) =>
      items.map((item) => ({
        recordId: item.getAttribute('data-record-id'),
        count: item.querySelector('.lens-mention-count')?.textContent ?? null,
      })),
    );
  }

  it('lists the recommendations the article mentions, with their counts, in order of first mention', async () => {
    const { page, tabId } = await openFixtureTab(browser, `${inject('fixtureOrigin')}${ARTICLE}`);
    const popup = await openPopup(browser, tabId);
    await expect
      .poll(() => mentionRows(popup), { timeout: 15_000 })
      .toEqual([
        { recordId: 'fn-3', count: '2 mentions' },
        { recordId: 'care-1', count: '1 mention' },
        { recordId: 'edu-4', count: '1 mention' },
        { recordId: 'edu-5', count: '1 mention' },
      ]);
    expect(await axeViolations(popup)).toEqual([]);

    // The README's picture of the popup: what this article mentions, at the size of a real popup.
    await popup.setViewportSize({ width: 400, height: 560 });
    mkdirSync('docs/screenshots', { recursive: true });
    await popup.screenshot({ path: 'docs/screenshots/popup.png' });
    await popup.close();
    await page.close();
  });

  it('choosing one scrolls the page to the mention and opens its card', async () => {
    const { page, tabId } = await openFixtureTab(browser, `${inject('fixtureOrigin')}${ARTICLE}`);
    const popup = await openPopup(browser, tabId);
    const reveal = popup.locator('.lens-mentions > li[data-record-id="care-1"] [data-list-item]');
    await reveal.waitFor({ timeout: 15_000 });
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await reveal.click();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
    await cardFrame(page);
    const dialog = card(page);
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Regional Care Co-operatives');
    await popup.close();
    await page.close();
  });

  it('shows the site switch on for the fixture site, and turning it off stops marking there', async () => {
    const { page, tabId } = await openFixtureTab(browser, `${inject('fixtureOrigin')}${ARTICLE}`);
    const popup = await openPopup(browser, tabId);
    const siteSwitch = popup.getByRole('switch', { name: 'Mark mentions on 127.0.0.1' });
    await siteSwitch.waitFor({ timeout: 15_000 });
    expect(await siteSwitch.isChecked()).toBe(true);
    await popup.locator('.lens-mentions > li').first().waitFor({ timeout: 15_000 });
    await siteSwitch.click();
    await popup.getByText(/Marking is off for this page/).waitFor();
    expect(await popup.locator('.lens-mentions > li').count()).toBe(0);
    await siteSwitch.click();
    await popup.locator('.lens-mentions > li').first().waitFor({ timeout: 15_000 });
    await popup.close();
    await page.close();
  });

  it('says clearly when the tab has no content script (a browser page)', async () => {
    for (const blank of browser.context.pages()) await blank.close();
    const page = await browser.context.newPage();
    await page.goto('chrome://version');
    const popup = await browser.openExtensionPage('popup.html');
    const tabId = await popup.evaluate(async () => {
      const tabs = await chrome.tabs.query({});
      return tabs.find((tab) => !tab.url?.startsWith('chrome-extension://'))?.id;
    });
    await popup.goto(popup.url().replace('popup.html', `popup.html?tab=${tabId}`));
    await popup.getByText(/Care Review Lens is not running on this page/).waitFor();
    expect(await popup.getByRole('switch', { name: 'Pause on all sites' }).count()).toBe(1);
    await popup.close();
    await page.close();
  });
});
