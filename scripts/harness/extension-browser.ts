/**
 * Launches Debian's Chromium (never a downloaded browser) with the built extension loaded, in a fresh or given
 * profile, and finds the extension's id from its service worker. A fresh profile is a fresh install, which opens
 * the welcome page: the harness waits for it and closes it (unless asked to keep it), so every test starts from
 * the same tabs.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
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
  /** On a fresh install, leave the welcome page open (its own test) instead of closing it. */
  keepWelcomePage?: boolean;
}

/** The page a fresh install opens. */
export function welcomePageUrl(extensionId: string): string {
  return `chrome-extension://${extensionId}/welcome.html`;
}

/** How long a fresh install may take to open its welcome page. */
const WELCOME_TIMEOUT_MS = 15_000;

/** Waits for the welcome page a fresh install opens, and closes it. */
export async function closeWelcomePage(context: BrowserContext, extensionId: string): Promise<void> {
  const url = welcomePageUrl(extensionId);
  const deadline = Date.now() + WELCOME_TIMEOUT_MS;
  for (;;) {
    const welcome = context.pages().find((page) => page.url() === url);
    if (welcome) return welcome.close();
    if (Date.now() > deadline) throw new Error(`a fresh install did not open ${url}`);
    await new Promise((resolveWait) => setTimeout(resolveWait, 50));
  }
}

/** Whether `dir` holds no profile yet (launching on it installs the extension afresh). */
export function isFreshProfile(dir: string): boolean {
  return !existsSync(dir) || readdirSync(dir).length === 0;
}

export async function launchExtensionBrowser(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const extensionDir = resolve(options.extensionDir ?? E2E_EXTENSION_DIR);
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'care-lens-profile-'));
  const freshInstall = isFreshProfile(userDataDir);
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
  if (freshInstall && !options.keepWelcomePage) await closeWelcomePage(context, extensionId);
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
