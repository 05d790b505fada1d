// @vitest-environment node
/**
 * The manifests `wxt build` generates for the two stores: what the extension may touch at install time, what it
 * can ask for later, its keyboard commands, its icons and its Firefox identity; and that no test hook ships.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CURATED_SITE_PATTERNS } from '../../utils/shared/curated-sites';
import { POPUP_MARKS, SCAN_SETTLED_EVENT } from '../../utils/shared/e2e/e2e-hooks';
import { buildPackagesOnce, type BuiltPackages } from './support/built-packages';

const ICON_SIZES = ['16', '32', '48', '96', '128'];
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** True for `<all_urls>` and for any scheme with a `*` host (every https site, every site…). */
function reachesEverySite(pattern: string): boolean {
  return pattern === '<all_urls>' || /^[a-z*]+:\/\/\*\//.test(pattern);
}

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

let built: BuiltPackages;
beforeAll(async () => {
  built = await buildPackagesOnce();
}, 120_000);
afterAll(() => built?.remove());

describe.each(['chrome', 'firefox'] as const)('the %s manifest', (browser) => {
  const manifestOf = () => built[browser].manifest;

  it('is named Care Review Lens and asks for storage', () => {
    expect(manifestOf().name).toBe('Care Review Lens');
    expect(manifestOf().permissions).toContain('storage');
  });

  it('reaches no site beyond the curated list at install time', () => {
    const { permissions = [], host_permissions = [], content_scripts = [] } = manifestOf();
    expect([...permissions, ...host_permissions].filter(reachesEverySite)).toEqual([]);
    const matches = content_scripts.flatMap((script) => script.matches ?? []);
    expect(new Set(matches)).toEqual(new Set(CURATED_SITE_PATTERNS));
    expect(matches.some((pattern) => pattern.includes('127.0.0.1') || pattern.includes('localhost'))).toBe(false);
  });

  it('can ask for any other site later, as an optional permission', () => {
    const manifest = manifestOf();
    const optional = browser === 'chrome' ? manifest.optional_host_permissions : manifest.optional_permissions;
    expect(optional).toEqual(expect.arrayContaining(['https://*/*', 'http://*/*']));
  });

  it('offers next and previous mention commands with default shortcuts', () => {
    const commands = manifestOf().commands ?? {};
    for (const name of ['next-mention', 'previous-mention']) {
      expect(commands[name]?.suggested_key?.default).toMatch(/^(Alt|Ctrl|Command|MacCtrl)\+/);
      expect(commands[name]?.description).toBeTruthy();
    }
    const shortcuts = Object.values(commands).map((command) => command.suggested_key?.default);
    expect(new Set(shortcuts).size).toBe(shortcuts.length);
  });

  it('ships a PNG icon of the right size at every size the stores ask for', () => {
    const icons = manifestOf().icons ?? {};
    expect(Object.keys(icons).sort()).toEqual([...ICON_SIZES].sort());
    for (const size of ICON_SIZES) {
      const file = join(built[browser].dir, icons[size]!);
      expect(existsSync(file), file).toBe(true);
      expect(pngSize(file)).toEqual({ width: Number(size), height: Number(size) });
    }
  });
});

describe('store specifics', () => {
  it('builds Manifest V3 for Chrome and Manifest V2 for Firefox', () => {
    expect(built.chrome.manifest.manifest_version).toBe(3);
    expect(built.firefox.manifest.manifest_version).toBe(2);
  });

  it('gives Firefox a stable add-on id and a minimum version with the Custom Highlight API', () => {
    const gecko = built.firefox.manifest.browser_specific_settings?.gecko;
    expect(gecko?.id).toMatch(/^[a-zA-Z0-9-._]+@[a-zA-Z0-9-._]+$/);
    expect(Number.parseFloat(gecko?.strict_min_version ?? '0')).toBeGreaterThanOrEqual(140);
    expect(built.chrome.manifest.browser_specific_settings).toBeUndefined();
  });

  it('adds Firefox’s own highlight rules to its content script, after the shared ones', () => {
    const css = built.firefox.manifest.content_scripts?.flatMap((script) => script.css ?? []) ?? [];
    expect(css.at(-1)).toBe('content-scripts/highlights-firefox.css');
    expect(readFileSync(join(built.firefox.dir, css.at(-1)!), 'utf8')).toContain('::highlight(care-lens-underline)');
    const chromeCss = built.chrome.manifest.content_scripts?.flatMap((script) => script.css ?? []) ?? [];
    expect(chromeCss.some((file) => file.includes('firefox'))).toBe(false);
  });

  it('makes nothing web-accessible in Firefox, where any page that learns the add-on’s UUID could read it', () => {
    expect(built.firefox.manifest.web_accessible_resources).toBeUndefined();
  });
});

describe('release packages hold no end-to-end hooks', () => {
  /** What the e2e hooks put into a bundle: the scan event, the popup's marks, and the popup's `?tab=` reader. */
  const HOOK_TRACES = [SCAN_SETTLED_EVENT, ...Object.values(POPUP_MARKS), 'URLSearchParams'];

  function scriptsUnder(dir: string): string[] {
    return readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.js'))
      .map((name) => join(dir, name));
  }

  it('the hooks module itself carries every trace looked for (so the check below can fail)', () => {
    const source = readFileSync('utils/shared/e2e/e2e-hooks.ts', 'utf8');
    expect(source).toContain('new URLSearchParams');
    expect(HOOK_TRACES.filter((trace) => trace !== 'URLSearchParams').every((t) => source.includes(`'${t}'`))).toBe(
      true,
    );
  });

  it.each(['chrome', 'firefox'] as const)('%s: no script mentions a hook', (browser) => {
    const scripts = scriptsUnder(built[browser].dir);
    expect(scripts.length).toBeGreaterThan(2);
    for (const script of scripts) {
      const text = readFileSync(script, 'utf8');
      expect(
        HOOK_TRACES.filter((trace) => text.includes(trace)),
        script,
      ).toEqual([]);
    }
  });
});
