/**
 * Builds the production Chrome and Firefox packages once, into a private temporary folder, and hands back their
 * generated manifests, so manifest tests check what `wxt build` really writes rather than the config's intent.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The parts of a generated manifest (MV3 for Chrome, MV2 for Firefox) the tests look at. */
export interface BuiltManifest {
  manifest_version: number;
  name: string;
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches?: string[]; css?: string[] }[];
  commands?: Record<string, { suggested_key?: { default?: string }; description?: string }>;
  icons?: Record<string, string>;
  browser_specific_settings?: {
    gecko?: { id?: string; strict_min_version?: string; data_collection_permissions?: { required?: string[] } };
  };
  web_accessible_resources?: unknown[];
}

export interface BuiltPackage {
  dir: string;
  manifest: BuiltManifest;
}

export interface BuiltPackages {
  chrome: BuiltPackage;
  firefox: BuiltPackage;
  remove(): void;
}

async function buildOne(outDir: string, browser: 'chrome' | 'firefox'): Promise<BuiltPackage> {
  const env: NodeJS.ProcessEnv = { ...process.env, CARE_LENS_OUT_DIR: outDir };
  delete env.CARE_LENS_E2E;
  await run(resolve('node_modules/.bin/wxt'), ['build', '-b', browser], { env, maxBuffer: 16 * 1024 * 1024 });
  const dir = join(outDir, browser === 'chrome' ? 'chrome-mv3' : 'firefox-mv2');
  return { dir, manifest: JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as BuiltManifest };
}

let pending: Promise<BuiltPackages> | undefined;

export function buildPackagesOnce(): Promise<BuiltPackages> {
  pending ??= (async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'care-lens-manifest-'));
    // One after the other: both builds rewrite the project's .wxt/ folder, and in parallel they can read it half-written.
    const chromePackage = await buildOne(outDir, 'chrome');
    const firefoxPackage = await buildOne(outDir, 'firefox');
    return {
      chrome: chromePackage,
      firefox: firefoxPackage,
      remove: () => rmSync(outDir, { recursive: true, force: true }),
    };
  })();
  return pending;
}
