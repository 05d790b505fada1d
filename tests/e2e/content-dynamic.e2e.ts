import type { Page } from 'playwright-core';
import { openFixture } from './support/open-fixture';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bodyHtmlWithoutExtension,
  bodyHtmlWithoutUi,
  markTexts,
  scanCount,
  waitForScans,
} from './support/content-marks';
import { launchExtensionBrowser, type ExtensionBrowser } from '../../scripts/harness/extension-browser';

declare global {
  interface Window {
    articleLoaded?: boolean;
  }
}

describe('pages that change after loading', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchExtensionBrowser();
  });
  afterAll(async () => browser?.close());

  async function openLateArticle(): Promise<Page> {
    return (
      await openFixture(browser, 'content-late-article.html', {
        waitForScan: false,
      })
    ).page;
  }

  const lateArticleMarks = ['new deal for foster carers', 'kinship allowance', 'virtual school heads’'];

  it('marks an article inserted a second after the page loaded', async () => {
    const page = await openLateArticle();
    await waitForScans(page, 1);
    expect(await markTexts(page)).toEqual([]);
    await page.waitForFunction(() => window.articleLoaded === true);
    await expect.poll(() => markTexts(page)).toEqual(lateArticleMarks);
    const url = page.url();
    expect(await bodyHtmlWithoutUi(page)).toBe(
      await bodyHtmlWithoutExtension(url, () => window.articleLoaded === true),
    );
    await page.close();
  });

  it('reads again only what changed: added, edited, removed and revealed text', async () => {
    const page = await openLateArticle();
    await page.waitForFunction(() => window.articleLoaded === true);
    await expect.poll(() => markTexts(page)).toEqual(lateArticleMarks);
    let scans = await scanCount(page);

    await page.evaluate(() => {
      const paragraph = document.createElement('p');
      paragraph.innerHTML = 'Update: <em>Regional</em> Care Co-operatives will be piloted first.';
      document.querySelector('article')!.append(paragraph);
    });
    const added = await waitForScans(page, ++scans);
    expect(added.nodes).toBeLessThanOrEqual(3);
    expect(await markTexts(page)).toEqual([...lateArticleMarks, 'Regional Care Co-operatives']);

    await page.evaluate(() => {
      const strong = document.querySelector('#kinship strong')!;
      strong.firstChild!.textContent = 'weekly payment';
    });
    await waitForScans(page, ++scans);
    expect(await markTexts(page)).toEqual([
      'new deal for foster carers',
      'virtual school heads’',
      'Regional Care Co-operatives',
    ]);

    await page.evaluate(() => document.getElementById('heads')!.remove());
    await expect.poll(() => markTexts(page)).toEqual(['new deal for foster carers', 'Regional Care Co-operatives']);

    await page.evaluate(() => document.getElementById('more')!.classList.remove('collapsed'));
    await expect
      .poll(() => markTexts(page))
      .toEqual(['new deal for foster carers', 'letterbox contact', 'Regional Care Co-operatives']);
    await page.close();
  });

  it('starts again after in-page navigation, judging each story on its own words', async () => {
    const page = (await openFixture(browser, 'content-spa.html')).page;
    const careMarks = ['family help', 'family help', 'corporate parent', 'kinship allowance'];
    expect(await markTexts(page)).toEqual(careMarks);

    await page.click('a[data-story="travel"]');
    expect(page.url()).toContain('story=travel');
    await expect.poll(() => page.evaluate(() => document.title)).toBe('Ten tips for a calmer airport summer');
    const before = await scanCount(page);
    await waitForScans(page, before + 1);
    await page.waitForTimeout(400);
    expect(await markTexts(page)).toEqual([]);

    await page.goBack();
    await expect.poll(() => markTexts(page)).toEqual(careMarks);
    await page.close();
  });
});
