import { openFixture } from './support/open-fixture';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { UiToContentReplies } from '../../utils/shared/messages/ui-to-content';
import {
  askContentScript,
  bodyHtmlWithoutExtension,
  bodyHtmlWithoutUi,
  markTexts,
  readMarks,
} from './support/content-marks';
import { launchExtensionBrowser, type ExtensionBrowser } from '../../scripts/harness/extension-browser';
import { STATIC_ARTICLE } from './support/fixture-expectations';

describe('marking a static article', () => {
  let browser: ExtensionBrowser;
  const url = () => `${inject('fixtureOrigin')}/fixtures/${STATIC_ARTICLE.fixture}`;

  beforeAll(async () => {
    browser = await launchExtensionBrowser();
  });
  afterAll(async () => browser?.close());

  it('marks every mention in the article and nothing in scripts, fields, editors or hidden text', async () => {
    const { page, report } = await openFixture(browser, url());
    expect(report.aboutCare).toBe(true);
    expect(await markTexts(page)).toEqual(STATIC_ARTICLE.marks);
    const marks = await readMarks(page);
    // A proposal's repeats in the same section are drawn fainter than its first mention there.
    expect(marks.map((mark) => mark.highlight)).toEqual(STATIC_ARTICLE.highlights);
    await page.close();
  });

  it('tells the popup which recommendations the page mentions, and how often', async () => {
    const page = (await openFixture(browser, url())).page;
    const reply = await askContentScript<UiToContentReplies['care-lens/get-page-mentions']>(browser, page, {
      type: 'care-lens/get-page-mentions',
    });
    expect(reply.marking).toEqual({ state: 'on', aboutCare: true, reading: false });
    expect(reply.url).toBe(url());
    expect(reply.mentions).toEqual(STATIC_ARTICLE.mentions);
    await page.close();
  });

  it('leaves the page DOM exactly as it is without the extension', async () => {
    const page = (await openFixture(browser, url())).page;
    expect(await bodyHtmlWithoutUi(page)).toBe(await bodyHtmlWithoutExtension(url()));
    await page.close();
  });
});
