/**
 * Bad notes files through the library page's own import control: each is refused with the importer's message in
 * an alert and changes nothing; a file whose notes hold markup, a script, `javascript:` links, an image, an
 * autolink, a link reference, a lone CR and spreadsheet formulas (one hidden after a semicolon) imports, and that
 * text shows as text in the library and the popup, and stays inert in every export: the Markdown export rendered by
 * a CommonMark renderer holds no link, image or HTML element, and no CSV cell, split the way any locale splits it,
 * starts a formula.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { HtmlRenderer, Parser } from 'commonmark';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from '../../scripts/harness/extension-browser';
import { readLiveNotes } from './support/storage-probes';
import { openLibrary, openPopup } from './ui-support';

const BAD_DATA = resolve('tests/fixtures/bad-data');
const VALID = readFileSync(join(BAD_DATA, 'notes-valid.json'), 'utf8');
const MARKUP_NOTES = (
  JSON.parse(readFileSync(join(BAD_DATA, 'notes-markup.json'), 'utf8')) as { notes: { text: string }[] }
).notes.map((note) => note.text);

describe('importing bad notes files in the library page', () => {
  let browser: ExtensionBrowser;
  let library: Page;
  let workDir: string;
  const dialogs: string[] = [];

  function writeFile(name: string, contents: string | Buffer): string {
    const path = join(workDir, name);
    writeFileSync(path, contents);
    return path;
  }

  async function importFile(path: string): Promise<void> {
    await library.getByLabel('Notes file (JSON)').setInputFiles(path);
    await library.getByRole('button', { name: 'Import notes' }).click();
  }

  async function storedNotes(): Promise<string[]> {
    return (await readLiveNotes(library)).map((note) => note.text).sort();
  }

  beforeAll(async () => {
    workDir = mkdtempSync(join(tmpdir(), 'care-lens-bad-import-'));
    browser = await launchExtensionBrowser();
    browser.context.on('page', (page) => page.on('dialog', (dialog) => dialogs.push(dialog.message())));
    library = await openLibrary(browser, '#/data');
    library.on('dialog', (dialog) => dialogs.push(dialog.message()));
  });
  afterAll(async () => {
    await browser?.close();
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  it.each([
    ['truncated JSON', () => VALID.slice(0, Math.floor(VALID.length * 0.6)), /^This file is cut off/],
    [
      'an unknown format version',
      () => VALID.replace('"formatVersion": 1', '"formatVersion": 7'),
      /^This notes file has format version 7, but this version of Care Review Lens reads version 1\. Update/,
    ],
    [
      'a note with the wrong types',
      () => VALID.replace('"text": "Grandparents\' group meets on Thursdays."', '"text": ["not", "text"]'),
      /^Note 2 of 5 \(id [^)]+\): its “text” must be text/,
    ],
    [
      'duplicate note ids',
      () => readFileSync(join(BAD_DATA, 'notes-duplicate-ids.json'), 'utf8'),
      /^Notes 1 and 3 have the same id \(dup-0001\)/,
    ],
    ['a file that is not JSON', () => 'format: care-review-lens-notes\nnotes: []\n', /^This file is not valid JSON/],
  ])('refuses %s with a clear message and changes nothing', async (name, contents, message) => {
    const before = await storedNotes();
    await importFile(writeFile(`${name.replace(/\W+/g, '-')}.json`, contents()));
    // The alert from the case before may still be showing: wait for this file's message.
    const alert = library.getByRole('alert');
    await expect.poll(() => alert.textContent()).toMatch(message);
    expect(await alert.textContent()).toMatch(/Nothing was imported\.$/);
    expect(await storedNotes()).toEqual(before);
  });

  it('refuses a 50 MB file at once, without reading it', async () => {
    const before = await storedNotes();
    const path = writeFile('huge-notes.json', Buffer.alloc(50 * 1024 * 1024, 0x20));
    const started = Date.now();
    await importFile(path);
    const alert = library.getByRole('alert');
    await expect
      .poll(() => alert.textContent())
      .toMatch(/^This file is 50\.0 MB; notes files of up to 10\.0 MB can be imported/);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(await storedNotes()).toEqual(before);
  });

  it('imports markup as plain text: shown as text in the library and popup, inert in every export', async () => {
    await importFile(join(BAD_DATA, 'notes-markup.json'));
    await library.getByText('Imported 4 notes: 4 added, 0 updated, 0 already up to date.').waitFor();
    expect(await storedNotes()).toEqual([...MARKUP_NOTES].sort());

    for (const hash of ['#/record/fn-3', '#/notes']) {
      await library.goto(`chrome-extension://${browser.extensionId}/library.html${hash}`);
      const texts = library.locator('.lens-note-text');
      await expect.poll(() => texts.count()).toBe(4);
      expect((await texts.allTextContents()).sort()).toEqual([...MARKUP_NOTES].sort());
      expect(await library.locator('.lens-note-text :is(img, script, a, b, i)').count()).toBe(0);
    }

    const popup = await openPopup(browser);
    await popup.getByLabel('Search the review’s recommendations').fill('kinship allowance');
    await popup.locator('.lens-results [data-record-id="fn-3"]').waitFor();
    await popup.getByLabel('Search the review’s recommendations').press('Enter');
    const popupTexts = popup.locator('.lens-note-text');
    await expect.poll(() => popupTexts.count()).toBe(4);
    expect((await popupTexts.allTextContents()).sort()).toEqual([...MARKUP_NOTES].sort());
    expect(await popup.locator('.lens-note-text :is(img, script, a, b, i)').count()).toBe(0);
    await popup.close();

    // Nothing in the notes ran: no changed title, no script flag, no dialog.
    expect(await library.title()).not.toContain('pwned');
    expect(await library.evaluate(() => 'pwnedByNote' in window || '__pwnedByNote' in window)).toBe(false);
    expect(dialogs).toEqual([]);

    await library.goto(`chrome-extension://${browser.extensionId}/library.html#/data`);
    const exported: Record<string, string> = {};
    for (const name of ['Notes as Markdown', 'Notes as CSV']) {
      const [download] = await Promise.all([
        library.waitForEvent('download'),
        library.getByRole('button', { name }).click(),
      ]);
      exported[name] = readFileSync((await download.path())!, 'utf8');
    }
    expectInertMarkdown(exported['Notes as Markdown']!);
    expectInertCsv(exported['Notes as CSV']!);
  });
});

/** The Markdown export as a CommonMark viewer shows it: the notes are quoted text, with no element they made. */
function expectInertMarkdown(markdown: string): void {
  const html = new HtmlRenderer({ safe: false }).render(new Parser().parse(markdown));
  // The only elements are the export's own: headings, paragraphs, quotes, code spans, emphasis of its own lines.
  const elements = new Set([...html.matchAll(/<([a-z][a-z0-9]*)/g)].map((match) => match[1]));
  expect([...elements].sort()).toEqual(['blockquote', 'code', 'h1', 'h2', 'h3', 'p']);
  expect(html).not.toMatch(/<[a-z][^>]*\s(href|src)=/);
  // Each note is one block quote, whole: a lone CR inside a note does not end its quote.
  expect(html.match(/<blockquote>/g)).toHaveLength(MARKUP_NOTES.length);
  expect(html).toContain('![tracker](https://evil.example/p.png) &lt;https://evil.example/auto&gt;');
  expect(html).toContain('[link](javascript:alert(2))');
  expect(html).toContain('[ref]: javascript:alert(3)');
  expect(html).toContain('&lt;img src=x');
}

/**
 * The CSV export as a spreadsheet could read it, in any locale: every field quoted, and no piece of any field — split
 * on commas, semicolons, tabs, pipes or line breaks — starts with a formula sign.
 */
function expectInertCsv(csv: string): void {
  const rows = parseCsv(csv.replace(/^\uFEFF/, ''));
  const fields = rows.flat();
  expect(fields.length).toBeGreaterThan(8);
  expect(
    csv
      .replace(/^\uFEFF/, '')
      .split(/\r\n/)[0]!
      .startsWith('"'),
  ).toBe(true);
  for (const field of fields) {
    for (const piece of field.split(/[,;\t|\r\n]/)) {
      expect(piece.trimStart(), `a cell could start a formula: ${JSON.stringify(piece)}`).not.toMatch(/^[=+\-@]/);
    }
  }
  expect(csv).toContain(`"'=HYPERLINK(""https://evil.example/"",""open"")`);
  expect(csv).toContain(`Safe;'=HYPERLINK(`);
}

/** RFC 4180, and it checks every field was quoted. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    expect(text[i], `unquoted field at ${i}`).toBe('"');
    let value = '';
    i += 1;
    for (;;) {
      if (text[i] === '"' && text[i + 1] === '"') {
        value += '"';
        i += 2;
      } else if (text[i] === '"') {
        i += 1;
        break;
      } else {
        value += text[i];
        i += 1;
      }
    }
    row.push(value);
    if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else if (text[i] === ',') i += 1;
  }
  return rows;
}
