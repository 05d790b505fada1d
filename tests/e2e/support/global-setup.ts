/**
 * Runs once before the end-to-end files: serves the fixture pages, the demo article and the repository's seed
 * folder on 127.0.0.1, and hands the address to the tests (`inject('fixtureOrigin')`). The e2e build itself is
 * made by `npm run build:e2e` beforehand (npm run test:e2e does it).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from '../../../scripts/harness/static-server';
import { E2E_EXTENSION_DIR } from '../../../scripts/harness/extension-browser';

declare module 'vitest' {
  export interface ProvidedContext {
    fixtureOrigin: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync(resolve(E2E_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No e2e build at ${E2E_EXTENSION_DIR}: run "npm run build:e2e" first.`);
  }
  const server = await startStaticServer({
    '/fixtures': 'tests/fixtures/pages',
    '/demo': 'demo',
    '/shared': '../shared',
  });
  project.provide('fixtureOrigin', server.origin);
  return async () => server.close();
}
