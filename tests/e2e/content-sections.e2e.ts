import { openFixture } from './support/open-fixture';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markPoint, markTexts, readMarks } from './support/content-marks';
import { openCards } from './card-helpers';
import { launchExtensionBrowser, type ExtensionBrowser } from '../../scripts/harness/extension-browser';

declare global {
  interface Window {
    quoteAdded?: boolean;
  }
}

describe('judging each section of a page on its own words', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchExtensionBrowser();
  });
  afterAll(async () => browser?.close());

  it('marks the care article, not its "most read" rail, a verb before "schools" or another nation’s allowance', async () => {
    const { page, report } = await openFixture(browser, 'content-sections.html');
    expect(report.aboutCare).toBe(true);
    expect(await markTexts(page)).toEqual(['family help', 'kinship allowance', 'secure schools', 'kinship allowance']);
    // The marks are in the article only: the rail's family help desk and corporate parent, the Scottish section's
    // allowance and corporate parenting, and "help secure schools’ places" stay unmarked.
    const sections = await page.evaluate(() => {
      const names: string[] = [];
      CSS.highlights.forEach((highlight, name) => {
        if (!name.startsWith('care-lens')) return;
        highlight.forEach((range) => {
          const element = (range as Range).startContainer.parentElement!;
          names.push(element.closest('article, aside, section')?.id ?? 'none');
        });
      });
      return names;
    });
    expect(sections).toEqual(['article', 'article', 'article', 'article']);
    await page.close();
  });
});

describe('open shadow roots', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchExtensionBrowser();
  });
  afterAll(async () => browser?.close());

  it('are read like the rest of the page, watched for changes, and their marks open cards', async () => {
    const { page } = await openFixture(browser, 'content-shadow.html');
    // "care review" (background) is not marked by default.
    expect(await markTexts(page)).toEqual(['kinship allowance', 'Regional Care Co-operatives', 'family help']);
    const inShadow = await page.evaluate(() => {
      const found: boolean[] = [];
      CSS.highlights.forEach((highlight) =>
        highlight.forEach((range) => found.push((range as Range).startContainer.getRootNode() instanceof ShadowRoot)),
      );
      return found;
    });
    expect(inShadow.sort()).toEqual([false, true, true]);

    // A web component added after load is read when it appears (the closed one never is).
    await page.waitForFunction(() => window.quoteAdded === true);
    await expect
      .poll(() => markTexts(page))
      .toEqual(['kinship allowance', 'Regional Care Co-operatives', 'family help', 'Virtual school heads']);

    // Hovering a mark inside a shadow root opens its card.
    const point = await markPoint(page, 1);
    await page.mouse.move(point.x - 3, point.y);
    await page.mouse.move(point.x, point.y);
    await expect.poll(() => openCards(page)).toBe(1);
    expect((await readMarks(page)).length).toBe(4);
    await page.close();
  });
});
