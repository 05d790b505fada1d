// @vitest-environment node
/**
 * `npm ci` installs no browser: the browser tests drive Debian's Chromium and Firefox ESR only. playwright-core and
 * puppeteer-core have no download step; the full `playwright` and `puppeteer` packages (which fetch browsers on
 * install) are not in the tree, no browser-driving package runs an install script, and .puppeteerrc.cjs turns
 * puppeteer's download off for good measure.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

interface LockedPackage {
  version?: string;
  hasInstallScript?: boolean;
}

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, LockedPackage> };
const names = Object.keys(lock.packages).map((path) => path.replace(/^.*node_modules\//, ''));

describe('installing the project downloads no browser', () => {
  it('has the core drivers only, never the packages that download browsers', () => {
    expect(names).toEqual(expect.arrayContaining(['playwright-core', 'puppeteer-core']));
    expect(
      names.filter((name) => ['puppeteer', 'playwright', 'playwright-chromium', 'playwright-firefox'].includes(name)),
    ).toEqual([]);
  });

  it('runs no install script of any browser-driving package', () => {
    const withScripts = Object.entries(lock.packages)
      .filter(([, locked]) => locked.hasInstallScript)
      .map(([path]) => path);
    expect(withScripts.filter((path) => /puppeteer|playwright|chromium|firefox|gecko/.test(path))).toEqual([]);
  });

  it('pins a puppeteer-core that runs on Node 20, and tells puppeteer to skip downloads', () => {
    const manifest = JSON.parse(readFileSync('node_modules/puppeteer-core/package.json', 'utf8')) as {
      engines: { node: string };
    };
    expect(manifest.engines.node).toBe('>=18');
    const config = createRequire(import.meta.url)(resolve('.puppeteerrc.cjs')) as { skipDownload?: boolean };
    expect(config.skipDownload).toBe(true);
  });
});
