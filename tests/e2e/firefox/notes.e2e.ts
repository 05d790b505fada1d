/**
 * Notes in Firefox, as a reader keeps them: found through the popup's search and written there; still there after
 * Firefox restarts on the same profile (the add-on installed permanently, as a reader's is, not as a temporary
 * add-on that goes with the session); exported from the library as JSON and imported into another profile.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchFirefoxExtensionBrowser,
  pollInPage,
  type FirefoxExtensionBrowser,
} from '../../../scripts/harness/firefox-browser';
import { byLabel, byText, clickButton, liveNoteTexts, waitForDownload, waitForText } from './support/firefox-ui';

const NOTE = 'Ask the director when the kinship allowance pilot reaches us';

describe('Firefox: notes', () => {
  const workDir = mkdtempSync(join(tmpdir(), 'care-lens-firefox-notes-'));
  const profileDir = join(workDir, 'profile');
  const downloads = join(workDir, 'downloads');
  let firefox: FirefoxExtensionBrowser;
  let exportedPath = '';

  const launch = (install: 'permanent' | 'none') =>
    launchFirefoxExtensionBrowser({ profileDir, install, downloadDir: downloads });

  beforeAll(async () => {
    firefox = await launch('permanent');
  });
  afterAll(async () => {
    await firefox?.close();
    rmSync(workDir, { recursive: true, force: true });
  });

  async function openPopup(): Promise<Page> {
    const popup = await firefox.openExtensionPage('popup.html');
    await pollInPage(popup, () => document.querySelector('.lens-popup[data-ready="true"]') !== null);
    return popup;
  }

  it('finds a recommendation in the popup’s search, despite a typo, and saves a note on it', async () => {
    const popup = await openPopup();
    await pollInPage(popup, () => document.activeElement?.id === 'popup-search');
    await popup.keyboard.type('kinship alowance');
    await pollInPage(
      popup,
      () =>
        (document.querySelector('.lens-results [data-list-item]') as HTMLElement | null)?.dataset.recordId === 'fn-3',
    );
    expect((await (await byText(popup, '.lens-result-title', 'kinship')).evaluate((e) => e.textContent)) ?? '').toBe(
      'A kinship allowance at fostering rates',
    );
    await popup.keyboard.press('ArrowDown');
    await popup.keyboard.press('Enter');
    await (await byLabel(popup, 'Add a note')).type(NOTE);
    await clickButton(popup, 'Save note');
    await waitForText(popup, '.lens-note-text', NOTE);
    expect(await liveNoteTexts(popup)).toEqual([NOTE]);
    await popup.close();
  });

  it('keeps the note when Firefox restarts on the same profile', async () => {
    await firefox.close();
    firefox = await launch('none');
    const library = await firefox.openExtensionPage('library.html#/record/fn-3');
    await waitForText(library, '.lens-note-text', NOTE);
    expect(await liveNoteTexts(library)).toEqual([NOTE]);
    await library.close();
  });

  it('exports the notes as JSON from the library', async () => {
    const library = await firefox.openExtensionPage('library.html#/data');
    await clickButton(library, 'Notes as JSON');
    exportedPath = await waitForDownload(downloads, /^care-review-lens-notes-.*\.json$/);
    const file = JSON.parse(readFileSync(exportedPath, 'utf8')) as { notes: { recordId: string; text: string }[] };
    expect(file.notes.map(({ recordId, text }) => ({ recordId, text }))).toEqual([{ recordId: 'fn-3', text: NOTE }]);
    await library.close();
  });

  it('imports that file into another profile, where the note then shows', async () => {
    const other = await launchFirefoxExtensionBrowser();
    try {
      const library = await other.openExtensionPage('library.html#/data');
      const input = await byLabel(library, 'Notes file (JSON)');
      await (input as ElementHandle<HTMLInputElement>).uploadFile(exportedPath);
      await clickButton(library, 'Import notes');
      await waitForText(library, 'p, div', 'Imported 1 note: 1 added, 0 updated, 0 already up to date.');
      expect(await liveNoteTexts(library)).toEqual([NOTE]);
      await library.close();
      const record = await other.openExtensionPage('library.html#/record/fn-3');
      await waitForText(record, '.lens-note-text', NOTE);
    } finally {
      await other.close();
    }
  });
});
