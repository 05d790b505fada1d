/**
 * Helpers for the popup and library end-to-end tests: axe-core checks (injected through the debugger protocol,
 * since extension pages forbid inline scripts), horizontal overflow at high zoom, and finding a fixture tab's id.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../../scripts/harness/extension-browser';

const AXE_SOURCE = readFileSync(resolve('node_modules/axe-core/axe.min.js'), 'utf8');

export interface AxeViolationSummary {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Runs every axe-core rule on the page as it is now; returns the violations (empty when clean). */
export async function axeViolations(page: Page): Promise<AxeViolationSummary[]> {
  const loaded = await page.evaluate(() => typeof (window as { axe?: unknown }).axe !== 'undefined');
  if (!loaded) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }).axe;
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
  });
}

/** Whether the page scrolls sideways (content wider than the viewport). */
export async function overflowsHorizontally(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
}

/**
 * Opens a fixture page and returns it with its tab id. The extension cannot read other tabs' URLs (no "tabs"
 * permission), so the blank start page is closed first and the fixture is the only tab that is not ours.
 */
export async function openFixtureTab(browser: ExtensionBrowser, url: string): Promise<{ page: Page; tabId: number }> {
  for (const blank of browser.context.pages().filter((page) => page.url() === 'about:blank')) await blank.close();
  const page = await browser.context.newPage();
  await page.goto(url);
  const probe = await browser.openExtensionPage('library.html#/about');
  const tabIds = await probe.evaluate(async () => {
    // The probe's own tab is left out by id: whether an extension sees its own tabs' URLs without the "tabs"
    // permission differs between Chromium versions.
    const own = await chrome.tabs.getCurrent();
    const tabs = await chrome.tabs.query({});
    return tabs.filter((tab) => tab.id !== own?.id && !tab.url?.startsWith('chrome-extension://')).map((tab) => tab.id);
  });
  await probe.close();
  if (tabIds.length !== 1 || typeof tabIds[0] !== 'number') throw new Error(`expected one fixture tab, got ${tabIds}`);
  return { page, tabId: tabIds[0] };
}

/** Opens the popup in a tab of its own, pointed at `tabId` when given, and waits until the dataset is loaded. */
export async function openPopup(browser: ExtensionBrowser, tabId?: number): Promise<Page> {
  const page = await browser.openExtensionPage(tabId === undefined ? 'popup.html' : `popup.html?tab=${tabId}`);
  await page.locator('.lens-popup[data-ready="true"]').waitFor();
  return page;
}

export async function openLibrary(browser: ExtensionBrowser, hash = '#/'): Promise<Page> {
  const page = await browser.openExtensionPage(`library.html${hash}`);
  await page.getByRole('heading', { level: 1, name: 'Care Review Lens library' }).waitFor();
  await page.locator('.lens-library-main h2').first().waitFor();
  return page;
}

/** Writes a note on `recordId` through the library page's own form, and waits until it shows. */
export async function addNoteInLibrary(library: Page, recordId: string, text: string): Promise<void> {
  if (!library.url().endsWith(`#/record/${recordId}`)) {
    await library.evaluate((hash) => (location.hash = hash), `#/record/${recordId}`);
  }
  const notes = library.getByRole('region', { name: 'Your notes' });
  await notes.getByLabel('Add a note').fill(text);
  await notes.getByRole('button', { name: 'Save note' }).click();
  await notes
    .locator('.lens-note-text', { hasText: text.split('\n')[0]! })
    .first()
    .waitFor();
}

/** Replaces the text of the library's note that shows `current`, through its Edit form. */
export async function editNoteInLibrary(library: Page, current: string, text: string): Promise<void> {
  const note = library.locator('.lens-note', { hasText: current });
  await note.getByRole('button', { name: /^Edit/ }).click();
  await library.getByLabel('Edit note').fill(text);
  await library.getByRole('button', { name: 'Save', exact: true }).click();
  await library.locator('.lens-note-text', { hasText: text }).first().waitFor();
}

/** Deletes the library's note that shows `current`, with its Delete button. */
export async function deleteNoteInLibrary(library: Page, current: string): Promise<void> {
  await library
    .locator('.lens-note', { hasText: current })
    .getByRole('button', { name: /^Delete/ })
    .click();
  await library.locator('.lens-note-text', { hasText: current }).waitFor({ state: 'detached' });
}
