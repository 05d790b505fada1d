import type { Page } from 'playwright-core';
import { openFixture } from './support/open-fixture';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { markTexts, scanCount, waitForScans } from './support/content-marks';
import { launchExtensionBrowser, type ExtensionBrowser } from '../../scripts/harness/extension-browser';
import { EDITABLE_FIELDS } from './support/fixture-expectations';

describe('editable fields and editors', () => {
  let browser: ExtensionBrowser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchExtensionBrowser();
  });
  afterAll(async () => browser?.close());
  beforeEach(async () => {
    await page?.close();
    page = (await openFixture(browser, EDITABLE_FIELDS.fixture)).page;
  });

  it('marks the article but nothing in text areas, inputs or editable regions', async () => {
    expect(await markTexts(page)).toEqual(EDITABLE_FIELDS.marks);
  });

  it('leaves typing alone: what the reader types arrives intact and is never marked', async () => {
    await page.click('#editor p');
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' And the kinship allowance, family help teams too.');
    await page.click('#comment');
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Regional Care Co-operatives!');
    await page.click('#subject');
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' and IROs');
    await page.waitForTimeout(500);

    expect(await page.locator('#editor').innerText()).toBe(
      'My draft mentions Regional Care Co-operatives. And the kinship allowance, family help teams too.',
    );
    expect(await page.inputValue('#comment')).toBe(
      'I would like a kinship allowance too. Regional Care Co-operatives!',
    );
    expect(await page.inputValue('#subject')).toBe('virtual school heads and IROs');
    expect(await markTexts(page)).toEqual(EDITABLE_FIELDS.marks);
  });

  it('drops the marks of a region that becomes editable, and brings them back after', async () => {
    const scans = await scanCount(page);
    await page.evaluate(() => document.getElementById('becomes-editable')!.setAttribute('contenteditable', 'true'));
    await expect.poll(() => markTexts(page)).toEqual(['kinship allowance']);
    await page.evaluate(() => document.getElementById('becomes-editable')!.removeAttribute('contenteditable'));
    await waitForScans(page, scans + 2);
    expect(await markTexts(page)).toEqual(EDITABLE_FIELDS.marks);
  });
});
