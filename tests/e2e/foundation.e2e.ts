import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from '../../scripts/harness/extension-browser';

describe('the e2e build in headless Chromium', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchExtensionBrowser();
  });
  afterAll(async () => browser?.close());

  it('loads with a running service worker and the expected manifest', async () => {
    const worker = await browser.serviceWorker();
    const manifest = await worker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.name).toBe('Care Review Lens');
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.permissions).toEqual(expect.arrayContaining(['storage']));
    expect(manifest.host_permissions ?? []).not.toContain('<all_urls>');
    const matches = manifest.content_scripts?.flatMap((script) => script.matches ?? []) ?? [];
    expect(matches).toContain('http://127.0.0.1/*');
    expect(matches).toContain('https://www.communitycare.co.uk/*');
  });

  it('renders the popup and the library page', async () => {
    for (const path of ['popup.html', 'library.html']) {
      const page = await browser.openExtensionPage(path);
      await expect.poll(() => page.locator('h1').count()).toBeGreaterThan(0);
      await page.close();
    }
  });

  it('serves fixture pages on 127.0.0.1', async () => {
    const page = await browser.context.newPage();
    const response = await page.goto(`${inject('fixtureOrigin')}/demo/`);
    expect(response?.status()).toBe(200);
    await page.close();
  });
});
