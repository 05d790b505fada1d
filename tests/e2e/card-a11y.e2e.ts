/**
 * Accessibility of an open card in the real browser: axe-core run inside the card's frame finds no violations
 * (light and dark, one record and the chooser of several, everything expanded), themes follow the page or the
 * system, motion is reduced on request, and the card's host is the only change made to the page's DOM.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { openFixture } from './support/open-fixture';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtensionBrowser, type ExtensionBrowser } from '../../scripts/harness/extension-browser';
import {
  card,
  cardFrame,
  clickMention,
  hoverMention,
  recordIdsForTerm,
  setSettings,
  showDetails,
} from './card-helpers';

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: unknown; failureSummary?: string }[];
}

interface AxeSummary {
  violations: AxeViolation[];
  /** Rules that checked at least one node in the card and found it fine. */
  passed: string[];
  /** Why axe could not decide a contrast, per undecided node (text under the sticky action bar, say). */
  undecidedContrast: string[];
}

const AXE_SOURCE = readFileSync(resolve('node_modules/axe-core/axe.min.js'), 'utf8');

/** axe-core inside the card's frame (an extension page: its CSP forbids inline scripts, so axe goes in by DevTools). */
async function runAxeOnCard(page: Page): Promise<AxeSummary> {
  const frame = await cardFrame(page);
  if (!(await frame.evaluate(() => 'axe' in window))) await frame.evaluate(AXE_SOURCE);
  return frame.evaluate(async () => {
    type AxeCheck = { data?: { messageKey?: string } | null };
    type AxeResult = {
      violations: AxeViolation[];
      passes: { id: string }[];
      incomplete: { id: string; nodes: { any: AxeCheck[] }[] }[];
    };
    const axe = (window as unknown as { axe: { run: (context: unknown) => Promise<AxeResult> } }).axe;
    const result = await axe.run(document);
    return {
      violations: result.violations.map(({ id, help, nodes }) => ({
        id,
        help,
        nodes: nodes.map(({ target, failureSummary }) => ({ target, failureSummary })),
      })),
      passed: result.passes.map(({ id }) => id),
      undecidedContrast: result.incomplete
        .filter(({ id }) => id === 'color-contrast')
        .flatMap(({ nodes }) => nodes.map((node) => node.any[0]?.data?.messageKey ?? 'unknown')),
    };
  });
}

async function expectNoAxeViolations(page: Page): Promise<void> {
  const { violations, passed, undecidedContrast } = await runAxeOnCard(page);
  expect(violations).toEqual([]);
  // The viewport is tall enough for the whole card, so no text hides under its sticky bars: every contrast is
  // decided, except the one-character close sign (its button has a name and a focus ring).
  expect(undecidedContrast.filter((reason) => reason !== 'shortTextContent')).toEqual([]);
  // axe really looked at the card's content, inside its frame.
  expect(passed).toEqual(expect.arrayContaining(['color-contrast', 'aria-dialog-name', 'button-name']));
}

/** Opens every disclosure in the card (details, notes) so axe sees all of its content, and checks it all fits. */
async function expandEverything(page: Page): Promise<void> {
  await showDetails(page);
  await card(page).getByRole('button', { name: 'Add a note' }).click();
  await card(page).getByLabel('Add a note').waitFor();
  await page.waitForTimeout(300);
  expect(await card(page).evaluate((element) => element.scrollHeight <= element.clientHeight)).toBe(true);
}

describe('card accessibility', () => {
  let browser: ExtensionBrowser;
  let darkBrowser: ExtensionBrowser;

  beforeAll(async () => {
    browser = await launchExtensionBrowser();
    darkBrowser = await launchExtensionBrowser({ colorScheme: 'dark' });
    for (const each of [browser, darkBrowser]) await setSettings(await each.serviceWorker(), { hoverDelayMs: 200 });
  });
  afterAll(async () => {
    await browser?.close();
    await darkBrowser?.close();
  });

  async function openPinned(target: ExtensionBrowser, phrase: string, fixture = 'card-article.html'): Promise<Page> {
    const page = await target.context.newPage();
    // Tall enough that the fully expanded card of the second-edition records (more events and sources) fits on screen.
    await page.setViewportSize({ width: 1280, height: 4000 });
    await page.goto(`${inject('fixtureOrigin')}/fixtures/${fixture}`);
    await clickMention(page, phrase);
    await card(page).waitFor({ state: 'visible' });
    return page;
  }

  it('has no axe violations: one record, light theme, everything expanded', async () => {
    const page = await openPinned(browser, 'kinship allowance');
    expect(await card(page).getAttribute('data-crl-theme')).toBe('light');
    await expandEverything(page);
    await expectNoAxeViolations(page);
    await page.close();
  });

  it('has no axe violations in the dark theme the system asks for', async () => {
    const page = await openPinned(darkBrowser, 'kinship allowance');
    expect(await card(page).getAttribute('data-crl-theme')).toBe('dark');
    await expandEverything(page);
    await expectNoAxeViolations(page);
    await page.close();
  });

  it('has no axe violations when a phrase points at several records', async () => {
    // The dataset's one phrase shared by two recommendations (cp-2a and edu-1).
    expect(recordIdsForTerm('safeguarding partners').length).toBeGreaterThan(1);
    for (const target of [browser, darkBrowser]) {
      const page = await openPinned(target, 'safeguarding partners');
      const choices = card(page).locator('.crl-choice-button');
      expect(await choices.count()).toBe(recordIdsForTerm('safeguarding partners').length);
      await expectNoAxeViolations(page);
      await choices.first().click();
      await expandEverything(page);
      await expectNoAxeViolations(page);
      await page.close();
    }
  });

  it('follows a page that declares a single colour scheme over the system', async () => {
    const page = await darkBrowser.context.newPage();
    await page.goto(`${inject('fixtureOrigin')}/fixtures/card-article.html`);
    await page.evaluate(() => {
      document.documentElement.style.colorScheme = 'light';
    });
    await clickMention(page, 'kinship allowance');
    await card(page).waitFor({ state: 'visible' });
    expect(await card(page).getAttribute('data-crl-theme')).toBe('light');
    const background = await card(page).evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(background).toBe('rgb(255, 255, 255)');
    await page.close();
  });

  it('animates its opening only when the reader has not asked for reduced motion', async () => {
    const page = await openPinned(browser, 'kinship allowance');
    const frameElement = await (await cardFrame(page)).frameElement();
    const animation = () => frameElement.evaluate((element) => getComputedStyle(element as Element).animationName);
    expect(await animation()).not.toBe('none');
    await page.keyboard.press('Escape');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await clickMention(page, 'kinship allowance');
    await card(page).waitFor({ state: 'visible' });
    expect(await animation()).toBe('none');
    await page.close();
  });

  it('adds one host element to the page and nothing else, and loads only its own card frame', async () => {
    const page = (await openFixture(browser, 'card-article.html')).page;
    await page.waitForLoadState('networkidle');
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.evaluate(() => {
      const log: string[] = [];
      (window as unknown as { mutationLog: string[] }).mutationLog = log;
      new MutationObserver((records) => {
        for (const record of records) {
          const added = [...record.addedNodes].map((node) => node.nodeName.toLowerCase());
          const removed = [...record.removedNodes].map((node) => node.nodeName.toLowerCase());
          log.push(`${record.type} ${record.attributeName ?? ''} +${added.join(',')} -${removed.join(',')}`);
        }
      }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    });
    await hoverMention(page, 'kinship allowance');
    await card(page).waitFor({ state: 'visible' });
    await page.mouse.move(5, 5);
    await card(page).waitFor({ state: 'detached' });
    await clickMention(page, 'virtual school heads');
    await card(page).waitFor({ state: 'visible' });
    await page.keyboard.press('Escape');
    await card(page).waitFor({ state: 'detached' });
    // The page loads the card frame once, through the extension's per-session dynamic id; the frame reads its files
    // (the card text among them) from the extension's own origin. Nothing else is fetched.
    const dynamicId = await (
      await browser.serviceWorker()
    ).evaluate(() => (chrome.runtime as typeof chrome.runtime & { dynamicId?: string }).dynamicId);
    const framePages = requests.filter((url) => url.startsWith(`chrome-extension://${dynamicId}/card-frame.html`));
    expect(framePages).toHaveLength(1);
    const outsidePackage = requests.filter(
      (url) => !framePages.includes(url) && !url.startsWith(`chrome-extension://${browser.extensionId}/`),
    );
    expect(outsidePackage).toEqual([]);
    expect(requests.filter((url) => url.endsWith('/card-text.json'))).toHaveLength(1);
    const log = await page.evaluate(() => (window as unknown as { mutationLog: string[] }).mutationLog);
    expect(log).toEqual(['childList  +care-lens-card -']);
    expect(await page.evaluate(() => document.body.lastElementChild?.tagName)).toBe('CARE-LENS-CARD');
    await page.close();
  });
});
