/**
 * The e2e harness's browser (same Chromium, same flags) with one addition: the DevTools `Extensions` domain, so a
 * test can reload the unpacked extension while pages are open — what "Reload" on chrome://extensions or an update
 * does. (`runtime.reload()` from the worker unloads a command-line extension for good in Chromium 156.)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Worker } from 'playwright-core';
import { CHROMIUM_PATH, chromiumArgs } from '../../../scripts/harness/chromium';
import { closeWelcomePage, E2E_EXTENSION_DIR, type ExtensionBrowser } from '../../../scripts/harness/extension-browser';

export interface ReloadableExtensionBrowser extends ExtensionBrowser {
  /** Reloads the extension from disk; resolves with the new service worker once the old one has gone. */
  reloadExtension(): Promise<Worker>;
}

/** `keepWelcomePage`: leave open the welcome page the fresh install opens (its own test), instead of closing it. */
export async function launchReloadableExtensionBrowser(
  options: { keepWelcomePage?: boolean } = {},
): Promise<ReloadableExtensionBrowser> {
  const extensionDir = resolve(E2E_EXTENSION_DIR);
  const userDataDir = mkdtempSync(join(tmpdir(), 'care-lens-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...chromiumArgs(extensionDir), '--enable-unsafe-extension-debugging'],
    viewport: { width: 1280, height: 900 },
  });
  let current: Worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(current.url()).host;
  if (!options.keepWelcomePage) await closeWelcomePage(context, extensionId);
  const browser = context.browser();
  if (!browser) throw new Error('no browser to open a DevTools session on');
  const cdp = await browser.newBrowserCDPSession();

  return {
    context,
    extensionId,
    userDataDir,
    serviceWorker: async () => current,
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async reloadExtension() {
      const old = current;
      const oldClosed = new Promise<void>((resolveClosed) => old.once('close', () => resolveClosed()));
      const next = context.waitForEvent('serviceworker', { predicate: (worker) => worker !== old });
      const { id } = await cdp.send('Extensions.loadUnpacked', { path: extensionDir });
      if (id !== extensionId) throw new Error(`reload gave a different extension id: ${id}`);
      current = await next;
      await oldClosed;
      return current;
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
