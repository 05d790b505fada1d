/**
 * The first card a reader ever opens says "What is this?" with a link to the welcome page, until the reader
 * dismisses it (by keyboard here); then no card shows it again, after a reload too. axe finds nothing wrong with it.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtensionBrowser, welcomePageUrl, type ExtensionBrowser } from '../../scripts/harness/extension-browser';
import { cardFrame, focusInCard, hoverMention, openCards } from './card-helpers';
import { pressMentionShortcut } from './support/content-marks';
import { openFixture } from './support/open-fixture';

const AXE_SOURCE = readFileSync(resolve('node_modules/axe-core/axe.min.js'), 'utf8');

describe('the first card’s "What is this?"', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchExtensionBrowser();
  });
  afterAll(async () => browser?.close());

  it('shows on the first card, links to the welcome page, is axe-clean, and once dismissed never returns', async () => {
    const { page } = await openFixture(browser, 'card-article.html');
    await hoverMention(page, 'kinship allowance');
    await expect.poll(() => openCards(page)).toBe(1);
    const frame = await cardFrame(page);
    const hint = frame.getByTestId('card-hint');
    expect(await hint.isVisible()).toBe(true);
    expect(await hint.textContent()).toContain('What is this?');
    const href = await hint.locator('a').getAttribute('href');
    expect(href).toBe(welcomePageUrl(browser.extensionId));

    if (!(await frame.evaluate(() => 'axe' in window))) await frame.evaluate(AXE_SOURCE);
    const violations = await frame.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(context: unknown): Promise<{ violations: { id: string }[] }> } })
        .axe;
      return (await axe.run(document)).violations.map((violation) => violation.id);
    });
    expect(violations).toEqual([]);

    // By keyboard: the shortcut pins the card with focus in it; Tab reaches the dismiss button.
    await page.mouse.move(1, 1);
    await page.keyboard.press('Escape');
    await pressMentionShortcut(page, 'next');
    await expect.poll(() => focusInCard(page)).not.toBeNull();
    for (let tabs = 0; tabs < 6 && (await focusInCard(page)) !== 'Dismiss this hint'; tabs += 1) {
      await page.keyboard.press('Tab');
    }
    expect(await focusInCard(page)).toBe('Dismiss this hint');
    await page.keyboard.press('Enter');
    await expect.poll(() => hint.count()).toBe(0);
    // Focus stays in the card.
    expect(await focusInCard(page)).toBe('dialog');
    const worker = await browser.serviceWorker();
    await expect
      .poll(() => worker.evaluate(async () => (await chrome.storage.local.get('cardHintDismissed')).cardHintDismissed))
      .toBe(true);

    await page.reload();
    await hoverMention(page, 'kinship allowance');
    await expect.poll(() => openCards(page)).toBe(1);
    expect(await (await cardFrame(page)).getByTestId('card-hint').count()).toBe(0);
    await page.close();
  });
});
