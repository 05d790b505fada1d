import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { markTexts, recordScans, waitForScans } from './support/content-marks';
import { launchExtensionBrowser, type ExtensionBrowser } from './support/extension-browser';

describe('ambiguous phrases count only on pages about children’s social care', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchExtensionBrowser();
  });
  afterAll(async () => browser?.close());

  async function marksOn(fixture: string) {
    const page = await browser.context.newPage();
    await recordScans(page);
    await page.goto(`${inject('fixtureOrigin')}/fixtures/${fixture}`);
    const report = await waitForScans(page);
    const marks = await markTexts(page);
    await page.close();
    return { report, marks };
  }

  it('marks nothing on a business story about a corporate parent, a reform board and a windfall tax', async () => {
    const { report, marks } = await marksOn('content-not-care-business.html');
    expect(report.aboutCare).toBe(false);
    expect(report.found).toBeGreaterThanOrEqual(10);
    expect(marks).toEqual([]);
  });

  it('marks nothing on a travel story with a family help desk and people staying put', async () => {
    const { report, marks } = await marksOn('content-not-care-travel.html');
    expect(report.aboutCare).toBe(false);
    expect(report.found).toBeGreaterThanOrEqual(5);
    expect(marks).toEqual([]);
  });

  it('marks the same kind of phrases in a care article', async () => {
    const { report, marks } = await marksOn('content-care-ambiguous.html');
    expect(report.aboutCare).toBe(true);
    expect(marks).toEqual([
      'care cliff',
      'staying put arrangements',
      'corporate parent',
      'family help',
      'early career framework',
    ]);
  });
});
