/**
 * Driving the extension's own pages (popup, library) in Firefox as a reader does: real clicks and typing through
 * WebDriver BiDi, elements found by their visible text or label. Puppeteer's text and ARIA selectors compile code
 * in the page, which the extension pages' CSP forbids, so the lookups here are plain DOM queries.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { pollInPage } from '../../../../scripts/harness/firefox-browser';

/** The first element matching `selector` whose text (whitespace collapsed) contains `text`. */
export async function byText(page: Page, selector: string, text: string): Promise<ElementHandle<Element>> {
  await pollInPage(
    page,
    ([css, wanted]: [string, string]) =>
      [...document.querySelectorAll(css)].some((element) => element.textContent?.replace(/\s+/g, ' ').includes(wanted)),
    [selector, text],
  );
  const handle = await page.evaluateHandle(
    (css, wanted) =>
      [...document.querySelectorAll(css)].find((element) =>
        element.textContent?.replace(/\s+/g, ' ').includes(wanted),
      )!,
    selector,
    text,
  );
  return handle as ElementHandle<Element>;
}

/** The form control labelled `label` (its `<label for>`). */
export async function byLabel(page: Page, label: string): Promise<ElementHandle<Element>> {
  const labelElement = await byText(page, 'label', label);
  const id = await labelElement.evaluate((element) => (element as HTMLLabelElement).htmlFor);
  const control = await page.$(`[id="${id}"]`);
  if (!control) throw new Error(`No control for the label "${label}"`);
  return control;
}

export async function clickButton(page: Page, text: string): Promise<void> {
  await (await byText(page, 'button', text)).click();
}

/** Waits until some element matching `selector` shows `text`. */
export async function waitForText(page: Page, selector: string, text: string, timeoutMs = 15_000): Promise<void> {
  await pollInPage(
    page,
    ([css, wanted]: [string, string]) =>
      [...document.querySelectorAll(css)].some((element) => element.textContent?.replace(/\s+/g, ' ').includes(wanted)),
    [selector, text],
    timeoutMs,
  );
}

/** Waits for a finished download in `dir` whose name matches `pattern`, and returns its path. */
export async function waitForDownload(dir: string, pattern: RegExp, timeoutMs = 15_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const done = existsSync(dir) ? readdirSync(dir).find((name) => pattern.test(name) && !name.endsWith('.part')) : '';
    if (done && readFileSync(join(dir, done), 'utf8').length > 0) return join(dir, done);
    if (Date.now() > deadline) throw new Error(`No download matching ${pattern} in ${dir}`);
    await new Promise((resolveWait) => setTimeout(resolveWait, 100));
  }
}

/** The notes that are not deleted, read with plain IndexedDB from an extension page (not the extension's code). */
export async function liveNoteTexts(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const database = await new Promise<IDBDatabase>((resolveOpen, reject) => {
      const request = indexedDB.open('care-review-lens');
      request.onsuccess = () => resolveOpen(request.result);
      request.onerror = () => reject(request.error);
    });
    const rows = await new Promise<{ text: string; deleted: number }[]>((resolveRead, reject) => {
      const request = database.transaction('notes').objectStore('notes').getAll();
      request.onsuccess = () => resolveRead(request.result as { text: string; deleted: number }[]);
      request.onerror = () => reject(request.error);
    });
    database.close();
    return rows
      .filter((row) => row.deleted === 0)
      .map((row) => row.text)
      .sort();
  });
}
