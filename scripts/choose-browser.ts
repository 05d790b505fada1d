/**
 * Which Chromium `npm start` opens: `CHROMIUM_PATH` when set, then Debian's /usr/bin/chromium, then another
 * Chromium-family browser found in a usual place (a desktop may have Ubuntu's, the snap or the macOS app).
 * With none of these, `ensureChromium` installs Debian's package or stops with the command to run.
 */
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH, ensureChromium } from './harness/chromium';

const OTHER_CHROMIUM_BROWSERS = [
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** Google Chrome 137 and later ignore `--load-extension`; Chromium does not. */
export function isBrandedChrome(browserPath: string): boolean {
  return /google[- ]chrome/i.test(browserPath);
}

export function chooseBrowser(): string {
  if (process.env.CHROMIUM_PATH || existsSync(CHROMIUM_PATH)) {
    ensureChromium();
    return CHROMIUM_PATH;
  }
  const other = OTHER_CHROMIUM_BROWSERS.find((candidate) => existsSync(candidate));
  if (other) {
    console.log(`Using ${other} (set CHROMIUM_PATH to choose another browser).`);
    return other;
  }
  ensureChromium();
  return CHROMIUM_PATH;
}
