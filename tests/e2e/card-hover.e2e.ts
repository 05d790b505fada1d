/** Hover timing in the real browser: open after the delay, survive the trip into the card, close after leaving. */
import { openFixture } from './support/open-fixture';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtensionBrowser, type ExtensionBrowser } from '../../scripts/harness/extension-browser';
import { boxOf, card, centre, hoverMention, setSettings } from './card-helpers';

describe('card opened by hovering a mention', () => {
  let browser: ExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchExtensionBrowser();
  });
  afterAll(async () => browser?.close());
  beforeEach(async () => {
    await setSettings(await browser.serviceWorker(), { hoverDelayMs: 600 });
    await page?.close();
    page = (await openFixture(browser, 'card-article.html')).page;
  });

  it('opens only after the configured hover delay', async () => {
    const hoveredAt = (await hoverMention(page, 'virtual school heads')).at!;
    await page.waitForTimeout(250);
    expect(await card(page).isVisible()).toBe(false);
    await card(page).waitFor({ state: 'visible' });
    expect(Date.now() - hoveredAt).toBeGreaterThanOrEqual(600 - 60);
    await expect.poll(() => card(page).getAttribute('data-pinned')).toBe('false');
  });

  it('follows a changed delay setting without a reload', async () => {
    await setSettings(await browser.serviceWorker(), { hoverDelayMs: 1500 });
    await page.waitForTimeout(200);
    const hoveredAt = (await hoverMention(page, 'kinship allowance')).at!;
    await page.waitForTimeout(800);
    expect(await card(page).isVisible()).toBe(false);
    await card(page).waitFor({ state: 'visible' });
    expect(Date.now() - hoveredAt).toBeGreaterThanOrEqual(1500 - 60);
  });

  it('does not open when the pointer only passes over', async () => {
    await hoverMention(page, 'virtual school heads');
    await page.waitForTimeout(150);
    await page.mouse.move(5, 5, { steps: 3 });
    await page.waitForTimeout(1200);
    expect(await card(page).isVisible()).toBe(false);
  });

  it('stays open while the pointer moves into the card, and closes after it leaves', async () => {
    await hoverMention(page, 'virtual school heads');
    await card(page).waitFor({ state: 'visible' });
    const target = centre(await boxOf(card(page)));
    await page.mouse.move(target.x, target.y, { steps: 6 });
    await page.waitForTimeout(1000);
    await expect.poll(() => card(page).isVisible()).toBe(true);
    await card(page)
      .getByRole('button', { name: /Details|Hide details/ })
      .hover();
    await page.waitForTimeout(500);
    expect(await card(page).isVisible()).toBe(true);

    await page.mouse.move(5, 5, { steps: 3 });
    await card(page).waitFor({ state: 'detached', timeout: 3000 });
  });

  it('closes shortly after the pointer leaves the mention for plain text', async () => {
    const mention = await hoverMention(page, 'virtual school heads');
    await card(page).waitFor({ state: 'visible' });
    const cardBox = await boxOf(card(page));
    // Away from the card: above the mention if the card is below it, and the other way round.
    const awayY = cardBox.top > mention.top ? mention.top - 60 : mention.top + mention.height + 60;
    await page.mouse.move(mention.left - 30, awayY, { steps: 3 });
    const leftAt = Date.now();
    await card(page).waitFor({ state: 'detached', timeout: 3000 });
    expect(Date.now() - leftAt).toBeLessThan(1500);
  });

  it('shows the record the phrase points at, with its status in words', async () => {
    await hoverMention(page, 'kinship allowance');
    await card(page).waitFor({ state: 'visible' });
    const title = await card(page).locator('h2').textContent();
    expect(title?.length).toBeGreaterThan(5);
    expect(await card(page).getAttribute('aria-labelledby')).toBe(await card(page).locator('h2').getAttribute('id'));
    await expect.poll(() => card(page).locator('.crl-status-badge').textContent()).toMatch(/^Status: \S/);
  });
});
