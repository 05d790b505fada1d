/** Pinning, keyboard use and Escape in the real browser. */
import { openFixture } from './support/open-fixture';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtensionBrowser, type ExtensionBrowser } from '../../scripts/harness/extension-browser';
import {
  card,
  clickMention,
  focusInCard,
  hoverMention,
  mentionRect,
  pageFocus,
  setSettings,
  stepMentionInPage,
} from './card-helpers';

describe('pinned card and keyboard', () => {
  let browser: ExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchExtensionBrowser();
    await setSettings(await browser.serviceWorker(), { hoverDelayMs: 300 });
  });
  afterAll(async () => browser?.close());
  beforeEach(async () => {
    await page?.close();
    page = (await openFixture(browser, 'card-article.html')).page;
    await mentionRect(page, 'virtual school heads');
  });

  async function openWithKeyboardCommand(): Promise<void> {
    await page.focus('#share');
    await stepMentionInPage(page, await browser.serviceWorker(), 'next');
    await card(page).waitFor({ state: 'visible' });
  }

  it('the keyboard command opens a pinned card with focus in it; Escape closes it and returns focus', async () => {
    await openWithKeyboardCommand();
    expect(await card(page).getAttribute('data-pinned')).toBe('true');
    expect(await focusInCard(page)).toBe('dialog');
    await page.keyboard.press('Escape');
    await card(page).waitFor({ state: 'detached' });
    expect(await pageFocus(page)).toBe('share');
  });

  it('keeps Tab and Shift+Tab inside the pinned card', async () => {
    await openWithKeyboardCommand();
    await page.keyboard.press('Tab');
    expect(await focusInCard(page)).toBe('Close card');
    const focusables = await card(page).locator('a[href], button').count();
    const seen = new Set<string>();
    for (let i = 0; i < focusables + 2; i++) {
      await page.keyboard.press('Tab');
      const focused = await focusInCard(page);
      expect(focused).not.toBeNull();
      seen.add(focused!);
    }
    expect(seen.has('Close card')).toBe(true);
    // From the first control backwards lands on the last one, still inside.
    await card(page).getByRole('button', { name: 'Close card' }).focus();
    await page.keyboard.press('Shift+Tab');
    expect(await focusInCard(page)).toBe('Not on this site');
  });

  it('the close button closes a pinned card and returns focus too', async () => {
    await openWithKeyboardCommand();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await card(page).waitFor({ state: 'detached' });
    expect(await pageFocus(page)).toBe('share');
  });

  it('a click pins the card: it stays when the pointer leaves, and a click elsewhere closes it', async () => {
    await clickMention(page, 'kinship allowance');
    await card(page).waitFor({ state: 'visible' });
    expect(await card(page).getAttribute('data-pinned')).toBe('true');
    expect(await focusInCard(page)).toBe('dialog');
    await page.mouse.move(5, 5, { steps: 3 });
    await page.waitForTimeout(1200);
    expect(await card(page).isVisible()).toBe(true);
    await page.mouse.click(5, 5);
    await card(page).waitFor({ state: 'detached' });
  });

  it("a click on a hover card's mention pins the same card", async () => {
    await hoverMention(page, 'kinship allowance');
    await card(page).waitFor({ state: 'visible' });
    expect(await card(page).getAttribute('data-pinned')).toBe('false');
    const title = await card(page).locator('h2').textContent();
    await clickMention(page, 'kinship allowance');
    await expect.poll(() => card(page).getAttribute('data-pinned')).toBe('true');
    expect(await card(page).locator('h2').textContent()).toBe(title);
  });

  it('a card the reader closed stays closed while the pointer rests on its mention, and opens again after it leaves', async () => {
    const rect = await clickMention(page, 'kinship allowance');
    await card(page).waitFor({ state: 'visible' });
    await page.keyboard.press('Escape');
    await card(page).waitFor({ state: 'detached' });
    const x = rect.firstLine.left + rect.firstLine.width / 2;
    const y = rect.firstLine.top + rect.firstLine.height / 2;
    // Still on the mention: the pointer's own moves must not bring the card back (the late-report race the
    // presenter's dismissal memory also guards is covered by its unit test; it cannot be provoked on demand here).
    await page.mouse.move(x + 2, y, { steps: 2 });
    await page.waitForTimeout(800); // well past the 300 ms hover delay
    expect(await card(page).isVisible()).toBe(false);
    await hoverMention(page, 'kinship allowance'); // away and back
    await card(page).waitFor({ state: 'visible' });
    expect(await card(page).getAttribute('data-pinned')).toBe('false');
  });

  it('Escape closes a hover card and leaves focus where it was', async () => {
    await page.focus('#share');
    await hoverMention(page, 'virtual school heads');
    await card(page).waitFor({ state: 'visible' });
    await page.keyboard.press('Escape');
    await card(page).waitFor({ state: 'detached' });
    expect(await pageFocus(page)).toBe('share');
  });
});
