/** The card stays fully inside the viewport, never covers its mention, and follows the page as it scrolls. */
import { openFixture } from './support/open-fixture';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from '../../scripts/harness/extension-browser';
import {
  boxOf,
  card,
  cardFrame,
  clickMention,
  hoverMention,
  mentionRect,
  overlaps,
  setSettings,
  type Rect,
} from './card-helpers';

const EDGES = ['top-left', 'top-right', 'middle-left', 'middle-right', 'bottom-left', 'bottom-right'];
const VIEWPORTS = [
  { width: 1280, height: 900 },
  { width: 700, height: 480 },
  { width: 380, height: 640 },
];

describe('card placement in the viewport', () => {
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    browser = await launchExtensionBrowser();
    await setSettings(await browser.serviceWorker(), { hoverDelayMs: 200 });
  });
  afterAll(async () => browser?.close());

  for (const viewport of VIEWPORTS) {
    it(`near every edge of a ${viewport.width}×${viewport.height} viewport: inside it and clear of the mention`, async () => {
      const page = await browser.context.newPage();
      await page.setViewportSize(viewport);
      await page.goto(`${inject('fixtureOrigin')}/fixtures/card-edges.html`);
      for (const [index, edge] of EDGES.entries()) {
        const mention = await clickMention(page, 'kinship allowance', index);
        await card(page).waitFor({ state: 'visible' });
        await page.waitForTimeout(200); // let the opening animation settle
        const box = await boxOf(card(page));
        const where = `${edge}: card ${JSON.stringify(box)}, mention ${JSON.stringify(mention)}`;
        expect(box.left, where).toBeGreaterThanOrEqual(0);
        expect(box.top, where).toBeGreaterThanOrEqual(0);
        expect(box.left + box.width, where).toBeLessThanOrEqual(viewport.width);
        expect(box.top + box.height, where).toBeLessThanOrEqual(viewport.height);
        expect(overlaps(box, mention), where).toBe(false);
        expect(box.height, where).toBeGreaterThan(80);
        await page.keyboard.press('Escape');
        await card(page).waitFor({ state: 'detached' });
      }
      await page.close();
    });
  }

  it('follows its mention when the page scrolls', async () => {
    const page = (await openFixture(browser, 'card-article.html')).page;
    await clickMention(page, 'kinship allowance');
    await card(page).waitFor({ state: 'visible' });
    await page.waitForTimeout(200);
    const offset = (cardBox: Rect, mention: Rect) => ({ x: cardBox.left - mention.left, y: cardBox.top - mention.top });
    const before = offset(await boxOf(card(page)), await mentionRect(page, 'kinship allowance'));
    await page.evaluate(() => window.scrollBy(0, 90));
    await page.waitForTimeout(100);
    const mentionAfter = await mentionRect(page, 'kinship allowance');
    const after = offset(await boxOf(card(page)), mentionAfter);
    expect(Math.abs(after.x - before.x)).toBeLessThanOrEqual(1);
    expect(Math.abs(after.y - before.y)).toBeLessThanOrEqual(1);
    expect(overlaps(await boxOf(card(page)), mentionAfter)).toBe(false);
    await page.close();
  });

  it('closes a hover card whose mention scrolls out of view', async () => {
    const page = (await openFixture(browser, 'card-article.html')).page;
    await hoverMention(page, 'virtual school heads');
    await card(page).waitFor({ state: 'visible' });
    await page.evaluate(() => window.scrollBy(0, 2000));
    await card(page).waitFor({ state: 'detached', timeout: 3000 });
    await page.close();
  });

  it('stays next to its mention when the page transforms its body', async () => {
    const page = (await openFixture(browser, 'card-article.html')).page;
    // A transformed body makes "position: fixed" inside it relative to the body instead of the viewport.
    await page.addStyleTag({ content: 'body { transform: translate(30px, 20px); }' });
    const mention = await clickMention(page, 'kinship allowance');
    await card(page).waitFor({ state: 'visible' });
    await page.waitForTimeout(200);
    const box = await boxOf(card(page));
    expect(Math.abs(box.left - mention.left)).toBeLessThanOrEqual(1);
    const gap = box.top - (mention.top + mention.height);
    expect(gap).toBeGreaterThanOrEqual(0);
    expect(gap).toBeLessThanOrEqual(10);
    await page.close();
  });

  it('is not printed', async () => {
    const page = (await openFixture(browser, 'card-article.html')).page;
    await clickMention(page, 'kinship allowance');
    await card(page).waitFor({ state: 'visible' });
    const frameElement = await (await cardFrame(page)).frameElement();
    expect(await frameElement.boundingBox()).not.toBeNull();
    await page.emulateMedia({ media: 'print' });
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('care-lens-card')!).display)).toBe('none');
    expect(await frameElement.boundingBox()).toBeNull();
    await page.close();
  });
});
