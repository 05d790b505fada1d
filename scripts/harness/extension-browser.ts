/**
 * Launches Debian's Chromium (never a downloaded browser) with the built extension loaded, in a fresh or given
 * profile, and finds the extension's id from its service worker.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { CHROMIUM_PATH, chromiumArgs } from './chromium';

/** The e2e build to load: CARE_LENS_EXTENSION_DIR, or the one `npm run build:e2e` makes under CARE_LENS_OUT_DIR. */
export const E2E_EXTENSION_DIR = resolve(
  process.env.CARE_LENS_EXTENSION_DIR ?? join(process.env.CARE_LENS_OUT_DIR ?? '.output', 'e2e-chrome-mv3'),
);

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  userDataDir: string;
  /** The extension's current service worker (it may be replaced after a restart; call again). */
  serviceWorker(): Promise<Worker>;
  /** Opens an extension page such as `popup.html` or `library.html#/rec/fh-1`. */
  openExtensionPage(path: string): Promise<Page>;
  /** Closes the browser; removes the profile unless `keepProfile` was set at launch. */
  close(): Promise<void>;
}

export interface LaunchOptions {
  extensionDir?: string;
  /** Reuse a profile (to test that data survives a restart). */
  userDataDir?: string;
  keepProfile?: boolean;
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
}

export async function launchExtensionBrowser(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const extensionDir = resolve(options.extensionDir ?? E2E_EXTENSION_DIR);
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'care-lens-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: chromiumArgs(extensionDir),
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport ?? { width: 1280, height: 900 },
  });
  const serviceWorker = async (): Promise<Worker> =>
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL((await serviceWorker()).url()).host;
  return {
    context,
    extensionId,
    userDataDir,
    serviceWorker,
    async openExtensionPage(path: string) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async close() {
      await context.close();
      if (!options.keepProfile && !options.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
