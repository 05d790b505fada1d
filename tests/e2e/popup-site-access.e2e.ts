import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from '../../scripts/harness/extension-browser';

const SCRIPT_ID = 'care-lens-enabled-sites';

async function registered(browser: ExtensionBrowser) {
  const worker = await browser.serviceWorker();
  return worker.evaluate(async (id) => {
    const scripts = await chrome.scripting.getRegisteredContentScripts({ ids: [id] });
    const manifestScript = chrome.runtime.getManifest().content_scripts?.[0];
    return { scripts, manifestJs: manifestScript?.js ?? [], manifestCss: manifestScript?.css ?? [] };
  }, SCRIPT_ID);
}

async function setEnabledSites(browser: ExtensionBrowser, enabledSites: string[]) {
  const worker = await browser.serviceWorker();
  await worker.evaluate(async (sites) => {
    const { settings } = (await chrome.storage.local.get('settings')) as { settings?: object };
    await chrome.storage.local.set({ settings: { ...(settings ?? {}), enabledSites: sites } });
  }, enabledSites);
}

describe('sites the user switched on (background registration)', () => {
  const profile = mkdtempSync(join(tmpdir(), 'care-lens-site-access-'));
  afterAll(() => rmSync(profile, { recursive: true, force: true }));

  it('registers the manifest’s content script for enabled sites, has it after a restart, and drops it', async () => {
    let browser = await launchExtensionBrowser({ userDataDir: profile, keepProfile: true });
    try {
      expect((await registered(browser)).scripts).toEqual([]);
      await setEnabledSites(browser, ['news.example.org', 'blog.example.net']);
      // Chromium stores the patterns in its own order.
      await expect
        .poll(async () => (await registered(browser)).scripts.map((script) => script.matches?.sort()))
        .toEqual([
          [
            'http://blog.example.net/*',
            'http://news.example.org/*',
            'https://blog.example.net/*',
            'https://news.example.org/*',
          ],
        ]);
      const { scripts, manifestJs, manifestCss } = await registered(browser);
      expect(scripts[0]!.js).toEqual(manifestJs);
      expect(scripts[0]!.css ?? []).toEqual(manifestCss);
      expect(scripts[0]!.persistAcrossSessions).toBe(true);
    } finally {
      await browser.close();
    }

    browser = await launchExtensionBrowser({ userDataDir: profile, keepProfile: true });
    try {
      // Chromium may drop dynamic scripts when it reloads an unpacked extension; the background restores them.
      await expect
        .poll(async () => (await registered(browser)).scripts.map((script) => script.id))
        .toEqual([SCRIPT_ID]);
      await setEnabledSites(browser, []);
      await expect.poll(async () => (await registered(browser)).scripts).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
