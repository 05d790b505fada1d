/**
 * Which Chromium-family browser `npm start` opens: `CHROMIUM_PATH` when set (Chromium, Microsoft Edge, Brave…), then
 * Debian's /usr/bin/chromium, then another one found in a usual place (a desktop may have Ubuntu's Chromium, the
 * snap, the macOS app, or Microsoft Edge). With none of these, `ensureChromium` installs Debian's package or stops
 * with the command to run.
 */
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH, ensureChromium } from './harness/chromium';

/** In the order they are tried; Google Chrome last, since it ignores `--load-extension`. */
export const OTHER_CHROMIUM_BROWSERS = [
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/usr/bin/microsoft-edge',
  '/usr/bin/microsoft-edge-stable',
  '/opt/microsoft/msedge/msedge',
  '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export interface ChromiumBrowserKind {
  /** For messages: "Chromium", "Microsoft Edge" or "Google Chrome". */
  name: string;
  /** Google Chrome 137 and later ignore `--load-extension`; Chromium and Edge honour it. */
  loadsUnpackedFromCommandLine: boolean;
}

/** What a Chromium-family executable is, from its path (Linux, macOS and Windows install paths). */
export function describeChromiumBrowser(browserPath: string): ChromiumBrowserKind {
  const file = browserPath.replace(/\\/g, '/').toLowerCase();
  if (/(^|\/)msedge(\.exe)?$|microsoft[- ]edge/.test(file)) {
    return { name: 'Microsoft Edge', loadsUnpackedFromCommandLine: true };
  }
  if (/google[- ]chrome|(^|\/)chrome\.exe$/.test(file))
    return { name: 'Google Chrome', loadsUnpackedFromCommandLine: false };
  return { name: 'Chromium', loadsUnpackedFromCommandLine: true };
}

export interface ChooseBrowserEnvironment {
  /** `CHROMIUM_PATH` as set, if it is. */
  requested?: string;
  exists?: (path: string) => boolean;
}

export function chooseBrowser({
  requested = process.env.CHROMIUM_PATH,
  exists = existsSync,
}: ChooseBrowserEnvironment = {}): string {
  if (requested) {
    if (!exists(requested)) throw new Error(`CHROMIUM_PATH is set to ${requested}, but there is no file there.`);
    return requested;
  }
  if (exists(CHROMIUM_PATH)) return CHROMIUM_PATH;
  const other = OTHER_CHROMIUM_BROWSERS.find((candidate) => exists(candidate));
  if (other) {
    console.log(`Using ${other} (set CHROMIUM_PATH to choose another browser).`);
    return other;
  }
  ensureChromium();
  return CHROMIUM_PATH;
}
