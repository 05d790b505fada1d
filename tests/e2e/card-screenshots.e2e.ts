/**
 * Screenshots of an open card on a 2023 article, in the light and dark themes, for the README
 * (docs/screenshots/card-light.png and card-dark.png). Each shot also checks the card is in the right theme.
 */
import { mkdirSync, statSync } from 'node:fs';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from './support/extension-browser';
import { boxOf, card, hoverMention, setSettings } from './card-helpers';

const OUT_DIR = 'docs/screenshots';

describe('README screenshots of the card', () => {
  let browser: ExtensionBrowser | undefined;
  afterEach(async () => browser?.close());

  for (const scheme of ['light', 'dark'] as const) {
    it(`writes ${OUT_DIR}/card-${scheme}.png`, async () => {
      browser = await launchExtensionBrowser({ colorScheme: scheme, viewport: { width: 1100, height: 980 } });
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
      const margin = 24;
      const left = Math.max(0, Math.min(box.left, mention.left) - margin);
      const top = Math.max(0, Math.min(box.top, mention.top) - margin - 40);
      const right = Math.min(1100, Math.max(box.left + box.width, mention.left + mention.width) + margin);
      const bottom = Math.min(980, box.top + box.height + margin);
      mkdirSync(OUT_DIR, { recursive: true });
      const path = `${OUT_DIR}/card-${scheme}.png`;
      await page.screenshot({ path, clip: { x: left, y: top, width: right - left, height: bottom - top } });
      expect(statSync(path).size).toBeGreaterThan(20_000);
    });
  }
});
