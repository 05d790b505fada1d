/**
 * The first run: installing opens the welcome page once — never again on a reload or update — and the page
 * explains a mark with a live one, drawn by the same highlight names and styles as news pages.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { welcomePageUrl } from '../../scripts/harness/extension-browser';
import { launchReloadableExtensionBrowser, type ReloadableExtensionBrowser } from './support/reloadable-extension';
import { axeViolations, openPopup } from './ui-support';

describe('the welcome page', () => {
  let browser: ReloadableExtensionBrowser;
  let welcomeUrl: string;
  const welcomePages = () => browser.context.pages().filter((page) => page.url() === welcomeUrl);

  beforeAll(async () => {
    browser = await launchReloadableExtensionBrowser({ keepWelcomePage: true });
    welcomeUrl = welcomePageUrl(browser.extensionId);
  });
  afterAll(async () => browser?.close());

  it('opens exactly once when the extension is installed', async () => {
    await expect.poll(() => welcomePages().length, { timeout: 15_000 }).toBe(1);
    // Nothing else is on its way.
    await new Promise((resolveWait) => setTimeout(resolveWait, 1_500));
    expect(welcomePages()).toHaveLength(1);
  });

  it('explains a mark with a live one, drawn the way news pages are marked, and its real card', async () => {
    const page = welcomePages()[0]!;
    await page.locator('.lens-welcome[data-ready="true"]').waitFor();
    expect(await page.title()).toBe('Welcome — Care Review Lens');
    const mark = await page.evaluate(() => {
      const highlight = CSS.highlights.get('care-lens-underline');
      const ranges = highlight ? [...highlight] : [];
      const styled = [...document.styleSheets].some((sheet) =>
        [...sheet.cssRules].some((rule) => rule.cssText.includes('::highlight(care-lens-underline)')),
      );
      return { ranges: ranges.map((range) => range.toString()), styled };
    });
    expect(mark).toEqual({ ranges: ['kinship allowance'], styled: true });
    const card = page.getByRole('region', { name: 'Example card: A kinship allowance at fostering rates' });
    expect(await card.getByRole('heading', { level: 3 }).textContent()).toBe('A kinship allowance at fostering rates');
    expect(await card.locator('.crl-status-badge').textContent()).toContain('Piloting');
  });

  it('shows the shortcuts the browser has for the extension, the statuses, privacy and site switching', async () => {
    const page = welcomePages()[0]!;
    const commands = await page.evaluate(async () => {
      const all = await chrome.commands.getAll();
      return Object.fromEntries(all.map((command) => [command.name, command.shortcut]));
    });
    // Chromium names the keys ("Alt+Shift+Period"); the page prints them as they are on the keyboard.
    expect(commands).toMatchObject({ 'next-mention': 'Alt+Shift+Period', 'previous-mention': 'Alt+Shift+Comma' });
    const shown = async (testId: string) =>
      (await page.getByTestId(testId).locator('kbd > kbd').allTextContents()).join('+');
    await expect.poll(() => shown('shortcut-next')).toBe('Alt+Shift+.');
    expect(await shown('shortcut-previous')).toBe('Alt+Shift+,');

    const statuses = page.getByRole('region', { name: 'What the statuses mean' });
    expect(await statuses.locator('dt').count()).toBeGreaterThanOrEqual(9);
    expect(await page.getByRole('region', { name: 'Your privacy' }).textContent()).toContain(
      'Your notes stay on this computer.',
    );
    expect(
      await page.getByRole('region', { name: 'Where it runs, and switching it on and off' }).textContent(),
    ).toContain('Pause on all sites');
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violations (${colorScheme})`, async () => {
      const page = welcomePages()[0]!;
      await page.emulateMedia({ colorScheme });
      expect(await axeViolations(page)).toEqual([]);
      await page.emulateMedia({ colorScheme: 'light' });
    });
  }

  it('writes the README screenshot of the welcome page', async () => {
    const page = welcomePages()[0]!;
    await page.setViewportSize({ width: 1000, height: 900 });
    mkdirSync('docs/screenshots', { recursive: true });
    await page.screenshot({ path: 'docs/screenshots/welcome.png' });
  });

  it('does not open again when the extension is reloaded or updated', async () => {
    for (const page of welcomePages()) await page.close();
    const opened: Page[] = [];
    const onPage = (page: Page) => opened.push(page);
    browser.context.on('page', onPage);
    try {
      await browser.reloadExtension();
      // The new worker has run its start-up (onInstalled fires with reason "update") by now.
      const library = await browser.openExtensionPage('library.html#/about');
      await library.getByRole('heading', { level: 2, name: 'About Care Review Lens' }).waitFor();
      await library.close();
      await new Promise((resolveWait) => setTimeout(resolveWait, 2_000));
      expect(welcomePages()).toHaveLength(0);
      expect(opened.map((page) => page.url()).filter((url) => url === welcomeUrl)).toEqual([]);
    } finally {
      browser.context.off('page', onPage);
    }
  });

  it('opens from the popup’s “How it works” and the library’s footer', async () => {
    const popup = await openPopup(browser);
    const fromPopup = browser.context.waitForEvent('page', { predicate: (page) => page.url() === welcomeUrl });
    await popup.getByRole('link', { name: /How it works/ }).click();
    await (await fromPopup).close();
    await popup.close();

    const library = await browser.openExtensionPage('library.html#/about');
    await library.getByRole('link', { name: 'How Care Review Lens works' }).click();
    await library.waitForURL(welcomeUrl);
    await library.getByRole('heading', { level: 1, name: 'Welcome to Care Review Lens' }).waitFor();
    await library.close();
  });
});
