import type { Page } from 'playwright-core';
import { openFixture } from './support/open-fixture';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UiToContentReplies } from '../../utils/shared/messages/ui-to-content';
import { ALL_HIGHLIGHT_NAMES } from '../../utils/shared/marks/highlight-names';
import {
  askContentScript,
  bodyHtmlWithoutExtension,
  bodyHtmlWithoutUi,
  longTasksSince,
  markTexts,
  waitForScans,
} from './support/content-marks';
import { launchExtensionBrowser, type ExtensionBrowser } from '../../scripts/harness/extension-browser';

/** The mention each paragraph of content-big-page.html carries (the fixture's own rule), or null. */
function bigPageMention(index: number): string | null {
  if (index % 10 === 3) return 'kinship allowance';
  if (index % 25 === 7) return 'Regional Care Co-operatives';
  return null;
}

const BIG_PAGE_PARAGRAPHS = 20_000;

describe('very large pages', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchExtensionBrowser();
  });
  afterAll(async () => browser?.close());

  async function open(fixture: string): Promise<Page> {
    return (await openFixture(browser, fixture, { waitForScan: false })).page;
  }

  /** No task of 50 ms or more from the page being ready (its own build and first paint done) until a second after the scan. */
  async function expectNoLongTasks(page: Page): Promise<void> {
    await page.waitForFunction(() => performance.getEntriesByName('fixture-ready').length > 0);
    const report = await waitForScans(page, 1, 60_000);
    await page.waitForTimeout(1000);
    const ready = await page.evaluate(() => performance.getEntriesByName('fixture-ready')[0]!.startTime);
    expect(report.longestSliceMs).toBeLessThan(50);
    expect(await longTasksSince(page, Math.min(ready, report.firstSliceAt))).toEqual([]);
  }

  it('marks all 2,800 mentions of a 20,000-paragraph page with no long task, registering those near the view', async () => {
    const page = await open('content-big-page.html');
    await expectNoLongTasks(page);
    const report = await waitForScans(page);
    expect(report.found).toBe(2800);
    expect(report.painted).toBe(2800);
    expect(report.registered).toBeLessThanOrEqual(401);

    const expected = Array.from({ length: BIG_PAGE_PARAGRAPHS }, (_, i) => bigPageMention(i)).filter(
      (mention): mention is string => mention !== null,
    );
    const top = await markTexts(page);
    expect(top.length).toBeGreaterThan(5);
    expect(top).toEqual(expected.slice(0, top.length));

    const reply = await askContentScript<UiToContentReplies['care-lens/get-page-mentions']>(browser, page, {
      type: 'care-lens/get-page-mentions',
    });
    expect(reply.mentions).toEqual([
      { recordId: 'fn-3', count: 2000 },
      { recordId: 'care-1', count: 800 },
    ]);

    // Scrolled half-way down, the marks registered are the ones around paragraph 10,000.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    // Every tone's name: half-way down, the marks are repeats of proposals marked higher up (a fainter tone).
    await expect
      .poll(() =>
        page.evaluate((names) => {
          const paragraphs: number[] = [];
          for (const name of names) {
            CSS.highlights.get(name)?.forEach((range) => {
              const text = (range as Range).startContainer.parentElement?.closest('p')?.textContent ?? '';
              paragraphs.push(Number(/^Paragraph (\d+)/.exec(text)?.[1]));
            });
          }
          return paragraphs.length > 0 && paragraphs.every((n) => n > 8000 && n < 12000);
        }, ALL_HIGHLIGHT_NAMES),
      )
      .toBe(true);
    await page.close();
  });

  it('passes over 20,000 empty elements, a 10,000-option list and a 10,000-span paragraph with no long task', async () => {
    const page = await open('content-node-heavy.html');
    await expectNoLongTasks(page);
    const report = await waitForScans(page);
    expect(await markTexts(page)).toEqual([
      'kinship allowance',
      'family help teams',
      'virtual school heads',
      'kinship allowance',
      'kinship allowance',
      'kinship allowance',
    ]);
    expect(report.found).toBe(6);
    await page.close();
  });

  it('marks the mentions inside a one-megabyte text node with no long task, leaving the node whole', async () => {
    const page = await open('content-huge-text-node.html');
    await expectNoLongTasks(page);
    const report = await waitForScans(page);
    expect(report.found).toBe(117);
    const marks = await markTexts(page);
    expect(marks).toHaveLength(117);
    expect(new Set(marks)).toEqual(new Set(['kinship allowance']));
    const huge = await page.evaluate(() => {
      const paragraph = document.getElementById('huge')!;
      return { nodes: paragraph.childNodes.length, length: paragraph.firstChild!.textContent!.length };
    });
    expect(huge.nodes).toBe(1);
    expect(huge.length).toBeGreaterThan(1_000_000);
    expect(await bodyHtmlWithoutUi(page)).toBe(
      await bodyHtmlWithoutExtension(page.url(), () => performance.getEntriesByName('fixture-ready').length > 0),
    );
    await page.close();
  });
});
