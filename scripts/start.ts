/**
 * `npm start`: builds the e2e variant of the extension (its content script also runs on 127.0.0.1), serves the
 * demo article from demo/ on 127.0.0.1, and opens Chromium with the extension loaded on that article.
 *
 *   npm start                      a browser window; stops when the window is closed or on Ctrl-C
 *   npm start -- --headless        no window (servers, CI): prints the URL and runs until Ctrl-C
 *   options: --no-build (use the existing build), --port <n> (default 4173, a free one if taken),
 *            --profile <dir> (default .profile/, kept between runs so notes survive)
 *   env: CHROMIUM_PATH (which browser), CARE_LENS_OUT_DIR / CARE_LENS_EXTENSION_DIR (which build)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startStaticServer } from './harness/static-server';
import { chooseBrowser, isBrandedChrome } from './choose-browser';
import { openHeadless, openWindow, type DemoBrowser } from './demo-browser';
import { pickPort } from './pick-port';

const QUICK_EXIT_MS = 3_000;

const { values: flags } = parseArgs({
  options: {
    headless: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    port: { type: 'string', default: '4173' },
    profile: { type: 'string', default: '.profile' },
  },
});

function hasDisplay(): boolean {
  return process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

function waitForStopSignal(): Promise<string> {
  return new Promise((resolveSignal) => {
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, () => resolveSignal(signal));
  });
}

async function main(): Promise<void> {
  const headless = flags.headless || !hasDisplay();
  if (!flags.headless && headless) console.log('No display found: starting headless (as with --headless).');
  const browserPath = chooseBrowser();
  const extensionDir = resolve(
    process.env.CARE_LENS_EXTENSION_DIR ?? join(process.env.CARE_LENS_OUT_DIR ?? '.output', 'e2e-chrome-mv3'),
  );
  if (!flags['no-build']) {
    const build = spawnSync('npm', ['run', '--silent', 'build:e2e'], { stdio: 'inherit' });
    if (build.status !== 0) throw new Error('The extension build failed (see above).');
  }
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No extension build at ${extensionDir}: run "npm run build:e2e" or drop --no-build.`);
  }

  const server = await startStaticServer({ '/demo': 'demo' }, await pickPort(Number(flags.port)));
  const url = `${server.origin}/demo/`;
  const profileDir = resolve(flags.profile);
  mkdirSync(profileDir, { recursive: true });
  const options = { browserPath, extensionDir, profileDir, url };

  let browser: DemoBrowser;
  try {
    if (headless) {
      const opened = await openHeadless(options);
      browser = opened;
      console.log(`Care Review Lens loaded in headless Chromium (extension id ${opened.extensionId}).`);
    } else {
      if (isBrandedChrome(browserPath)) {
        console.log('Google Chrome may ignore --load-extension; if no marks appear, use Chromium or load by hand.');
      }
      browser = openWindow(options);
    }
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
    throw new Error('Chromium could not open a window. On a machine without a display, run: npm start -- --headless');
  }
  if (reason === 'browser closed' && !headless && Date.now() - openedAt < QUICK_EXIT_MS) {
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
