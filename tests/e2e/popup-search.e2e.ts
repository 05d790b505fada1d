import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from '../../scripts/harness/extension-browser';
import { axeViolations, openPopup, overflowsHorizontally } from './ui-support';

describe('popup search in Chromium', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchExtensionBrowser({ viewport: { width: 400, height: 600 } });
  });
  afterAll(async () => browser?.close());

  it('is ready to type the moment it opens', async () => {
    const page = await browser.openExtensionPage('popup.html');
    const box = page.getByRole('searchbox', { name: 'Search the review’s recommendations' });
    await expect.poll(() => box.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.close();
  });

  it('finds the kinship allowance recommendation despite the typo "kinship alowance"', async () => {
    const page = await openPopup(browser);
    await page.keyboard.type('kinship alowance');
    const first = page.locator('.lens-results [data-list-item]').first();
    await expect.poll(() => first.getAttribute('data-record-id')).toBe('fn-3');
    expect(await first.locator('.lens-result-title').textContent()).toBe('A kinship allowance at fostering rates');
    const marked = await first.locator('mark').allTextContents();
    expect(marked.join(' ').toLowerCase()).toContain('kinship allowance');
    await page.close();
  });

  it('works by keyboard alone: type, arrows, Enter opens, Escape goes back', async () => {
    const page = await openPopup(browser);
    await page.keyboard.type('kinship');
    await page.locator('.lens-results [data-list-item]').nth(1).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const second = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.recordId);
    expect(second).toBeTruthy();
    await page.keyboard.press('Enter');
    const heading = page.getByRole('heading', { level: 2 }).first();
    await expect.poll(() => heading.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(
      await heading.evaluate((element) => element.closest('[data-record-id]')?.getAttribute('data-record-id')),
    ).toBe(second);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement).dataset.recordId)).toBe(second);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('popup-search');
    await page.keyboard.press('Escape');
    expect(await page.locator('#popup-search').inputValue()).toBe('');
    await page.close();
  });

  it('filters by status and theme', async () => {
    const page = await openPopup(browser);
    await page.getByLabel('Theme').selectOption('family-networks');
    await page.getByLabel('Status').selectOption('piloting');
    const ids = await page
      .locator('.lens-results [data-list-item]')
      .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.recordId));
    expect(ids).toContain('fn-3');
    for (const badge of await page.locator('.lens-results .crl-status-badge').allTextContents()) {
      expect(badge).toContain('Piloting');
    }
    await page.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violations on the list, results and detail views (${colorScheme})`, async () => {
      const page = await openPopup(browser);
      await page.emulateMedia({ colorScheme });
      expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.type('kinship alowance');
      await page.locator('.lens-results [data-list-item]').first().waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: 'Your notes' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });
  }

  it('reads without sideways scrolling at 200% zoom', async () => {
    // A popup is at most 800 × 600 device pixels: at 200% zoom that is 400 × 300 CSS pixels.
    const page = await openPopup(browser);
    await page.setViewportSize({ width: 400, height: 300 });
    await page.keyboard.type('regional care co-operatives');
    await page.locator('.lens-results [data-list-item]').first().waitFor();
    expect(await overflowsHorizontally(page)).toBe(false);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Your notes' }).waitFor();
    expect(await overflowsHorizontally(page)).toBe(false);
    await page.close();
  });
});
