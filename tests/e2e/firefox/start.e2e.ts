/**
 * `npm start -- --browser firefox` against the already-built Firefox e2e package: headless when asked (and where
 * there is no display), a Firefox window when there is a display (a private Xvfb one here); either way the add-on
 * is installed, the demo article is served on 127.0.0.1 and marked, and Ctrl-C stops everything.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { E2E_FIREFOX_EXTENSION_DIR } from '../../../scripts/harness/firefox-browser';
import { startVirtualDisplay, type VirtualDisplay } from '../../../scripts/harness/virtual-display';

const DEMO_URL_LINE = /Demo article: (http:\/\/127\.0\.0\.1:\d+\/demo\/)/;

interface Started {
  child: ChildProcess;
  output: () => string;
  waitFor(pattern: RegExp): Promise<RegExpMatchArray>;
}

function startFirefoxDemo(extraArgs: string[], env: NodeJS.ProcessEnv, profileDir: string): Started {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'scripts/start.ts',
      '--browser',
      'firefox',
      '--no-build',
      '--port',
      '0',
      '--profile',
      profileDir,
      ...extraArgs,
    ],
    { env: { ...env, CARE_LENS_FIREFOX_EXTENSION_DIR: E2E_FIREFOX_EXTENSION_DIR }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  for (const stream of [child.stdout!, child.stderr!]) {
    stream.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  }
  const waitFor = (pattern: RegExp) =>
    new Promise<RegExpMatchArray>((resolveMatch, reject) => {
      const timer = setInterval(() => {
        const match = output.match(pattern);
        if (match) {
          clearInterval(timer);
          resolveMatch(match);
        } else if (child.exitCode !== null) {
          clearInterval(timer);
          reject(new Error(`start.ts exited early (code ${child.exitCode}):\n${output}`));
        }
      }, 100);
    });
  return { child, output: () => output, waitFor };
}

async function stop(started: Started): Promise<number | null> {
  const exited = new Promise<number | null>((resolveExit) => started.child.once('exit', (code) => resolveExit(code)));
  started.child.kill('SIGINT');
  return exited;
}

describe('npm start -- --browser firefox', () => {
  const profiles: string[] = [];
  let display: VirtualDisplay | undefined;
  let running: Started | undefined;

  afterEach(async () => {
    if (running && running.child.exitCode === null) running.child.kill('SIGKILL');
    await display?.stop();
    display = undefined;
    for (const dir of profiles.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  function profile(): string {
    const dir = mkdtempSync(join(tmpdir(), 'care-lens-start-firefox-'));
    profiles.push(dir);
    return dir;
  }

  it('--headless: installs the add-on, marks the demo article, serves it, and stops on Ctrl-C', async () => {
    const env = { ...process.env };
    delete env.DISPLAY;
    running = startFirefoxDemo(['--headless'], env, profile());
    const loaded = await running.waitFor(
      /Care Review Lens loaded in headless Firefox \((firefox\/[\d.]+), .*\): (\d+) marks/,
    );
    expect(Number(loaded[2])).toBeGreaterThan(5);
    expect(running.output()).toMatch(/Using Mozilla Firefox [\d.]+/);
    const [, url] = await running.waitFor(DEMO_URL_LINE);
    expect((await fetch(url!)).status).toBe(200);
    expect(await stop(running)).toBe(0);
    expect(running.output()).toContain('Stopped (SIGINT)');
    await expect(fetch(url!)).rejects.toThrow();
  });

  it('opens a Firefox window when there is a display', async () => {
    display = await startVirtualDisplay();
    running = startFirefoxDemo([], { ...process.env, DISPLAY: display.display }, profile());
    const loaded = await running.waitFor(/Care Review Lens loaded in Firefox \(firefox\/[\d.]+, .*\): (\d+) marks/);
    expect(Number(loaded[1])).toBeGreaterThan(5);
    expect(running.output()).not.toContain('No display found');
    expect(running.output()).toContain('Close the browser window or press Ctrl-C to stop.');
    expect(await stop(running)).toBe(0);
  });
});
