/**
 * A hostile page stylesheet (`* { all: unset !important }`, `div { display: none !important }`, rules aimed at
 * the card's host) must not change the card: it is compared with the same card on a plain page.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtensionBrowser, type ExtensionBrowser } from '../../scripts/harness/extension-browser';
import { boxOf, card, clickMention, setSettings, type Rect } from './card-helpers';

interface CardLook {
  size: { width: number; height: number };
  /** Boxes of the card's parts, relative to the card. */
  parts: Record<string, Rect>;
  pixels: Buffer;
}

const PARTS = ['h2', '.crl-status-badge', '.crl-card-actions', 'button[aria-label="Close card"]', '.crl-summary'];

async function lookAtCard(page: Page, fixture: string): Promise<CardLook> {
  await page.goto(`${inject('fixtureOrigin')}/fixtures/${fixture}`);
  await clickMention(page, 'kinship allowance');
  await card(page).waitFor({ state: 'visible' });
  await page.waitForTimeout(300); // opening animation
  const box = await boxOf(card(page));
  const parts: Record<string, Rect> = {};
  for (const selector of PARTS) {
    const part = await boxOf(card(page).locator(selector).first());
    parts[selector] = { left: part.left - box.left, top: part.top - box.top, width: part.width, height: part.height };
  }
  // Inset past the rounded corners, where the page behind shows through.
  const inset = 12;
  const pixels = await page.screenshot({
    clip: { x: box.left + inset, y: box.top + inset, width: box.width - 2 * inset, height: box.height - 2 * inset },
  });
  return { size: { width: box.width, height: box.height }, parts, pixels };
}

describe('card on a page with a hostile stylesheet', () => {
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    browser = await launchExtensionBrowser();
    await setSettings(await browser.serviceWorker(), { hoverDelayMs: 200 });
  });
  afterAll(async () => browser?.close());

  it('looks exactly as it does on a plain page', async () => {
    const page = await browser.context.newPage();
    const plain = await lookAtCard(page, 'card-hostile.html');
    const hostile = await lookAtCard(page, 'card-hostile.html?hostile');
    // The hostile rules really apply to the page itself.
    expect(await page.evaluate(() => getComputedStyle(document.body).display)).toBe('inline');
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('care-lens-card')!).display)).toBe(
      'block',
    );
    expect(hostile.size).toEqual(plain.size);
    expect(hostile.parts).toEqual(plain.parts);
    expect(hostile.pixels.equals(plain.pixels)).toBe(true);
    await page.close();
  });
});
