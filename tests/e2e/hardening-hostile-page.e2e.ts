/**
 * Privacy against a hostile page. The fixture's own script (tests/fixtures/pages/hostile-spy.js) runs before the
 * content script, patches prototypes, logs every key and input event at window capture, walks the DOM and every
 * shadow root it can reach, and on cue spoofs the extension's messages, synthesises pointer and key events on the
 * marks and clicks every button it can reach. Meanwhile the user writes notes on recommendations the page mentions,
 * in the popup and the library page. The page must learn no note text and must not be able to make the extension
 * do anything: no setting changed, no note written, no card opened, no tab opened.
 */
import type { Page } from 'playwright-core';
import { openFixture } from './support/open-fixture';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Settings } from '../../utils/shared/settings';
import { card, hoverMention, readSettings } from './card-helpers';
import { launchExtensionBrowser, type ExtensionBrowser } from '../../scripts/harness/extension-browser';
import { readMarks, recordScans, waitForScans } from './support/content-marks';
import { readLiveNotes } from './support/storage-probes';
import { openFixtureTab, openLibrary, openPopup } from './ui-support';

interface Loot {
  text: string[];
  keys: string[];
  inputs: string[];
  clipboard: string[];
  messages: string[];
  customEvents: string[];
  highlights: string[];
  shadowRoots: string[];
  wrappedEvents: string[];
  clickedButtons: string[];
}

declare global {
  interface Window {
    __hostile: {
      spoofMessages(): void;
      synthesiseEvents(): void;
      clickEveryShadowButton(): void;
      markCount(): number;
      loot(): Loot;
    };
  }
}

const POPUP_NOTE = 'Zebra-7Q private: the Okafor family asked us not to name their son';
const LIBRARY_NOTE = 'Quokka-3X follow up with the director in confidence';
const SECRET_WORDS = ['zebra-7q', 'okafor', 'quokka-3x', 'in confidence'];

interface ExtensionState {
  settings: Settings | undefined;
  noteTexts: string[];
  libraryTabs: number;
  cardsOpen: number;
  scrollY: number;
  marks: number;
}

describe('a hostile page next to the extension', () => {
  let browser: ExtensionBrowser;
  let page: Page;
  let tabId: number;

  beforeAll(async () => {
    browser = await launchExtensionBrowser();
    ({ page, tabId } = await openFixtureTab(browser, 'about:blank'));
    await recordScans(page);
    await page.goto(`${inject('fixtureOrigin')}/fixtures/hostile-article.html`);
    await waitForScans(page);
  });
  afterAll(async () => browser?.close());

  async function noteTexts(): Promise<string[]> {
    const probe = await browser.openExtensionPage('library.html#/about');
    const notes = await readLiveNotes(probe);
    await probe.close();
    return notes.map((note) => note.text).sort();
  }

  async function state(): Promise<ExtensionState> {
    return {
      settings: await readSettings(await browser.serviceWorker()),
      noteTexts: await noteTexts(),
      libraryTabs: browser.context.pages().filter((open) => open.url().includes('/library.html')).length,
      cardsOpen: await card(page).count(),
      scrollY: await page.evaluate(() => window.scrollY),
      marks: (await readMarks(page)).length,
    };
  }

  it('cannot steer the extension with spoofed messages or synthetic events', async () => {
    const before = await state();
    expect(before.marks).toBeGreaterThanOrEqual(3);
    expect(before.cardsOpen).toBe(0);

    await page.evaluate(() => {
      window.__hostile.spoofMessages();
      window.__hostile.synthesiseEvents();
    });
    // Longer than the hover delay and the card's open animation: anything the page set off has happened by now.
    await page.waitForTimeout(1_500);

    expect(await state()).toEqual(before);
    // The page did dispatch its fakes (so "nothing happened" means something).
    const loot = await page.evaluate(() => window.__hostile.loot());
    expect(loot.messages.some((message) => message.includes('care-lens/disable-site'))).toBe(true);
    expect(loot.wrappedEvents.some((event) => event.startsWith('click'))).toBe(true);
  });

  it('learns no note text while the user writes notes in the popup and the library', async () => {
    // Popup, pointed at the hostile page's tab: search by keyboard, open the result, write a note.
    const popup = await openPopup(browser, tabId);
    await popup.getByRole('region', { name: 'On this page' }).getByRole('button').first().waitFor();
    await popup.getByLabel('Search the review’s recommendations').focus();
    await popup.keyboard.type('kinship allowance');
    await popup.locator('.lens-results [data-record-id="fn-3"]').waitFor();
    await popup.keyboard.press('Enter');
    await popup.getByLabel('Add a note').focus();
    await popup.keyboard.type(POPUP_NOTE);
    await popup.getByRole('button', { name: 'Save note' }).click();
    await popup.locator('.lens-note-text', { hasText: POPUP_NOTE }).waitFor();
    await popup.close();

    // Library page, on another recommendation the page mentions.
    const library = await openLibrary(browser, '#/record/care-1');
    const notes = library.getByRole('region', { name: 'Your notes' });
    await notes.getByLabel('Add a note').focus();
    await library.keyboard.type(LIBRARY_NOTE);
    await notes.getByRole('button', { name: 'Save note' }).click();
    await notes.locator('.lens-note-text', { hasText: LIBRARY_NOTE }).waitFor();
    await library.close();

    // The user reads the page: hovers a mark until its card shows (the card holds public text only).
    await page.bringToFront();
    await hoverMention(page, 'kinship allowance');
    await card(page).waitFor({ state: 'visible' });

    // Control: typing into the page's own field is seen by the spy, so the spy does work.
    await page.locator('#comment').focus();
    await page.keyboard.type('typed-on-the-page');
    await page.waitForTimeout(300);

    const loot = await page.evaluate(() => window.__hostile.loot());
    expect(loot.keys.join('')).toContain('typed-on-the-page');
    expect(loot.text).toContain('typed-on-the-page');
    expect(loot.highlights.some((entry) => entry.includes('kinship allowance'))).toBe(true);
    // The walker reaches into the card's shadow root and reads its (public) text ...
    expect(loot.text.some((text) => text.includes('A kinship allowance at fostering rates'))).toBe(true);
    // ... but the page's patched attachShadow never ran for it: prototype patches stay in the page's own world.
    expect(loot.shadowRoots).toEqual([]);

    // The extension posts nothing into the page's window (WXT's start-up postMessage would name its id).
    expect(loot.messages.filter((message) => message.includes(browser.extensionId))).toEqual([]);

    const everything = JSON.stringify(loot).toLowerCase();
    const typedOnPage = loot.keys.join('').toLowerCase();
    for (const word of SECRET_WORDS) {
      expect(everything, `the page saw "${word}"`).not.toContain(word);
      expect(typedOnPage, `the page's key log holds "${word}"`).not.toContain(word);
    }
    expect(await noteTexts()).toEqual([POPUP_NOTE, LIBRARY_NOTE].sort());
  });

  it('cannot use the open card: clicking its buttons changes no setting and opens nothing', async () => {
    if ((await card(page).count()) === 0) {
      await hoverMention(page, 'kinship allowance');
      await card(page).waitFor({ state: 'visible' });
    }
    const before = await state();
    await page.evaluate(() => window.__hostile.clickEveryShadowButton());
    await page.waitForTimeout(1_000);
    const clicked = await page.evaluate(() => window.__hostile.loot().clickedButtons);
    expect(clicked).toEqual(expect.arrayContaining(['Open notes', 'Not on this site']));

    const after = await state();
    expect(after.settings).toEqual(before.settings);
    expect(after.noteTexts).toEqual(before.noteTexts);
    expect(after.libraryTabs).toBe(before.libraryTabs);
    expect(after.marks).toBe(before.marks);
  });

  it('replaying the framework’s restart event can only switch marking off on that page itself', async () => {
    // A page that knows the extension's public id can imitate WXT's "a newer content script started" event; the
    // content script then stands down on that page, which the page could have had anyway by deleting the marks
    // from the shared CSS.highlights registry. Nothing else may change.
    const other = (await openFixture(browser, 'hardening-article.html')).page;
    const otherMarks = await readMarks(other);
    const before = await state();

    await page.evaluate((id) => {
      const detail = { contentScriptName: 'content', messageId: 'spoofed' };
      document.dispatchEvent(new CustomEvent(`${id}:content:wxt:content-script-started`, { detail }));
    }, browser.extensionId);
    await page.waitForTimeout(800);

    const after = await state();
    expect(after.settings).toEqual(before.settings);
    expect(after.noteTexts).toEqual(before.noteTexts);
    expect(after.libraryTabs).toBe(before.libraryTabs);
    expect(await readMarks(other)).toEqual(otherMarks);
    await other.close();
  });
});
