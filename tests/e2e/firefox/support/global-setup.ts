/**
 * Runs once before the Firefox files: prints which Firefox runs them (ESR point releases arrive through Debian's
 * security updates and may change WebDriver BiDi's behaviour), serves the fixture pages and the demo article on
 * 127.0.0.1 as the Chromium suite does, and hands the address to the tests (`inject('fixtureOrigin')`).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from '../../../../scripts/harness/static-server';
import { FIREFOX_PATH, firefoxVersion } from '../../../../scripts/harness/firefox';
import { E2E_FIREFOX_EXTENSION_DIR } from '../../../../scripts/harness/firefox-browser';

declare module 'vitest' {
  export interface ProvidedContext {
    fixtureOrigin: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync(resolve(E2E_FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No Firefox e2e build at ${E2E_FIREFOX_EXTENSION_DIR}: run "npm run build:e2e:firefox" first.`);
  }
  console.log(`Firefox suite: ${firefoxVersion()} (${FIREFOX_PATH}), package ${E2E_FIREFOX_EXTENSION_DIR}`);
  const server = await startStaticServer({ '/fixtures': 'tests/fixtures/pages', '/demo': 'demo' });
  project.provide('fixtureOrigin', server.origin);
  return async () => server.close();
}
