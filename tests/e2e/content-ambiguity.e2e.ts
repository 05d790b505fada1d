import { openFixture } from './support/open-fixture';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markTexts } from './support/content-marks';
import { launchExtensionBrowser, type ExtensionBrowser } from '../../scripts/harness/extension-browser';
import { CARE_AMBIGUOUS, NOT_CARE_BUSINESS, NOT_CARE_TRAVEL } from './support/fixture-expectations';

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
    const { report, marks } = await marksOn(NOT_CARE_BUSINESS.fixture);
    expect(report.aboutCare).toBe(NOT_CARE_BUSINESS.aboutCare);
    expect(report.found).toBeGreaterThanOrEqual(10);
    expect(marks).toEqual(NOT_CARE_BUSINESS.marks);
  });

  it('marks nothing on a travel story with a family help desk and people staying put', async () => {
    const { report, marks } = await marksOn(NOT_CARE_TRAVEL.fixture);
    expect(report.aboutCare).toBe(NOT_CARE_TRAVEL.aboutCare);
    expect(report.found).toBeGreaterThanOrEqual(5);
    expect(marks).toEqual(NOT_CARE_TRAVEL.marks);
  });

  it('marks the same kind of phrases in a care article', async () => {
    const { report, marks } = await marksOn(CARE_AMBIGUOUS.fixture);
    expect(report.aboutCare).toBe(CARE_AMBIGUOUS.aboutCare);
    expect(marks).toEqual(CARE_AMBIGUOUS.marks);
  });
});
