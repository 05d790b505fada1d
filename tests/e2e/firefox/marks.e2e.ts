/**
 * Firefox marks the fixture pages exactly as Chromium does: the same marks, in the same order, drawn with the CSS
 * Custom Highlight API, pointing at the same records — checked against the lists the Chromium content tests use —
 * and the page's DOM is left exactly as it is in a Firefox without the extension, while the marks are painted (in
 * Firefox 140 ESR only a colour paints in a highlight; see utils/page/mark/highlights.firefox.css).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefoxExtensionBrowser, type FirefoxExtensionBrowser } from '../../../scripts/harness/firefox-browser';
import type { UiToContentReplies } from '../../../utils/shared/messages/ui-to-content';
import { bodyHtmlOutsideUi } from '../support/content-marks';
import { FIXTURE_EXPECTATIONS, STATIC_ARTICLE } from '../support/fixture-expectations';
import { askContentScript, fixtureUrl, markTexts, openFixture, readMarks } from './support/firefox-pages';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** In the page: an element's box, with room below the text for an underline. */
const boxOf = (target: Element): Box => {
  const rect = target.getBoundingClientRect();
  return {
    x: Math.floor(rect.x),
    y: Math.floor(rect.y),
    width: Math.ceil(rect.width),
    height: Math.ceil(rect.height) + 4,
  };
};

/** In the page: the box of the first mark's first line. */
const firstMarkBox = (): Box => {
  let first: Range | undefined;
  CSS.highlights.get('care-lens-underline')?.forEach((range) => {
    if (!first || (range as Range).compareBoundaryPoints(Range.START_TO_START, first) < 0) first = range as Range;
  });
  const line = first!.getClientRects()[0]!;
  return {
    x: Math.floor(line.x),
    y: Math.floor(line.y),
    width: Math.ceil(line.width),
    height: Math.ceil(line.height) + 4,
  };
};

describe('Firefox: marks on the fixture pages', () => {
  let firefox: FirefoxExtensionBrowser;

  beforeAll(async () => {
    firefox = await launchFirefoxExtensionBrowser();
    console.log(`Firefox ${firefox.version}`);
  });
  afterAll(async () => firefox?.close());

  it.each(FIXTURE_EXPECTATIONS.map((expected) => [expected.fixture, expected] as const))(
    'marks %s as the Chromium content tests expect',
    async (_name, expected) => {
      const { page, report } = await openFixture(firefox, expected.fixture);
      if (expected.aboutCare !== undefined) expect(report.aboutCare).toBe(expected.aboutCare);
      expect(await markTexts(page)).toEqual(expected.marks);
      expect(report.painted).toBe(expected.marks.length);
      await page.close();
    },
  );

  it('draws every mark as a care-lens highlight and tells the popup which records the page mentions', async () => {
    const { page } = await openFixture(firefox, STATIC_ARTICLE.fixture);
    const marks = await readMarks(page);
    expect(marks.map((mark) => mark.highlight)).toEqual(STATIC_ARTICLE.highlights);
    const reply = await askContentScript<UiToContentReplies['care-lens/get-page-mentions']>(firefox, page, {
      type: 'care-lens/get-page-mentions',
    });
    expect(reply.marking).toEqual({ state: 'on', aboutCare: true, reading: false });
    expect(reply.url).toBe(fixtureUrl(STATIC_ARTICLE.fixture));
    expect(reply.mentions).toEqual(STATIC_ARTICLE.mentions);
    await page.close();
  });

  it('paints the marks, and leaves the page DOM exactly as it is in a Firefox without the extension', async () => {
    const { page } = await openFixture(firefox, STATIC_ARTICLE.fixture);
    const withExtension = await page.evaluate(bodyHtmlOutsideUi);
    const markBox = await page.evaluate(firstMarkBox);
    const bylineBox = await page.evaluate(boxOf, (await page.$('.byline'))!);
    const painted = await page.screenshot({ clip: markBox, encoding: 'base64' });
    const byline = await page.screenshot({ clip: bylineBox, encoding: 'base64' });
    await page.close();
    const plain = await launchFirefoxExtensionBrowser({ install: 'none' });
    try {
      const control = await plain.newPage();
      await control.goto(fixtureUrl(STATIC_ARTICLE.fixture));
      expect(await control.evaluate(() => CSS.highlights.size)).toBe(0);
      expect(withExtension).toBe(await control.evaluate(() => document.body.innerHTML));
      // The same page renders the same without marks; under a mark it does not, so the mark is painted.
      expect(await control.screenshot({ clip: bylineBox, encoding: 'base64' })).toBe(byline);
      expect(await control.screenshot({ clip: markBox, encoding: 'base64' })).not.toBe(painted);
    } finally {
      await plain.close();
    }
  });
});
