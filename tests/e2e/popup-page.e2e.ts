import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { card, cardFrame } from './card-helpers';
import { launchExtensionBrowser, type ExtensionBrowser } from '../../scripts/harness/extension-browser';
import { axeViolations, openFixtureTab, openPopup } from './ui-support';

const ARTICLE = '/fixtures/popup-article.html';
const DEMO = '/demo/';
/** The size of a real popup (28rem wide; browsers cap popups at 600 px tall). */
const POPUP_VIEWPORT = { width: 448, height: 600 };

interface Row {
  recordId: string | null;
  count: string | null;
}

async function rows(popup: Page, list: string): Promise<Row[]> {
  return popup.getByRole('list', { name: list }).evaluate((ul) =>
    [...ul.querySelectorAll(':scope > li')].map((item) => ({
      recordId: item.getAttribute('data-record-id'),
      count: item.querySelector('.lens-mention-count')?.textContent ?? null,
    })),
  );
}

const summary = (popup: Page) => popup.getByTestId('page-summary').textContent();

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

  it('lists the proposals the article mentions, with their counts, in order of first mention', async () => {
    const { tabId } = await openFixtureTab(browser, `${inject('fixtureOrigin')}${ARTICLE}`);
    const popup = await openPopup(browser, tabId);
    await expect
      .poll(() => rows(popup, 'Proposals on this page (4)').catch(() => []), { timeout: 15_000 })
      .toEqual([
        { recordId: 'fn-3', count: '2 mentions' },
        { recordId: 'care-1', count: '1 mention' },
        { recordId: 'edu-4', count: '1 mention' },
        { recordId: 'edu-5', count: '1 mention' },
      ]);
    expect(await summary(popup)).toBe(
      'This article mentions 4 of the review’s proposals (1 being implemented, 1 being piloted, 1 committed, ' +
        '1 not taken up).',
    );
    expect(await popup.getByRole('button', { name: /^Background/ }).count()).toBe(0);
    expect(await axeViolations(popup)).toEqual([]);
  });

  it('sums up the demo article first, with the switches at the top and proposals before background', async () => {
    const { tabId } = await openFixtureTab(browser, `${inject('fixtureOrigin')}${DEMO}`);
    const popup = await openPopup(browser, tabId);
    await popup.setViewportSize(POPUP_VIEWPORT);
    const proposals = popup.getByRole('list', { name: 'Proposals on this page (32)' });
    await proposals.waitFor({ timeout: 15_000 });
    expect(await summary(popup)).toBe(
      'This article mentions 32 of the review’s proposals (2 in law, 9 being implemented, 1 being piloted, ' +
        '2 under consultation, 2 committed, 8 partly taken up, 5 not taken up, 3 rejected) and 5 background items.',
    );

    // Top to bottom: the summary, both switches, the search box, then the proposals.
    const top = async (locator: ReturnType<Page['locator']>) => (await locator.boundingBox())!.y;
    const order = [
      await top(popup.getByTestId('page-summary')),
      await top(popup.getByRole('switch', { name: 'Mark mentions on 127.0.0.1' })),
      await top(popup.getByRole('switch', { name: 'Pause on all sites' })),
      await top(popup.getByRole('searchbox', { name: 'Search the review’s recommendations' })),
      await top(proposals),
    ];
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(order[2]).toBeLessThan(200);
    // The first screen shows several proposals, and no background.
    const visibleRows = await proposals.evaluate(
      (ul) => [...ul.children].filter((row) => row.getBoundingClientRect().bottom <= window.innerHeight).length,
    );
    expect(visibleRows).toBeGreaterThanOrEqual(4);
    expect((await rows(popup, 'Proposals on this page (32)'))[0]).toEqual({ recordId: 'fh-1', count: '5 mentions' });

    // Background, in order of first mention, behind its heading.
    const toggle = popup.getByRole('button', { name: 'Background on this page (5)' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    expect(await rows(popup, 'Background on this page')).toEqual([
      { recordId: 'independent-review', count: '6 mentions' },
      { recordId: 'stable-homes-built-on-love', count: '2 mentions' },
      { recordId: 'josh-macalister', count: '1 mention' },
      { recordId: 'impl-1', count: '2 mentions' },
      { recordId: 'national-implementation-board', count: '1 mention' },
    ]);
    for (const colorScheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme });
      expect({ colorScheme, violations: await axeViolations(popup) }).toEqual({ colorScheme, violations: [] });
    }

    // The README's picture of the popup: the demo article, at the size of a real popup.
    await popup.emulateMedia({ colorScheme: 'light' });
    await toggle.click();
    // As it opens: focus in the search box, scrolled to the top.
    await popup.getByRole('searchbox').focus();
    await popup.evaluate(() => window.scrollTo(0, 0));
    await popup.mouse.move(0, 0);
    mkdirSync('docs/screenshots', { recursive: true });
    await popup.screenshot({ path: 'docs/screenshots/popup.png' });
  });

  it('walks from the search box into the proposals and on to the background with the arrow keys', async () => {
    const { tabId } = await openFixtureTab(browser, `${inject('fixtureOrigin')}${DEMO}`);
    const popup = await openPopup(browser, tabId);
    await popup.getByRole('list', { name: /^Proposals on this page/ }).waitFor({ timeout: 15_000 });
    const focusedRow = () => popup.evaluate(() => document.activeElement?.closest('li')?.dataset.recordId ?? null);
    await popup.getByRole('searchbox').press('ArrowDown');
    expect(await focusedRow()).toBe('fh-1');
    await popup.keyboard.press('End');
    expect(await popup.evaluate(() => document.activeElement?.textContent)).toContain('Background on this page');
    await popup.keyboard.press('Enter');
    await popup.keyboard.press('ArrowDown');
    expect(await focusedRow()).toBe('independent-review');
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
  });

  it('says why there are no marks: the site switched off, marking paused', async () => {
    const { tabId } = await openFixtureTab(browser, `${inject('fixtureOrigin')}${ARTICLE}`);
    const popup = await openPopup(browser, tabId);
    const siteSwitch = popup.getByRole('switch', { name: 'Mark mentions on 127.0.0.1' });
    await siteSwitch.waitFor({ timeout: 15_000 });
    expect(await siteSwitch.isChecked()).toBe(true);
    await popup.locator('.lens-mentions > li').first().waitFor({ timeout: 15_000 });
    await siteSwitch.click();
    await expect
      .poll(() => summary(popup))
      .toBe('No marks: you switched Care Review Lens off for 127.0.0.1. Switch it back on below to mark this page.');
    expect(await popup.locator('.lens-mentions > li').count()).toBe(0);
    await siteSwitch.click();
    await popup.locator('.lens-mentions > li').first().waitFor({ timeout: 15_000 });

    const pause = popup.getByRole('switch', { name: 'Pause on all sites' });
    await pause.click();
    await expect
      .poll(() => summary(popup), { timeout: 10_000 })
      .toBe(
        'No marks: Care Review Lens is paused on all sites. Switch off “Pause on all sites” below to mark this page.',
      );
    await pause.click();
    await popup.locator('.lens-mentions > li').first().waitFor({ timeout: 15_000 });
  });

  it('says a page about something else is not about children’s social care', async () => {
    const { tabId } = await openFixtureTab(browser, `${inject('fixtureOrigin')}/fixtures/content-not-care-travel.html`);
    const popup = await openPopup(browser, tabId);
    await expect
      .poll(() => summary(popup), { timeout: 15_000 })
      .toBe(
        'No marks: this page does not seem to be about children’s social care, and names none of the review’s proposals.',
      );
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
  });
});
