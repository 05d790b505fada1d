/**
 * `npm start -- --headless` against the already-built e2e extension: it must load the extension, serve the demo
 * article on 127.0.0.1 (moving to a free port when the preferred one is taken), and stop cleanly on Ctrl-C.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_EXTENSION_DIR } from '../../scripts/harness/extension-browser';

const DEMO_URL_LINE = /Demo article: (http:\/\/127\.0\.0\.1:(\d+)\/demo\/)/;
const LOADED_LINE = /Care Review Lens loaded in headless Chromium \(extension id ([a-p]{32})\)/;

function occupyPort(): Promise<Server> {
  return new Promise((resolveServer) => {
    const blocker = createServer();
    blocker.listen(0, '127.0.0.1', () => resolveServer(blocker));
  });
}

function waitForOutput(child: ChildProcess, pattern: RegExp, getOutput: () => string): Promise<RegExpMatchArray> {
  return new Promise((resolveMatch, reject) => {
    const check = () => {
      const match = getOutput().match(pattern);
      if (match) {
        cleanup();
        resolveMatch(match);
      }
    };
    const onExit = (code: number | null) => {
      cleanup();
      reject(new Error(`start.ts exited early (code ${code}):\n${getOutput()}`));
    };
    const cleanup = () => {
      child.stdout?.off('data', check);
      child.off('exit', onExit);
    };
    child.stdout?.on('data', check);
    child.once('exit', onExit);
    check();
  });
}

describe('npm start -- --headless', () => {
  let child: ChildProcess;
  let output = '';
  let blocker: Server;
  let profileDir: string;

  beforeAll(async () => {
    blocker = await occupyPort();
    const takenPort = (blocker.address() as { port: number }).port;
    profileDir = mkdtempSync(join(tmpdir(), 'care-lens-start-profile-'));
    child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'scripts/start.ts',
        '--headless',
        '--no-build',
        '--port',
        String(takenPort),
        '--profile',
        profileDir,
      ],
      { env: { ...process.env, CARE_LENS_EXTENSION_DIR: E2E_EXTENSION_DIR }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child.stdout?.setEncoding('utf8');
    child.stderr?.setEncoding('utf8');
    child.stdout?.on('data', (chunk: string) => (output += chunk));
    child.stderr?.on('data', (chunk: string) => (output += chunk));
  });

  afterAll(async () => {
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await new Promise<void>((resolveClose) => blocker?.close(() => resolveClose()));
    if (profileDir) rmSync(profileDir, { recursive: true, force: true });
  });

  it('loads the extension, then prints the demo URL on a free port when the preferred one is taken', async () => {
    const loaded = await waitForOutput(child, LOADED_LINE, () => output);
    expect(loaded[1]).toMatch(/^[a-p]{32}$/);
    const [, , port] = await waitForOutput(child, DEMO_URL_LINE, () => output);
    expect(Number(port)).not.toBe((blocker.address() as { port: number }).port);
  });

  it('serves the demo article with its stylesheet and publication date', async () => {
    const [, url] = await waitForOutput(child, DEMO_URL_LINE, () => output);
    const page = await fetch(url!);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    const html = await page.text();
    expect(html).toContain('<meta property="article:published_time" content="2023-02-09');
    expect(html).toContain('<time datetime="2023-02-09">');
    expect(html).toContain('<em>Regional</em> care co-operatives');
    const stylesheet = await fetch(new URL('article.css', url));
    expect(stylesheet.status).toBe(200);
    expect(stylesheet.headers.get('content-type')).toContain('text/css');
  });

  it('stops cleanly on Ctrl-C and closes the server', async () => {
    const [, url] = await waitForOutput(child, DEMO_URL_LINE, () => output);
    const exited = new Promise<number | null>((resolveExit) => child.once('exit', (code) => resolveExit(code)));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(output).toContain('Stopped (SIGINT)');
    await expect(fetch(url!)).rejects.toThrow();
  });
});
