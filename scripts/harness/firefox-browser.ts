/**
 * Launches Debian's Firefox ESR (never a downloaded browser) under puppeteer-core over WebDriver BiDi, with the built
 * extension installed, in a fresh or given profile. No geckodriver: BiDi is Firefox's own remote protocol.
 *
 * - The extension's UUID is fixed through the pref `extensions.webextensions.uuids`, so its pages have known
 *   `moz-extension://` addresses and its origin (and IndexedDB) is the same on every launch of a profile.
 * - `--remote-allow-system-access` lets BiDi navigate a tab to a `moz-extension://` page (Firefox 153 refuses
 *   without it; 140 ignores it). Such a navigation never reports completion over BiDi, so `openExtensionPage`
 *   starts it without awaiting and waits for the page's own `location.protocol` and `readyState`.
 * - `install: 'temporary'` is what `about:debugging` does (gone at the next start); `'permanent'` installs the
 *   package as an unsigned add-on, which Firefox ESR accepts with `xpinstall.signatures.required` off, and which
 *   stays in the profile across restarts as a reader's installed add-on does.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import JSZip from 'jszip';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIREFOX_PATH, QUIET_FIREFOX_PREFS } from './firefox';

/** The e2e build for Firefox: CARE_LENS_FIREFOX_EXTENSION_DIR, or the one `npm run build:e2e:firefox` makes. */
export const E2E_FIREFOX_EXTENSION_DIR = resolve(
  process.env.CARE_LENS_FIREFOX_EXTENSION_DIR ??
    join(process.env.CARE_LENS_OUT_DIR ?? '.output', `e2e-firefox-mv${process.env.CARE_LENS_FIREFOX_MV ?? '2'}`),
);

/** The extension's UUID in every profile the harness launches: its pages are `moz-extension://<uuid>/…`. */
export const FIREFOX_EXTENSION_UUID = 'c0a11e45-7e1d-4c3a-9b2f-5e4d3c2b1a09';

export interface FirefoxExtensionBrowser {
  browser: Browser;
  /** As Firefox reports it over BiDi, such as "firefox/140.12.0". */
  version: string;
  /** The gecko id from the package's manifest. */
  addonId: string;
  /** `moz-extension://<uuid>` */
  origin: string;
  profileDir: string;
  newPage(): Promise<Page>;
  /** Opens an extension page such as `popup.html` or `library.html#/data` in a new tab. */
  openExtensionPage(path: string): Promise<Page>;
  /** Closes Firefox; removes the profile unless it was given or `keepProfile` was set. */
  close(): Promise<void>;
}

export interface FirefoxLaunchOptions {
  extensionDir?: string;
  /** Reuse a profile (to test that data survives a restart). */
  profileDir?: string;
  keepProfile?: boolean;
  /** 'none': the profile already holds the add-on from a permanent install. Default 'temporary'. */
  install?: 'temporary' | 'permanent' | 'none';
  /** Default true. A headful Firefox needs `display` (an X display such as ":99") or DISPLAY in the environment. */
  headless?: boolean;
  display?: string;
  viewport?: { width: number; height: number };
  /** Where downloads are saved without asking (Firefox's download dialog never opens). */
  downloadDir?: string;
  /** Extra preferences (tests add a recording proxy this way). */
  prefs?: Record<string, string | number | boolean>;
}

export function addonIdOf(extensionDir: string): string {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${extensionDir}/manifest.json has no browser_specific_settings.gecko.id`);
  return id;
}

/** The unpacked build as an .xpi (a zip with the manifest at its root), base64-encoded for BiDi. */
async function packAsXpi(extensionDir: string): Promise<string> {
  const zip = new JSZip();
  const add = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) add(path);
      else zip.file(relative(extensionDir, path), readFileSync(path));
    }
  };
  add(extensionDir);
  return zip.generateAsync({ type: 'base64', compression: 'DEFLATE' });
}

function downloadPrefs(dir: string): Record<string, string | number | boolean> {
  return {
    'browser.download.folderList': 2,
    'browser.download.dir': resolve(dir),
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
    'browser.download.alwaysOpenPanel': false,
    'browser.download.start_downloads_in_tmp_dir': false,
  };
}

interface BidiSend {
  connection: { send(method: string, params: object): Promise<unknown> };
}

async function install(browser: Browser, extensionDir: string, how: FirefoxLaunchOptions['install']): Promise<void> {
  if (how === 'none') return;
  if (how === 'permanent') {
    // puppeteer's installExtension is always temporary; the BiDi command takes Firefox's own "moz:permanent".
    await (browser as unknown as BidiSend).connection.send('webExtension.install', {
      extensionData: { type: 'base64', value: await packAsXpi(extensionDir) },
      'moz:permanent': true,
    });
    return;
  }
  await browser.installExtension(extensionDir);
}

/**
 * Polls `check(arg)` in the page until it returns true. Puppeteer's `waitForFunction` compiles its predicate with
 * `new Function`, which the extension pages' CSP forbids; `evaluate` is not affected.
 */
export async function pollInPage<Arg>(
  page: Page,
  check: (arg: Arg) => boolean,
  arg?: Arg,
  timeoutMs = 15_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const done = await page.evaluate(check as (arg: unknown) => boolean, arg).catch(() => false);
    if (done) return;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting in ${page.url()}`);
    await new Promise((resolveWait) => setTimeout(resolveWait, 50));
  }
}

export async function launchFirefoxExtensionBrowser(
  options: FirefoxLaunchOptions = {},
): Promise<FirefoxExtensionBrowser> {
  const extensionDir = resolve(options.extensionDir ?? E2E_FIREFOX_EXTENSION_DIR);
  const addonId = addonIdOf(extensionDir);
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'care-lens-firefox-'));
  const headless = options.headless ?? true;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless,
    userDataDir: profileDir,
    args: ['--remote-allow-system-access'],
    env: {
      ...process.env,
      // Release builds read the remote-settings server pref (QUIET_FIREFOX_PREFS) only with this set.
      MOZ_REMOTE_SETTINGS_DEVTOOLS: '1',
      ...(options.display ? { DISPLAY: options.display } : {}),
    },
    defaultViewport: options.viewport ?? { width: 1280, height: 900 },
    extraPrefsFirefox: {
      ...QUIET_FIREFOX_PREFS,
      'extensions.webextensions.uuids': JSON.stringify({ [addonId]: FIREFOX_EXTENSION_UUID }),
      'xpinstall.signatures.required': false,
      ...(options.downloadDir ? downloadPrefs(options.downloadDir) : {}),
      ...options.prefs,
    },
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  try {
    await install(browser, extensionDir, options.install ?? 'temporary');
  } catch (error) {
    await browser.close();
    throw error;
  }
  const origin = `moz-extension://${FIREFOX_EXTENSION_UUID}`;
  return {
    browser,
    version: await browser.version(),
    addonId,
    origin,
    profileDir,
    newPage: () => browser.newPage(),
    async openExtensionPage(path: string) {
      const page = await browser.newPage();
      const url = `${origin}/${path}`;
      void page.goto(url).catch(() => undefined);
      await pollInPage(page, () => location.protocol === 'moz-extension:' && document.readyState === 'complete');
      return page;
    },
    async close() {
      await browser.close();
      if (!options.keepProfile && !options.profileDir) rmSync(profileDir, { recursive: true, force: true });
    },
  };
}
