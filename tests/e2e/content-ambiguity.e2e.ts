import { openFixture } from './support/open-fixture';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markTexts } from './support/content-marks';
import { launchExtensionBrowser, type ExtensionBrowser } from '../../scripts/harness/extension-browser';

describe('ambiguous phrases count only on pages about children’s social care', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchExtensionBrowser();
  });
  afterAll(async () => browser?.close());

  async function marksOn(fixture: string) {
    const { page, report } = await openFixture(browser, fixture);
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
