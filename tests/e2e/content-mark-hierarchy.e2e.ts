/**
 * The hierarchy of marks on a fixture article (tests/fixtures/pages/content-mark-hierarchy.html): the review's
 * proposals are marked, background items (the review, the strategy, people) are not unless the reader turns them
 * on, and then lighter; a bare surname only where the full name is in its section; a proposal's repeats in a
 * section fade, and "first mention only" still wins; the keyboard commands step from proposal to proposal, or
 * through background items too; and the pointer shows `help` over a mark without the page's DOM changing.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from '../../scripts/harness/extension-browser';
import type { UiToContentReplies } from '../../utils/shared/messages/ui-to-content';
import { card, cardRecord, openCards } from './card-helpers';
import {
  activeMark,
  askContentScript,
  bodyHtmlWithoutUi,
  changeSettings,
  markPoint,
  readMarks,
  resetSettings,
  pressMentionShortcut,
  type Mark,
} from './support/content-marks';
import { openFixture } from './support/open-fixture';

const FIXTURE = 'content-mark-hierarchy.html';
const PROPOSAL = 'care-lens-underline';
const REPEAT = 'care-lens-underline-repeat';
const BACKGROUND = 'care-lens-underline-background';

const asPairs = (marks: Mark[]) => marks.map((mark) => [mark.highlight, mark.text]);

/** In the page: the underline a highlight name draws (Chromium computes `::highlight()` styles). */
const underlineOf = (name: string) => {
  const style = getComputedStyle(document.querySelector('#article p')!, `::highlight(${name})`);
  return { color: style.textDecorationColor, thickness: parseFloat(style.textDecorationThickness) };
};

describe('a hierarchy of marks', () => {
  let browser: ExtensionBrowser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchExtensionBrowser();
  });
  afterAll(async () => browser?.close());
  afterEach(async () => {
    await page?.close();
    await resetSettings(browser);
  });

  it('marks only the proposals by default, and still tells the popup about the background items', async () => {
    page = (await openFixture(browser, FIXTURE)).page;
    expect(asPairs(await readMarks(page))).toEqual([
      [PROPOSAL, 'kinship allowance'],
      [PROPOSAL, 'family help'],
      [REPEAT, 'kinship allowance'],
      [REPEAT, 'kinship allowance'],
      // The first mention in the next section is a first mention again.
      [PROPOSAL, 'kinship allowance'],
    ]);
    expect(await page.evaluate((name) => CSS.highlights.has(name), BACKGROUND)).toBe(false);
    const reply = await askContentScript<UiToContentReplies['care-lens/get-page-mentions']>(browser, page, {
      type: 'care-lens/get-page-mentions',
    });
    expect(reply.mentions).toEqual([
      // "Josh MacAlister" and the bare "MacAlister" beside it; not the councillor of the same name in the next section.
      { recordId: 'josh-macalister', count: 2, background: true },
      { recordId: 'independent-review', count: 1, background: true },
      { recordId: 'fn-3', count: 4 },
      { recordId: 'stable-homes-built-on-love', count: 1, background: true },
      { recordId: 'fh-1', count: 1 },
    ]);
  });

  it('marks background items more lightly when asked, and a bare surname only beside the full name', async () => {
    page = (await openFixture(browser, FIXTURE)).page;
    await changeSettings(browser, { markBackground: true });
    await expect
      .poll(async () => asPairs(await readMarks(page)))
      .toEqual([
        [BACKGROUND, 'Josh MacAlister'],
        [BACKGROUND, 'Independent Review of Children’s Social Care'],
        [PROPOSAL, 'kinship allowance'],
        [BACKGROUND, 'Stable Homes, Built on Love'],
        [PROPOSAL, 'family help'],
        // "Josh MacAlister" is in this section; "Councillor Ruth MacAlister" in the next section is not marked.
        [BACKGROUND, 'MacAlister'],
        [REPEAT, 'kinship allowance'],
        [REPEAT, 'kinship allowance'],
        [PROPOSAL, 'kinship allowance'],
      ]);
    const proposal = await page.evaluate(underlineOf, PROPOSAL);
    const background = await page.evaluate(underlineOf, BACKGROUND);
    const repeat = await page.evaluate(underlineOf, REPEAT);
    expect(background.thickness).toBeLessThan(proposal.thickness);
    expect(repeat.thickness).toBeLessThan(proposal.thickness);
    // Grey, not the proposals' blue: a background mark never looks like a proposal.
    expect(background.color).not.toBe(proposal.color);
    expect(background.color).toMatch(/^rgba\(128, 128, 128/);

    await changeSettings(browser, { markBackground: false });
    await expect.poll(() => page.evaluate((name) => CSS.highlights.get(name)?.size ?? 0, BACKGROUND)).toBe(0);
  });

  it('stops fading repeats when asked, and "first mention only" leaves repeats unmarked', async () => {
    page = (await openFixture(browser, FIXTURE)).page;
    await changeSettings(browser, { fadeRepeats: false });
    await expect
      .poll(async () => (await readMarks(page)).map((mark) => mark.highlight))
      .toEqual(Array(5).fill(PROPOSAL));
    await changeSettings(browser, { fadeRepeats: true, firstMentionOnly: true });
    await expect
      .poll(async () => asPairs(await readMarks(page)))
      .toEqual([
        [PROPOSAL, 'kinship allowance'],
        [PROPOSAL, 'family help'],
      ]);
  });

  it('steps from proposal to proposal, and through background items with the other shortcut', async () => {
    page = (await openFixture(browser, FIXTURE)).page;
    const steps: string[] = [];
    const step = async (direction: 'next' | 'previous', withBackground = false) => {
      const before = await page.evaluate(() => window.careLensActiveSeen ?? 0);
      await pressMentionShortcut(page, direction, { withBackground });
      await expect.poll(() => page.evaluate(() => window.careLensActiveSeen ?? 0)).toBeGreaterThan(before);
      steps.push((await activeMark(page))!.text.replace(/\s+/g, ' '));
    };
    await countActiveChanges(page);
    for (let i = 0; i < 4; i += 1) await step('next');
    // Proposals only, faded repeats included.
    expect(steps.splice(0)).toEqual(['kinship allowance', 'family help', 'kinship allowance', 'kinship allowance']);

    await page.keyboard.press('Escape');
    await expect.poll(() => openCards(page)).toBe(0);
    for (let i = 0; i < 4; i += 1) await step('next', true);
    // Background items too, though they are not marked: the card names what the words stand for.
    expect(steps.splice(0)).toEqual([
      'Josh MacAlister',
      'Independent Review of Children’s Social Care',
      'kinship allowance',
      'Stable Homes, Built on Love',
    ]);
    await expect.poll(() => card(page).textContent()).toContain(cardRecord('stable-homes-built-on-love').title);
    // From a background item's card, the proposals-only shortcut goes on to the next proposal, and back.
    await step('next');
    await step('previous');
    expect(steps).toEqual(['family help', 'kinship allowance']);
  });

  it('shows the help pointer over a mark, faded or not, without changing the page, and opens its card', async () => {
    page = (await openFixture(browser, FIXTURE)).page;
    const htmlBefore = await bodyHtmlWithoutUi(page);
    const rootBefore = await page.evaluate(() => document.documentElement.outerHTML.split('<head')[0]);
    const cursorAt = (point: { x: number; y: number }) =>
      page.evaluate(({ x, y }) => getComputedStyle(document.elementFromPoint(x, y)!).cursor, point);

    // The third mark is a faded repeat of "kinship allowance".
    expect((await readMarks(page))[2]).toEqual({ highlight: REPEAT, text: 'kinship allowance' });
    const repeat = await markPoint(page, 2);
    expect(await cursorAt(repeat)).not.toBe('help');
    await page.mouse.move(repeat.x - 30, repeat.y);
    await page.mouse.move(repeat.x, repeat.y, { steps: 3 });
    await expect.poll(() => cursorAt(repeat)).toBe('help');
    await expect.poll(() => openCards(page)).toBe(1);
    await expect.poll(() => card(page).textContent()).toContain(cardRecord('fn-3').title);
    // Nothing in the page's DOM or its root element's attributes changed, and no stylesheet was added to it.
    expect(await bodyHtmlWithoutUi(page)).toBe(htmlBefore);
    expect(await page.evaluate(() => document.documentElement.outerHTML.split('<head')[0])).toBe(rootBefore);
    expect(await page.evaluate(() => document.styleSheets.length)).toBe(1);

    // Off the mark (the heading has none), the page's own cursor is back.
    const heading = await page.locator('h1').boundingBox();
    const away = { x: heading!.x + 5, y: heading!.y + heading!.height / 2 };
    await page.mouse.move(away.x, away.y, { steps: 3 });
    await expect.poll(() => cursorAt(away)).not.toBe('help');
    expect(await cursorAt(repeat)).not.toBe('help');
  });
});

declare global {
  interface Window {
    careLensActiveSeen?: number;
  }
}

/** Counts, in the page, each change of the current mark (the `care-lens-active` highlight's range). */
async function countActiveChanges(page: Page): Promise<void> {
  await page.evaluate(() => {
    let last: Range | null = null;
    window.careLensActiveSeen = 0;
    const check = () => {
      let now: Range | null = null;
      CSS.highlights.get('care-lens-active')?.forEach((range) => (now = range as Range));
      if (now && now !== last) window.careLensActiveSeen! += 1;
      last = now;
      requestAnimationFrame(check);
    };
    check();
  });
}
