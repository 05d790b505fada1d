import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { openFixture } from './support/open-fixture';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FullDataset } from '../../data/compiled-types';
import type { UiToContentReplies } from '../../utils/shared/messages/ui-to-content';
import { activeMark, askContentScript, markPoint, markTexts, pressMentionShortcut } from './support/content-marks';
import { launchExtensionBrowser, type ExtensionBrowser } from '../../scripts/harness/extension-browser';
import { card as cardLocator, openCards } from './card-helpers';

const dataset = JSON.parse(readFileSync('data/generated/dataset.json', 'utf8')) as FullDataset;
const titleOf = (id: string) => dataset.records.find((record) => record.id === id)!.title;

describe('hover, click, keyboard and the popup on marked mentions', () => {
  let browser: ExtensionBrowser;
  let page: Page;
  const card = () => cardLocator(page);
  const cardText = async () => ((await openCards(page)) > 0 ? await card().first().textContent() : null);

  beforeAll(async () => {
    browser = await launchExtensionBrowser();
  });
  afterAll(async () => browser?.close());
  beforeEach(async () => {
    await page?.close();
    page = (await openFixture(browser, 'content-stepping-article.html')).page;
    expect(await markTexts(page)).toEqual(['kinship allowance', 'Regional Care Co-operatives', 'kinship allowance']);
  });

  it('opens the card while the pointer rests on a mark and closes it when the pointer leaves', async () => {
    const point = await markPoint(page, 0);
    await page.mouse.move(point.x - 3, point.y);
    await page.mouse.move(point.x, point.y);
    await expect.poll(() => openCards(page)).toBe(1);
    await expect.poll(() => cardText()).toContain(titleOf('fn-3'));
    await page.mouse.move(5, 5);
    await expect.poll(() => openCards(page)).toBe(0);
  });

  it('does not open a card for plain text beside a mark', async () => {
    const point = await markPoint(page, 0);
    await page.mouse.move(point.x, point.y + 60);
    await page.waitForTimeout(900);
    expect(await openCards(page)).toBe(0);
  });

  it('pins the card on a click on a mark', async () => {
    const point = await markPoint(page, 0);
    await page.mouse.click(point.x, point.y);
    await expect.poll(() => cardText()).toContain(titleOf('fn-3'));
    expect((await activeMark(page))?.text).toBe('kinship allowance');
    await page.mouse.move(5, 5);
    await page.waitForTimeout(700);
    expect(await openCards(page)).toBe(1);
  });

  it('steps through the mentions with the keyboard command, scrolling each into view', async () => {
    await pressMentionShortcut(page, 'next');
    await expect.poll(() => activeMark(page)).toEqual({ text: 'kinship allowance', inView: true });
    await expect.poll(() => cardText()).toContain(titleOf('fn-3'));

    await pressMentionShortcut(page, 'next');
    await expect.poll(() => activeMark(page)).toEqual({ text: 'Regional Care Co-operatives', inView: true });
    await expect.poll(() => cardText()).toContain(titleOf('care-1'));

    await pressMentionShortcut(page, 'next');
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
    await expect.poll(() => activeMark(page)).toEqual({ text: 'kinship allowance', inView: true });

    await pressMentionShortcut(page, 'previous');
    await expect.poll(() => activeMark(page)).toEqual({ text: 'Regional Care Co-operatives', inView: true });

    await page.keyboard.press('Escape');
    await expect.poll(() => openCards(page)).toBe(0);
    await expect.poll(() => activeMark(page)).toBeNull();
  });

  it('reveals each mention of a recommendation in turn when the popup asks', async () => {
    const reveal = () =>
      askContentScript<UiToContentReplies['care-lens/reveal-mention']>(browser, page, {
        type: 'care-lens/reveal-mention',
        recordId: 'fn-3',
      });
    expect(await reveal()).toEqual({ revealed: true });
    await expect.poll(() => activeMark(page)).toEqual({ text: 'kinship allowance', inView: true });
    const firstY = await page.evaluate(() => window.scrollY);

    expect(await reveal()).toEqual({ revealed: true });
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(firstY + 1000);
    await expect.poll(() => activeMark(page)).toEqual({ text: 'kinship allowance', inView: true });
    await expect.poll(() => cardText()).toContain(titleOf('fn-3'));

    const missing = await askContentScript<UiToContentReplies['care-lens/reveal-mention']>(browser, page, {
      type: 'care-lens/reveal-mention',
      recordId: 'no-such-record',
    });
    expect(missing).toEqual({ revealed: false });
  });
});
