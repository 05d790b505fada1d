// @vitest-environment node
/**
 * The manifests `wxt build` generates for the two stores: what the extension may touch at install time, what it
 * can ask for later, its keyboard commands, its icons and its Firefox identity; and that no test hook ships.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CURATED_SITE_PATTERNS } from '../../utils/shared/curated-sites';
import { CARD_TIMING_EVENT, POPUP_MARKS, SCAN_SETTLED_EVENT } from '../../utils/shared/e2e/e2e-hooks';
import { CARD_FRAME_PAGE_FILE, CARD_TEXT_FILE } from '../../utils/shared/packaged-files';
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

  it('offers next and previous commands, proposals only and background included, with default shortcuts', () => {
    const commands = manifestOf().commands ?? {};
    for (const name of ['next-mention', 'previous-mention', 'next-any-mention', 'previous-any-mention']) {
      // What both browsers accept: one of Alt or Ctrl, optionally Shift, then a letter, digit, comma or period.
      expect(commands[name]?.suggested_key?.default).toMatch(/^(Alt|Ctrl)\+(Shift\+)?([A-Z0-9]|Comma|Period)$/);
      expect(commands[name]?.description).toBeTruthy();
    }
    const shortcuts = Object.values(commands).flatMap((command) => Object.values(command.suggested_key ?? {}));
    expect(new Set(shortcuts).size).toBe(shortcuts.length);
    // Chrome refuses more than four suggested shortcuts, and any with both Ctrl and Alt.
    expect(new Set(shortcuts).size).toBeLessThanOrEqual(4);
    expect(shortcuts.filter((keys) => /Ctrl/.test(keys!) && /Alt/.test(keys!))).toEqual([]);
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

/**
 * SECURITY.md's permission table, entry by entry: exactly these permissions and no others, the card frame as the one
 * web-accessible resource (through the dynamic id in Chromium), no way for web pages to message the extension,
 * and no content security policy looser than the browser's default.
 */
describe.each(['chrome', 'firefox'] as const)('the %s manifest against SECURITY.md', (browser) => {
  const manifestOf = () => built[browser].manifest as typeof built.chrome.manifest & Record<string, unknown>;

  it('asks for exactly storage, unlimitedStorage, scripting and activeTab (no tabs, no broad or sensitive API)', () => {
    const { permissions = [] } = manifestOf();
    expect([...permissions].sort()).toEqual(['activeTab', 'scripting', 'storage', 'unlimitedStorage']);
    for (const never of ['tabs', '<all_urls>', 'webRequest', 'cookies', 'history', 'downloads', 'clipboardWrite']) {
      expect(permissions).not.toContain(never);
    }
    expect(manifestOf().host_permissions ?? []).toEqual([]);
  });

  it('makes only the card frame web-accessible, and in Chromium only through the dynamic id', () => {
    const resources = manifestOf().web_accessible_resources;
    if (browser === 'chrome') {
      expect(resources).toEqual([
        { resources: [CARD_FRAME_PAGE_FILE], matches: ['<all_urls>'], use_dynamic_url: true },
      ]);
    } else {
      expect(resources).toEqual([CARD_FRAME_PAGE_FILE]);
    }
    // The card text ships in the package, read by the card frame only: it is not web-accessible.
    expect(existsSync(join(built[browser].dir, CARD_TEXT_FILE))).toBe(true);
    expect(JSON.stringify(resources)).not.toContain(CARD_TEXT_FILE);
    expect(existsSync(join(built[browser].dir, CARD_FRAME_PAGE_FILE))).toBe(true);
  });

  it('lets no web page or other extension message it (no externally_connectable)', () => {
    expect(manifestOf()).not.toHaveProperty('externally_connectable');
  });

  it('keeps the browser’s default content security policy: the extension’s own scripts only', () => {
    const csp = manifestOf().content_security_policy as string | Record<string, string> | undefined;
    const policies = csp === undefined ? [] : typeof csp === 'string' ? [csp] : Object.values(csp);
    for (const policy of policies) {
      const scriptSrc = /script-src([^;]*)/.exec(policy)?.[1] ?? '';
      expect(
        scriptSrc
          .trim()
          .split(/\s+/)
          .filter((source) => !["'self'", "'wasm-unsafe-eval'"].includes(source)),
      ).toEqual([]);
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

  it('makes only the card frame web-accessible in Firefox, never the card text a page that knows the UUID could read', () => {
    expect(built.firefox.manifest.web_accessible_resources).toEqual(['card-frame.html']);
  });
});

describe('release packages hold no end-to-end hooks', () => {
  /** What the e2e hooks put into a bundle: the scan event, the popup's marks, and the popup's `?tab=` reader. */
  const HOOK_TRACES = [SCAN_SETTLED_EVENT, CARD_TIMING_EVENT, ...Object.values(POPUP_MARKS), 'URLSearchParams'];

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
