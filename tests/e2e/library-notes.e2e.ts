import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from '../../scripts/harness/extension-browser';
import { openLibrary, openPopup } from './ui-support';

describe('notes between the popup and the library page', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchExtensionBrowser();
  });
  afterAll(async () => browser?.close());

  it('a note added in the popup shows at once in an open library page', async () => {
    const library = await openLibrary(browser, '#/record/fn-3');
    const libraryNotes = library.getByRole('region', { name: 'Your notes' });
    await libraryNotes.getByText('No notes yet.').waitFor();

    const popup = await openPopup(browser);
    await popup.keyboard.type('kinship alowance');
    await popup.locator('.lens-results [data-record-id="fn-3"]').waitFor();
    await popup.keyboard.press('Enter');
    await popup.getByLabel('Add a note').fill('Raised at the March scrutiny committee');
    await popup.getByRole('button', { name: 'Save note' }).click();
    await popup.locator('.lens-note-text', { hasText: 'Raised at the March scrutiny committee' }).waitFor();

    // No reload: the library's live query hears the change made in the popup.
    await libraryNotes.locator('.lens-note-text', { hasText: 'Raised at the March scrutiny committee' }).waitFor();
    await popup.close();

    await library.getByRole('link', { name: 'Your notes' }).click();
    await library.getByLabel('Search your notes').fill('scrutiny comittee');
    const hit = library.locator('.lens-notes-browser .lens-note');
    await expect.poll(() => hit.count()).toBe(1);
    expect(await hit.locator('mark').allTextContents()).toEqual(['scrutiny committee']);
    expect(await hit.getByRole('link').textContent()).toBe('A kinship allowance at fostering rates');
    await library.close();
  });

  it('edits and deletes with undo in the library, and the popup sees the result', async () => {
    const library = await openLibrary(browser, '#/notes');
    const note = library.locator('.lens-notes-browser .lens-note').first();
    await note.waitFor();
    await note.getByRole('button', { name: /^Edit/ }).click();
    await library.getByLabel('Edit note').fill('Raised at the March scrutiny committee; follow up in June');
    await library.getByRole('button', { name: 'Save', exact: true }).click();
    await library.locator('.lens-note-text', { hasText: 'follow up in June' }).waitFor();
    await library.getByRole('button', { name: /^Delete/ }).click();
    await expect.poll(() => library.locator('.lens-notes-browser .lens-note').count()).toBe(0);
    await library.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => library.locator('.lens-notes-browser .lens-note').count()).toBe(1);

    const popup = await openPopup(browser);
    await popup.keyboard.type('follow up in june');
    const result = popup.locator('.lens-results [data-record-id="fn-3"]');
    await result.waitFor();
    expect(await result.locator('.lens-result-why').textContent()).toContain('Your note');
    await popup.close();
    await library.close();
  });

  it('exports the notes as JSON that imports back cleanly', async () => {
    const library = await openLibrary(browser, '#/data');
    const [download] = await Promise.all([
      library.waitForEvent('download'),
      library.getByRole('button', { name: 'Notes as JSON' }).click(),
    ]);
    const path = await download.path();
    await library.getByLabel('Notes file (JSON)').setInputFiles(path);
    await library.getByRole('button', { name: 'Import notes' }).click();
    await library.getByText('Imported 1 note: 0 added, 0 updated, 1 already up to date.').waitFor();
    await library.close();
  });
});
