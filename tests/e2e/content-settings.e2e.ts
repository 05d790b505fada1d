import type { Page } from 'playwright-core';
import { openFixture } from './support/open-fixture';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { UiToContentReplies } from '../../utils/shared/messages/ui-to-content';
import {
  askContentScript,
  changeSettings,
  markPoint,
  markTexts,
  pressMentionShortcut,
  readMarks,
  resetSettings,
  scanCount,
  waitForScans,
} from './support/content-marks';
import { openCards } from './card-helpers';
import { STATIC_ARTICLE } from './support/fixture-expectations';
import { launchExtensionBrowser, type ExtensionBrowser } from '../../scripts/harness/extension-browser';

// The static article's marks with the default settings (support/fixture-expectations.ts).
const allMarks = STATIC_ARTICLE.marks;

describe('settings apply at once, and a new content script takes over cleanly', () => {
  let browser: ExtensionBrowser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchExtensionBrowser();
  });
  afterAll(async () => browser?.close());
  afterEach(async () => {
    await page?.close();
    await resetSettings(browser);
  });

  async function openArticle(): Promise<void> {
    page = (
      await openFixture(browser, 'content-static-article.html', {
        waitForScan: false,
      })
    ).page;
  }

  it('pauses everywhere and resumes', async () => {
    await openArticle();
    await waitForScans(page);
    expect(await markTexts(page)).toEqual(allMarks);
    await changeSettings(browser, { paused: true });
    await expect.poll(() => markTexts(page)).toEqual([]);
    const reply = await askContentScript<UiToContentReplies['care-lens/get-page-mentions']>(browser, page, {
      type: 'care-lens/get-page-mentions',
    });
    expect(reply).toMatchObject({ marking: { state: 'paused' }, mentions: [] });
    await changeSettings(browser, { paused: false });
    await expect.poll(() => markTexts(page)).toEqual(allMarks);
  });

  it('stays off on a site the reader turned off, from the first load', async () => {
    await changeSettings(browser, { disabledSites: ['127.0.0.1'] });
    await openArticle();
    await page.waitForTimeout(1200);
    expect(await scanCount(page)).toBe(0);
    expect(await markTexts(page)).toEqual([]);
    // The popup hears why: switched off here, not paused.
    const reply = await askContentScript<UiToContentReplies['care-lens/get-page-mentions']>(browser, page, {
      type: 'care-lens/get-page-mentions',
    });
    expect(reply).toMatchObject({ marking: { state: 'off-on-site' }, mentions: [] });
    await changeSettings(browser, { disabledSites: [] });
    await waitForScans(page);
    expect(await markTexts(page)).toEqual(allMarks);
  });

  it('switches between the underline and the tint', async () => {
    await openArticle();
    await waitForScans(page);
    const underline = ['care-lens-underline', 'care-lens-underline-repeat'];
    expect(new Set((await readMarks(page)).map((mark) => mark.highlight))).toEqual(new Set(underline));
    await changeSettings(browser, { highlightStyle: 'tint' });
    await expect
      .poll(async () => new Set((await readMarks(page)).map((mark) => mark.highlight)))
      .toEqual(new Set(['care-lens-tint', 'care-lens-tint-repeat']));
    expect(await page.evaluate((names) => names.some((name) => CSS.highlights.has(name)), underline)).toBe(false);
  });

  it('marks only the first mention of each recommendation when asked', async () => {
    await openArticle();
    await waitForScans(page);
    await changeSettings(browser, { firstMentionOnly: true });
    await expect
      .poll(() => markTexts(page))
      .toEqual(['Regional Care Co-operatives', 'family help teams', 'kinship allowance', 'virtual school heads']);
    await changeSettings(browser, { firstMentionOnly: false });
    await expect.poll(() => markTexts(page)).toEqual(allMarks);
  });

  it('hands over to a newly injected content script with no doubled marks, styles or cards', async () => {
    await openArticle();
    await waitForScans(page);
    // The keyboard command is a user gesture on this tab: it grants the extension activeTab, which injecting needs.
    await pressMentionShortcut(page, 'next');
    await expect.poll(() => openCards(page)).toBe(1);
    await page.keyboard.press('Escape');
    const worker = await browser.serviceWorker();
    await worker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      await chrome.scripting.executeScript({ target: { tabId: tab!.id! }, files: ['content-scripts/content.js'] });
    });
    await waitForScans(page, 2);
    const marks = await readMarks(page);
    expect(marks.map((mark) => mark.text)).toEqual(allMarks);
    // The old script took its highlights with it; the new one registers "care-lens-active" once a mention is active.
    expect(await page.evaluate(() => [...CSS.highlights.keys()].sort())).toEqual([
      'care-lens-underline',
      'care-lens-underline-repeat',
    ]);

    const point = await markPoint(page, 5);
    await page.mouse.move(point.x - 2, point.y);
    await page.mouse.move(point.x, point.y);
    await expect.poll(() => openCards(page)).toBe(1);
    expect(await page.locator('care-lens-card').count()).toBe(1);
  });
});
