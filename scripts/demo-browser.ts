/**
 * Opens the demo article in Chromium with the extension loaded, for `npm start`: either a normal window (the
 * browser is the user's to drive) or headless under playwright-core, which also proves the extension loaded.
 * Both keep their profile in `profileDir`, so notes written in one run are there in the next.
 */
import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';
import { chromiumArgs } from './harness/chromium';

export interface DemoBrowser {
  /** Settles when the browser has gone: closed (by the user or `close`) or failed (it could not run). */
  exited: Promise<'closed' | 'failed'>;
  close(): Promise<void>;
}

export interface DemoBrowserOptions {
  browserPath: string;
  extensionDir: string;
  profileDir: string;
  url: string;
}

/** A headless browser; resolves once the extension's service worker runs and the article has loaded. */
export async function openHeadless(options: DemoBrowserOptions): Promise<DemoBrowser & { extensionId: string }> {
  let context;
  try {
    context = await chromium.launchPersistentContext(options.profileDir, {
      executablePath: options.browserPath,
      headless: true,
      args: chromiumArgs(options.extensionDir),
      viewport: { width: 1280, height: 900 },
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
  } catch (error) {
    throw new Error(
      `Chromium did not start with the profile ${options.profileDir}. If another "npm start" is using it, stop ` +
        `that one or pass --profile <dir>.\n${(error as Error).message}`,
    );
  }
  const worker =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: 15_000 }).catch(() => undefined));
  if (!worker) {
    await context.close();
    throw new Error(
      `${options.browserPath} started but did not load the extension from ${options.extensionDir}. ` +
        'Google Chrome 137 and later ignore --load-extension: use Chromium (set CHROMIUM_PATH).',
    );
  }
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(options.url);
  const exited = new Promise<'closed'>((resolveExit) => context.once('close', () => resolveExit('closed')));
  return { extensionId: new URL(worker.url()).host, exited, close: () => context.close() };
}

/** A normal browser window the user drives; closing the window ends `exited`. */
export function openWindow(options: DemoBrowserOptions): DemoBrowser {
  const child = spawn(
    options.browserPath,
    [
      ...chromiumArgs(options.extensionDir),
      // Lets Google Chrome 137–138 still honour --load-extension; Chromium ignores the unknown feature name.
      '--disable-features=DisableLoadExtensionCommandLineSwitch',
      `--user-data-dir=${options.profileDir}`,
      '--new-window',
      options.url,
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderrTail = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    stderrTail = (stderrTail + chunk).slice(-4000);
  });
  const exited = new Promise<'closed' | 'failed'>((resolveExit) => {
    child.once('error', (error) => {
      console.error(`Could not start ${options.browserPath}: ${error.message}`);
      resolveExit('failed');
    });
    child.once('exit', (code) => {
      if (!code) return resolveExit('closed');
      console.error(`Chromium exited with code ${code}:\n${stderrTail}`);
      resolveExit('failed');
    });
  });
  return {
    exited,
    async close() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
