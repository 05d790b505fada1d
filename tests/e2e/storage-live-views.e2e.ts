/**
 * A change in one open view shows in the others at once: two library tabs on the same recommendation, kept in step
 * by Dexie liveQuery across the extension's contexts. (The popup and the library: tests/e2e/library-notes.e2e.ts.)
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from '../../scripts/harness/extension-browser';
import { readExtensionDatabase } from './support/storage-probes';

let browser: ExtensionBrowser;
let recordId = '';

async function openRecord(): Promise<Page> {
  const page = await browser.openExtensionPage(`library.html#/record/${recordId}`);
  await page.getByLabel('Add a note').waitFor();
  return page;
}

describe('notes views stay in step', () => {
  beforeAll(async () => {
    browser = await launchExtensionBrowser();
    const probe = await browser.openExtensionPage('library.html');
    // The background loads the dataset just after install.
    for (let attempt = 0; attempt < 100 && !recordId; attempt += 1) {
      recordId = (await readExtensionDatabase(probe))?.recordIds[0] ?? '';
      if (!recordId) await probe.waitForTimeout(100);
    }
    await probe.close();
  });
  afterAll(async () => browser?.close());

  it('shows a note added in one tab in another open tab, and a deletion too', async () => {
    const [left, right] = [await openRecord(), await openRecord()];
    await left.getByLabel('Add a note').fill('Typed in the left tab');
    await left.getByRole('button', { name: 'Save note' }).click();
    await expect.poll(() => right.getByText('Typed in the left tab').count()).toBe(1);

    await right
      .locator('.lens-note', { hasText: 'Typed in the left tab' })
      .getByRole('button', { name: /^Delete/ })
      .click();
    await expect.poll(() => left.getByText('Typed in the left tab').count()).toBe(0);
    await expect.poll(() => right.getByText('Typed in the left tab').count()).toBe(0);
  });
});
