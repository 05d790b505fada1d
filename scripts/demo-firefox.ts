/**
 * Opens the demo article in Firefox with the extension installed, for `npm start -- --browser firefox`: a window
 * when there is a display, headless otherwise, driven by puppeteer-core over WebDriver BiDi either way. The add-on
 * is installed permanently into the kept profile (Firefox ESR accepts an unsigned add-on that way), so notes written
 * in one run are there in the next; a Firefox that insists on signatures gets it as a temporary add-on instead.
 */
import { launchFirefoxExtensionBrowser, pollInPage, type FirefoxExtensionBrowser } from './harness/firefox-browser';
import type { DemoBrowser, DemoBrowserOptions } from './demo-browser';

export interface FirefoxDemo extends DemoBrowser {
  firefox: FirefoxExtensionBrowser;
  /** Marks the extension drew on the demo article once it had loaded. */
  marks: number;
}

async function launch(options: DemoBrowserOptions, headless: boolean): Promise<FirefoxExtensionBrowser> {
  const base = { extensionDir: options.extensionDir, profileDir: options.profileDir, keepProfile: true, headless };
  try {
    return await launchFirefoxExtensionBrowser({ ...base, install: 'permanent' });
  } catch (error) {
    if (!/sign|verif|ERROR_/i.test((error as Error).message)) throw error;
    console.log('This Firefox accepts no unsigned add-on: installing it as a temporary add-on (gone at exit).');
    return launchFirefoxExtensionBrowser({ ...base, install: 'temporary' });
  }
}

export async function openFirefoxDemo(options: DemoBrowserOptions, headless: boolean): Promise<FirefoxDemo> {
  let firefox: FirefoxExtensionBrowser;
  try {
    firefox = await launch(options, headless);
  } catch (error) {
    throw new Error(
      `Firefox did not start with the profile ${options.profileDir}. If another "npm start" is using it, stop that ` +
        `one or pass --profile <dir>.\n${(error as Error).message}`,
    );
  }
  const page = (await firefox.browser.pages())[0] ?? (await firefox.newPage());
  await page.goto(options.url);
  await pollInPage(page, () => CSS.highlights.size > 0, undefined, 15_000).catch(() => undefined);
  const marks = await page.evaluate(() => {
    let count = 0;
    CSS.highlights.forEach((highlight, name) => {
      if (name.startsWith('care-lens')) count += highlight.size;
    });
    return count;
  });
  const exited = new Promise<'closed'>((resolveExit) =>
    firefox.browser.once('disconnected', () => resolveExit('closed')),
  );
  return { firefox, marks, exited, close: () => firefox.close() };
}
