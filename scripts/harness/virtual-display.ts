/**
 * A private X display (Debian's Xvfb) for a headful browser, and real key presses into it (xdotool, through the X
 * server's XTEST extension — the same path as a keyboard). Firefox's WebDriver BiDi synthesises key events inside
 * the page's content process, where the browser's own shortcuts (and so an extension's `commands`) never see them;
 * keys that come from the X server go through Firefox's parent process like a reader's.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';

export interface VirtualDisplay {
  /** Such as ":93". */
  display: string;
  /** Focuses the first visible window whose class matches `windowClass`, then presses `keys` ("alt+shift+period"). */
  pressKeys(windowClass: string, keys: string): void;
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 10_000;

export async function startVirtualDisplay(size = '1280x1024x24'): Promise<VirtualDisplay> {
  // -displayfd: Xvfb picks a free display number itself and writes it to fd 3 once it accepts clients.
  const server: ChildProcess = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', size, '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  server.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr = (stderr + chunk).slice(-2000)));
  const display = await new Promise<string>((resolveDisplay, reject) => {
    let written = '';
    const timer = setTimeout(
      () => reject(new Error(`Xvfb did not start within ${START_TIMEOUT_MS} ms: ${stderr}`)),
      START_TIMEOUT_MS,
    );
    const fd3 = server.stdio[3] as NodeJS.ReadableStream;
    fd3.setEncoding('utf8');
    fd3.on('data', (chunk: string) => {
      written += chunk;
      if (!written.includes('\n')) return;
      clearTimeout(timer);
      resolveDisplay(`:${written.trim()}`);
    });
    server.once('error', (error) => (clearTimeout(timer), reject(error)));
    server.once('exit', (code) => (clearTimeout(timer), reject(new Error(`Xvfb exited (${code}): ${stderr}`))));
  });
  const env = { ...process.env, DISPLAY: display };
  const exited = new Promise<void>((resolveExit) => server.once('exit', () => resolveExit()));
  return {
    display,
    pressKeys(windowClass: string, keys: string) {
      const windows = execFileSync('xdotool', ['search', '--sync', '--onlyvisible', '--class', windowClass], {
        env,
        encoding: 'utf8',
        timeout: 10_000,
      });
      const window = windows.trim().split('\n')[0]!;
      // No window manager runs here: windowfocus sets the X input focus directly (windowactivate would need one).
      execFileSync('xdotool', ['windowfocus', '--sync', window], { env, timeout: 10_000 });
      execFileSync('xdotool', ['key', '--clearmodifiers', keys], { env, timeout: 10_000 });
    },
    async stop() {
      if (server.exitCode === null && server.signalCode === null) server.kill('SIGTERM');
      await exited;
    },
  };
}
