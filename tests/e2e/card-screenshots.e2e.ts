/**
 * Screenshots of an open card on a 2023 article, in the light and dark themes, for the README
 * (docs/screenshots/card-light.png and card-dark.png). Each shot also checks the card is in the right theme.
 */
import { mkdirSync, statSync } from 'node:fs';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from '../../scripts/harness/extension-browser';
import { boxOf, card, hoverMention, setSettings } from './card-helpers';

const OUT_DIR = 'docs/screenshots';
const VIEWPORT = { width: 1100, height: 1200 };

describe('README screenshots of the card', () => {
  let browser: ExtensionBrowser | undefined;
  afterEach(async () => browser?.close());

  for (const scheme of ['light', 'dark'] as const) {
    it(`writes ${OUT_DIR}/card-${scheme}.png`, async () => {
      browser = await launchExtensionBrowser({ colorScheme: scheme, viewport: VIEWPORT });
      await setSettings(await browser.serviceWorker(), { hoverDelayMs: 200 });
      const page = await browser.context.newPage();
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto(`${inject('fixtureOrigin')}/fixtures/card-showcase.html`);
      const mention = await hoverMention(page, 'regional care co-operatives');
      await card(page).waitFor({ state: 'visible' });
      expect(await card(page).getAttribute('data-crl-theme')).toBe(scheme);
      expect(await card(page).locator('.crl-since-summary').count()).toBe(1);
      await page.waitForTimeout(300);

      const box = await boxOf(card(page));
      // Some of the article around the mention, and the whole card.
      const article = await boxOf(page.locator('body > article'));
      const left = Math.max(0, Math.min(box.left, article.left));
      const top = Math.max(0, mention.top - 180);
      const right = Math.min(VIEWPORT.width, Math.max(box.left + box.width, mention.left + mention.width) + 40);
      const bottom = Math.min(VIEWPORT.height, box.top + box.height + 24);
      mkdirSync(OUT_DIR, { recursive: true });
      const path = `${OUT_DIR}/card-${scheme}.png`;
      await page.screenshot({ path, clip: { x: left, y: top, width: right - left, height: bottom - top } });
      expect(statSync(path).size).toBeGreaterThan(20_000);
    });
  }
});
