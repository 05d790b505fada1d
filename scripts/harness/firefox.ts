/**
 * The Firefox that the Firefox browser tests and `npm start -- --browser firefox` drive: Debian's `firefox-esr`
 * (never a downloaded browser), or the one `FIREFOX_PATH` names; the preferences that keep it off the network on
 * its own; and making sure it is installed, with the virtual display and key tool the keyboard-shortcut test needs
 * (`tsx scripts/harness/firefox.ts` installs them with apt-get when it can — root on a Debian machine — and
 * otherwise stops at once with the exact command to run).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Where Debian's Firefox ESR lives; `FIREFOX_PATH` overrides it. */
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** Debian packages: Firefox itself, and an X server plus a key tool for the test that presses a real shortcut. */
const PACKAGES: { name: string; binary: string }[] = [
  { name: 'firefox-esr', binary: FIREFOX_PATH },
  { name: 'xvfb', binary: '/usr/bin/Xvfb' },
  { name: 'xdotool', binary: '/usr/bin/xdotool' },
];

/**
 * Keeps Firefox from reaching the network by itself (remote settings, captive-portal and connectivity checks,
 * add-on metadata, Safe Browsing, telemetry), so that the tests' network witness sees only what the extension and
 * the pages do. Puppeteer's own defaults cover part of this; these are the ones it leaves on.
 */
export const QUIET_FIREFOX_PREFS: Record<string, string | number | boolean> = {
  'services.settings.server': 'data:,#remote-settings-off/v1',
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'captivedetect.canonicalURL': '',
  'extensions.getAddons.cache.enabled': false,
  'extensions.update.enabled': false,
  'extensions.systemAddon.update.enabled': false,
  'browser.safebrowsing.downloads.remote.enabled': false,
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  'browser.safebrowsing.provider.google4.updateURL': '',
  'browser.safebrowsing.provider.google.updateURL': '',
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'browser.topsites.contile.enabled': false,
  'browser.newtabpage.activity-stream.feeds.system.topstories': false,
  'browser.newtabpage.activity-stream.feeds.snippets': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'datareporting.healthreport.uploadEnabled': false,
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.server': '',
  'app.normandy.enabled': false,
  'app.shield.optoutstudies.enabled': false,
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'network.predictor.enabled': false,
};

/** Firefox's own version line, such as "Mozilla Firefox 140.12.0esr". */
export function firefoxVersion(path = FIREFOX_PATH): string {
  return execFileSync(path, ['--version'], { encoding: 'utf8', env: { ...process.env, MOZ_HEADLESS: '1' } }).trim();
}

function missingPackages(wanted: string[]): string[] {
  return PACKAGES.filter(({ name, binary }) => wanted.includes(name) && !existsSync(binary)).map(({ name }) => name);
}

/** Firefox, and for the tests (`withTestTools`, the default) Xvfb and xdotool too. */
export function ensureFirefox({ withTestTools = true }: { withTestTools?: boolean } = {}): void {
  if (process.env.FIREFOX_PATH && !existsSync(FIREFOX_PATH)) {
    throw new Error(`FIREFOX_PATH is set to ${FIREFOX_PATH}, but there is no file there.`);
  }
  const wanted = [...(process.env.FIREFOX_PATH ? [] : ['firefox-esr']), ...(withTestTools ? ['xvfb', 'xdotool'] : [])];
  const missing = missingPackages(wanted);
  if (missing.length === 0) return;
  const manualCommand = `sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}`;
  const isRoot = process.getuid?.() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (!isRoot || !hasApt) {
    throw new Error(
      `${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} missing. Install with:\n  ${manualCommand}`,
    );
  }
  console.log(`Installing Debian's ${missing.join(', ')} with apt-get…`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', ...missing], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  const still = missingPackages(missing);
  if (still.length > 0) throw new Error(`apt-get finished but ${still.join(', ')} is still missing.`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    ensureFirefox();
    console.log(`Firefox for the browser tests: ${firefoxVersion()} (${FIREFOX_PATH})`);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
