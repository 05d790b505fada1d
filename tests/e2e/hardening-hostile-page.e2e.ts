/**
 * Privacy against a hostile page. The fixture's own script (tests/fixtures/pages/hostile-spy.js) runs before the
 * content script, patches prototypes, logs every key and input event at window capture, walks the DOM, every
 * shadow root and every frame it can reach, and on cue spoofs the extension's messages (into its window and every
 * frame), synthesises pointer, click and key events on the marks and on the card's area, and navigates frames.
 * Meanwhile the user reads cards and writes notes: in the card itself, in the popup and in the library page. The
 * page must learn none of the card's text and no note text, hear no key typed in the card, and must not be able to
 * make the extension do anything: no setting changed, no note written, no card opened, no tab opened.
 */
import type { Page } from 'playwright-core';
import { openFixture } from './support/open-fixture';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Settings } from '../../utils/shared/settings';
import {
  card,
  cardBox,
  cardFrame,
  cardRecord,
  clickMention,
  hoverMention,
  openCards,
  readSettings,
} from './card-helpers';
import { launchExtensionBrowser, type ExtensionBrowser } from '../../scripts/harness/extension-browser';
import { readMarks, recordScans, waitForScans } from './support/content-marks';
import { evaluateInContentScript, readLiveNotes } from './support/storage-probes';
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
  frames: Record<string, unknown>[];
  cardAreaTargets: string[];
}

declare global {
  interface Window {
    __hostile: {
      spoofMessages(): void;
      synthesiseEvents(): void;
      clickEveryShadowButton(): void;
      attackCardArea(x: number, y: number): void;
      navigateFrames(): void;
      frameCount(): number;
      markCount(): number;
      loot(): Loot;
    };
  }
}

const POPUP_NOTE = 'Zebra-7Q private: the Okafor family asked us not to name their son';
const LIBRARY_NOTE = 'Quokka-3X follow up with the director in confidence';
const CARD_NOTE = 'Yak-9W typed in the card: Mrs Adeyemi is kinship carer for two';
const SECRET_WORDS = ['zebra-7q', 'okafor', 'quokka-3x', 'in confidence', 'yak-9w', 'adeyemi'];
/** The card's own text for the mention the user hovers: public, but the page must not learn what the card shows. */
const CARD_RECORD = cardRecord('fn-3');

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
      cardsOpen: await openCards(page),
      scrollY: await page.evaluate(() => window.scrollY),
      marks: (await readMarks(page)).length,
    };
  }

  it('cannot steer the extension with spoofed messages or synthetic events, nor reach the card’s frame', async () => {
    // The card frame exists (the pointer came near a mark) ...
    await hoverMention(page, 'kinship allowance');
    await card(page).waitFor({ state: 'visible' });
    await page.mouse.move(5, 5);
    await card(page).waitFor({ state: 'detached' });
    await cardFrame(page);
    // ... but the page cannot get hold of its window to post into: frames in a shadow tree are not in window.frames.
    expect(await page.evaluate(() => window.__hostile.frameCount())).toBe(0);
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

  it('a content script cannot do what only the card may: the background’s real listeners refuse it', async () => {
    // What a compromised content script could send: it reaches the background's onMessage and onConnect listeners.
    const before = await state();
    const outcome = (await evaluateInContentScript(
      browser.context,
      page,
      browser.extensionId,
      `(async () => {
        const reply = await chrome.runtime.sendMessage({ type: 'care-lens/card-site', on: false }).catch((e) => String(e));
        const port = chrome.runtime.connect({ name: 'care-lens/card-notes' });
        let notesSeen = 0;
        let disconnected = false;
        port.onMessage.addListener(() => (notesSeen += 1));
        port.onDisconnect.addListener(() => (disconnected = true));
        try {
          port.postMessage({ type: 'note-op', op: 'add', requestId: 1, recordId: 'fn-3', text: 'planted by a content script' });
        } catch {}
        await new Promise((resolve) => setTimeout(resolve, 800));
        return { reply: reply ?? null, notesSeen, disconnected };
      })()`,
    )) as { reply: unknown; notesSeen: number; disconnected: boolean };
    expect(outcome.notesSeen).toBe(0);
    expect(outcome.disconnected).toBe(true);
    expect(JSON.stringify(outcome.reply)).not.toContain('"ok":true');
    expect(await state()).toEqual(before);
  });

  it('learns no note text and none of the card’s text while the user reads cards and writes notes', async () => {
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

    // The user reads the page: opens a card with a click, opens its details and its notes, types a note in it.
    await page.bringToFront();
    await clickMention(page, 'kinship allowance');
    await card(page).waitFor({ state: 'visible' });
    if ((await card(page).getByRole('button', { name: 'Hide details' }).count()) === 0) {
      await card(page).getByRole('button', { name: 'Details' }).click();
    }
    await card(page).locator('.crl-notes-toggle').click();
    await card(page).getByLabel('Add a note').focus();
    await page.keyboard.type(CARD_NOTE);
    await card(page).getByRole('button', { name: 'Save note' }).click();
    await card(page).locator('.lens-note-text', { hasText: CARD_NOTE }).waitFor();
    expect(await card(page).textContent()).toContain(CARD_RECORD.ask);

    // Control: typing into the page's own field is seen by the spy, so the spy does work.
    await page.locator('#comment').focus();
    await page.keyboard.type('typed-on-the-page');
    await page.waitForTimeout(300);

    const loot = await page.evaluate(() => window.__hostile.loot());
    expect(loot.keys.join('')).toContain('typed-on-the-page');
    expect(loot.text).toContain('typed-on-the-page');
    expect(loot.text.some((text) => text.includes('Kinship carers press the council'))).toBe(true);
    expect(loot.highlights.some((entry) => entry.includes('kinship allowance'))).toBe(true);
    // The card's frame is not among the page's frames at all (it sits in a shadow tree), so nothing can be read from it.
    expect(page.frames().some((frame) => frame.url().includes('/card-frame.html'))).toBe(true);
    expect(loot.frames).toEqual([]);
    // The card's host gives nothing away: its shadow root is closed, and the page's attachShadow patch never ran for it.
    expect(await page.evaluate(() => document.querySelector('care-lens-card')?.shadowRoot ?? null)).toBeNull();
    expect(loot.shadowRoots).toEqual([]);
    // None of the card's text reached the page: not its title, its status sentence, what the review asked.
    const everything = JSON.stringify(loot);
    for (const text of [
      CARD_RECORD.title,
      CARD_RECORD.ask,
      CARD_RECORD.statusReason!,
      'Your notes',
      'Care Review Lens',
    ]) {
      expect(everything, `the page saw "${text}"`).not.toContain(text);
    }
    // The extension posts nothing into the page's window (WXT's start-up postMessage would name its id).
    expect(loot.messages.filter((message) => message.includes(browser.extensionId))).toEqual([]);

    const typedOnPage = loot.keys.join('').toLowerCase();
    for (const word of SECRET_WORDS) {
      expect(everything.toLowerCase(), `the page saw "${word}"`).not.toContain(word);
      expect(typedOnPage, `the page's key log holds "${word}"`).not.toContain(word);
    }
    expect(await noteTexts()).toEqual([POPUP_NOTE, LIBRARY_NOTE, CARD_NOTE].sort());
  });

  it('cannot use the open card: synthetic clicks and keys where it is drawn reach nothing in it', async () => {
    if ((await openCards(page)) === 0) {
      await clickMention(page, 'kinship allowance');
      await card(page).waitFor({ state: 'visible' });
    }
    const box = (await cardBox(page))!;
    const textBefore = await card(page).textContent();
    const before = await state();
    await page.evaluate(
      ({ x, y }) => {
        window.__hostile.clickEveryShadowButton();
        window.__hostile.attackCardArea(x, y);
      },
      { x: box.left + box.width / 2, y: box.top + 40 },
    );
    await page.waitForTimeout(1_000);
    const loot = await page.evaluate(() => window.__hostile.loot());
    // No button of the card is reachable; what the page finds where the card is drawn is the closed host.
    expect(loot.clickedButtons).toEqual([]);
    expect(loot.cardAreaTargets).toEqual(['care-lens-card']);
    const after = await state();
    expect(after.settings).toEqual(before.settings);
    expect(after.noteTexts).toEqual(before.noteTexts);
    expect(after.libraryTabs).toBe(before.libraryTabs);
    expect(after.marks).toBe(before.marks);
    expect(after.cardsOpen).toBe(1);
    expect(await card(page).textContent()).toBe(textBefore);
  });

  it('cannot put its own page in the card’s frame; a frame navigated anyway is thrown away', async () => {
    if ((await openCards(page)) === 0) {
      await clickMention(page, 'kinship allowance');
      await card(page).waitFor({ state: 'visible' });
    }
    // The page cannot reach the frame to navigate it ...
    await page.evaluate(() => window.__hostile.navigateFrames());
    await page.waitForTimeout(300);
    expect(await card(page).locator('h2').textContent()).toBe(CARD_RECORD.title);
    // ... and should anything navigate it (here the test, through DevTools), the content script drops that frame.
    const frame = await cardFrame(page);
    await frame.goto('data:text/html,<label>Add a private note <textarea></textarea></label>').catch(() => undefined);
    await expect.poll(() => page.locator('care-lens-card').count()).toBe(0);
    // The next card gets a fresh frame of the extension's own.
    await page.keyboard.press('Escape');
    await clickMention(page, 'kinship allowance');
    await card(page).waitFor({ state: 'visible' });
    expect(await card(page).locator('h2').textContent()).toBe(CARD_RECORD.title);
  });

  it('replaying the framework’s restart event makes the content script stand down on that page, and nothing else', async () => {
    // A page that knows the extension's public id can imitate WXT's "a newer content script started" event; the
    // content script then stands down on that page: its marks and its card frame go. Nothing else may change.
    const other = (await openFixture(browser, 'hardening-article.html')).page;
    const otherMarks = await readMarks(other);
    expect(otherMarks.length).toBeGreaterThan(0);
    await page.bringToFront();
    await hoverMention(page, 'kinship allowance');
    await card(page).waitFor({ state: 'visible' });
    const before = await state();
    expect(before.marks).toBeGreaterThan(0);

    await page.evaluate((id) => {
      const detail = { contentScriptName: 'content', messageId: 'spoofed' };
      document.dispatchEvent(new CustomEvent(`${id}:content:wxt:content-script-started`, { detail }));
    }, browser.extensionId);

    // What the event did: this page's marks and card are gone (so the event really reached the content script) ...
    await expect.poll(async () => (await readMarks(page)).length).toBe(0);
    await expect.poll(() => page.locator('care-lens-card').count()).toBe(0);
    // ... and what it could not do: settings, notes, tabs and the other page's marks and card are untouched.
    const after = await state();
    expect(after.settings).toEqual(before.settings);
    expect(after.noteTexts).toEqual(before.noteTexts);
    expect(after.libraryTabs).toBe(before.libraryTabs);
    expect(await readMarks(other)).toEqual(otherMarks);
    await other.bringToFront();
    await hoverMention(other, otherMarks[0]!.text);
    await card(other).waitFor({ state: 'visible' });
    await other.close();
  });
});
