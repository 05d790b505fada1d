/**
 * Notes written where the reader reads: in the card (an extension page in the news page), saved in the extension's
 * database with the article's title and address, found again after a reload in the card, in the library (with a
 * link back to the article), in the popup's list of the page's mentions, and in the JSON export. Editing and
 * deleting work in the card too, with undo.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from '../../scripts/harness/extension-browser';
import { card, clickMention, recordIdsForTerm, setSettings } from './card-helpers';
import { readLiveNotes } from './support/storage-probes';
import { openFixtureTab, openLibrary, openPopup } from './ui-support';

const NOTE = 'Ask the kinship group whether the pilot reached Ward 7';
const [recordId] = recordIdsForTerm('kinship allowance');

describe('notes in the card', () => {
  let browser: ExtensionBrowser;
  let page: Page;
  let tabId: number;
  let articleUrl: string;

  async function openCardNotes(): Promise<void> {
    await clickMention(page, 'kinship allowance');
    await card(page).waitFor();
    const toggle = card(page).locator('.crl-notes-toggle');
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  }

  beforeAll(async () => {
    browser = await launchExtensionBrowser();
    await setSettings(await browser.serviceWorker(), { hoverDelayMs: 200 });
    ({ page, tabId } = await openFixtureTab(browser, 'about:blank'));
    await page.goto(`${inject('fixtureOrigin')}/fixtures/card-article.html#section-2`);
    articleUrl = page.url().replace(/#.*$/, '');
  });
  afterAll(async () => browser?.close());

  it('writes a note in the card, typed by keyboard, filed with the article it was written on', async () => {
    await openCardNotes();
    expect(await card(page).locator('.crl-notes-toggle').getAttribute('data-has-notes')).toBe('false');
    await card(page).getByLabel('Add a note').click();
    await page.keyboard.type(NOTE);
    await card(page).getByRole('button', { name: 'Save note' }).click();
    await card(page).locator('.lens-note-text', { hasText: NOTE }).waitFor();
    const probe = await browser.openExtensionPage('library.html#/about');
    const stored = await readLiveNotes(probe);
    await probe.close();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ recordId, text: NOTE });
    expect(await page.evaluate(() => document.body.innerText)).not.toContain('Ward 7');
  });

  it('finds it again after a reload: marker and text in the card', async () => {
    await page.reload();
    await openCardNotes();
    expect(await card(page).locator('.crl-notes-toggle').textContent()).toContain('Your notes (1)');
    expect(await card(page).locator('.crl-notes-toggle').getAttribute('data-has-notes')).toBe('true');
    expect(await card(page).locator('.lens-note-text').allTextContents()).toEqual([NOTE]);
  });

  it('in the library, with a link back to the article; and in the JSON export', async () => {
    const library = await openLibrary(browser, '#/notes');
    const item = library.locator('.lens-note', { hasText: NOTE });
    await item.waitFor();
    const link = item.locator('a.lens-note-article');
    expect(await link.getAttribute('href')).toBe(articleUrl);
    expect(await link.textContent()).toContain('Councils weigh up the new rules');
    await library.goto(`chrome-extension://${browser.extensionId}/library.html#/data`);
    const [download] = await Promise.all([
      library.waitForEvent('download'),
      library.getByRole('button', { name: 'Notes as JSON' }).click(),
    ]);
    const file = JSON.parse(readFileSync((await download.path())!, 'utf8')) as {
      notes: { recordId: string; text: string; article?: { title: string; url: string } }[];
    };
    expect(file.notes).toEqual([
      expect.objectContaining({
        recordId,
        text: NOTE,
        article: { title: expect.stringContaining('Councils weigh up') as unknown as string, url: articleUrl },
      }),
    ]);
    await library.close();
  });

  it('the popup’s list of the page’s mentions marks the record that has notes', async () => {
    const popup = await openPopup(browser, tabId);
    const item = popup.locator(`.lens-mentions > li[data-record-id="${recordId}"]`);
    await item.waitFor({ timeout: 15_000 });
    expect(await item.locator('.lens-note-marker').textContent()).toContain('1 note');
    expect(await popup.locator('.lens-note-marker').count()).toBe(1);
    await popup.close();
  });

  it('edits and deletes the note in the card, each with undo', async () => {
    await page.bringToFront();
    await openCardNotes();
    const note = card(page).locator('.lens-note', { hasText: NOTE });
    await note.getByRole('button', { name: /^Edit/ }).click();
    await card(page).getByLabel('Edit note').fill(`${NOTE} (edited)`);
    await card(page).getByRole('button', { name: 'Save', exact: true }).click();
    await card(page).locator('.lens-note-text', { hasText: '(edited)' }).waitFor();
    await card(page).getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => card(page).locator('.lens-note-text').allTextContents()).toEqual([NOTE]);
    await card(page)
      .locator('.lens-note', { hasText: NOTE })
      .getByRole('button', { name: /^Delete/ })
      .click();
    await expect.poll(() => card(page).locator('.lens-note-text').count()).toBe(0);
    await card(page).getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => card(page).locator('.lens-note-text').allTextContents()).toEqual([NOTE]);
  });
});
