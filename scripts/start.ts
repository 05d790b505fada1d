/**
 * `npm start`: builds the e2e variant of the extension (its content script also runs on 127.0.0.1), serves the
 * demo article from demo/ on 127.0.0.1, and opens a browser with the extension loaded on that article.
 *
 *   npm start                          Chromium (or Edge, through CHROMIUM_PATH) in a window; stops when it closes
 *   npm start -- --browser firefox     Firefox ESR instead, with the Firefox package
 *   npm start -- --headless            no window (servers, CI): prints the URL and runs until Ctrl-C; without a
 *                                      display this is the default
 *   options: --no-build (use the existing build), --port <n> (default 4173, a free one if taken),
 *            --profile <dir> (default .profile/ for Chromium, .profile-firefox/ for Firefox; kept between runs so
 *            notes survive)
 *   env: CHROMIUM_PATH / FIREFOX_PATH (which browser), CARE_LENS_OUT_DIR / CARE_LENS_EXTENSION_DIR /
 *        CARE_LENS_FIREFOX_EXTENSION_DIR (which build)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startStaticServer } from './harness/static-server';
import { E2E_FIREFOX_EXTENSION_DIR } from './harness/firefox-browser';
import { ensureFirefox, firefoxVersion } from './harness/firefox';
import { chooseBrowser, describeChromiumBrowser } from './choose-browser';
import { openHeadless, openWindow, type DemoBrowser, type DemoBrowserOptions } from './demo-browser';
import { openFirefoxDemo } from './demo-firefox';
import { pickPort } from './pick-port';

const QUICK_EXIT_MS = 3_000;

const { values: flags } = parseArgs({
  options: {
    browser: { type: 'string', default: 'chromium' },
    headless: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    port: { type: 'string', default: '4173' },
    profile: { type: 'string' },
  },
});

type BrowserKind = 'chromium' | 'firefox';

function browserKind(): BrowserKind {
  if (flags.browser === 'chromium' || flags.browser === 'firefox') return flags.browser;
  throw new Error(
    `--browser must be chromium or firefox (Edge runs as Chromium: set CHROMIUM_PATH), not "${flags.browser}".`,
  );
}

function hasDisplay(): boolean {
  return process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

function waitForStopSignal(): Promise<string> {
  return new Promise((resolveSignal) => {
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, () => resolveSignal(signal));
  });
}

function build(kind: BrowserKind, extensionDir: string): void {
  if (!flags['no-build']) {
    const script = kind === 'firefox' ? 'build:e2e:firefox' : 'build:e2e';
    const result = spawnSync('npm', ['run', '--silent', script], { stdio: 'inherit' });
    if (result.status !== 0) throw new Error('The extension build failed (see above).');
  }
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    const script = kind === 'firefox' ? 'build:e2e:firefox' : 'build:e2e';
    throw new Error(`No extension build at ${extensionDir}: run "npm run ${script}" or drop --no-build.`);
  }
}

/** Opens the chosen browser on the article; prints what a person needs to know about it. */
async function openBrowser(kind: BrowserKind, options: DemoBrowserOptions, headless: boolean): Promise<DemoBrowser> {
  if (kind === 'firefox') {
    const demo = await openFirefoxDemo(options, headless);
    console.log(
      `Care Review Lens loaded in ${headless ? 'headless ' : ''}Firefox (${demo.firefox.version}, ` +
        `${demo.firefox.origin}/): ${demo.marks} marks on the demo article.`,
    );
    return demo;
  }
  const described = describeChromiumBrowser(options.browserPath);
  if (headless) {
    const opened = await openHeadless(options);
    console.log(`Care Review Lens loaded in headless ${described.name} (extension id ${opened.extensionId}).`);
    return opened;
  }
  if (!described.loadsUnpackedFromCommandLine) {
    console.log(`${described.name} may ignore --load-extension; if no marks appear, use Chromium or load by hand.`);
  }
  return openWindow(options);
}

async function main(): Promise<void> {
  const kind = browserKind();
  const headless = flags.headless || !hasDisplay();
  if (!flags.headless && headless) console.log('No display found: starting headless (as with --headless).');
  if (kind === 'firefox') {
    ensureFirefox({ withTestTools: false });
    console.log(`Using ${firefoxVersion()}.`);
  }
  const browserPath = kind === 'firefox' ? '' : chooseBrowser();
  const extensionDir =
    kind === 'firefox'
      ? E2E_FIREFOX_EXTENSION_DIR
      : resolve(
          process.env.CARE_LENS_EXTENSION_DIR ?? join(process.env.CARE_LENS_OUT_DIR ?? '.output', 'e2e-chrome-mv3'),
        );
  build(kind, extensionDir);

  const server = await startStaticServer({ '/demo': 'demo' }, await pickPort(Number(flags.port)));
  const url = `${server.origin}/demo/`;
  const profileDir = resolve(flags.profile ?? (kind === 'firefox' ? '.profile-firefox' : '.profile'));
  mkdirSync(profileDir, { recursive: true });

  let browser: DemoBrowser;
  try {
    browser = await openBrowser(kind, { browserPath, extensionDir, profileDir, url }, headless);
  } catch (error) {
    await server.close();
    throw error;
  }
  console.log(`Demo article: ${url}`);
  console.log(`Profile: ${profileDir}`);
  console.log(headless ? 'Press Ctrl-C to stop.' : 'Close the browser window or press Ctrl-C to stop.');

  const openedAt = Date.now();
  const stopSignal = waitForStopSignal();
  let reason = await Promise.race([stopSignal, browser.exited.then((how) => `browser ${how}`)]);
  if (reason === 'browser failed') {
    await server.close();
    throw new Error(
      'The browser could not open a window. On a machine without a display, run: npm start -- --headless',
    );
  }
  if (kind === 'chromium' && reason === 'browser closed' && !headless && Date.now() - openedAt < QUICK_EXIT_MS) {
    // Chromium hands the URL to a window already running with this profile and exits at once.
    console.log('The article opened in a Chromium already running with this profile. Ctrl-C stops the server.');
    reason = await stopSignal;
  }
  await browser.close().catch(() => undefined);
  await server.close();
  console.log(`Stopped (${reason}).`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error((error as Error).message);
    process.exit(1);
  },
);
