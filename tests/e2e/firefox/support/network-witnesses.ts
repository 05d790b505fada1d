/**
 * Two witnesses of every request Firefox makes during a test:
 *
 * - WebDriver BiDi's `network.beforeRequestSent`, which puppeteer subscribes to for the whole session: every request
 *   of every tab and frame, extension pages opened in tabs included, to any address (the fixture server too).
 * - A recording HTTP proxy that Firefox is told to use for everything but loopback: every request that would leave
 *   the machine, from any context — the extension's background page too, which BiDi does not list as a browsing
 *   context. It answers 502 and forwards nothing.
 */
import { createServer, type Server } from 'node:http';
import type { Browser } from 'puppeteer-core';

export interface ProxyWitness {
  /** `GET http://host/path` or `CONNECT host:443`, in order. */
  readonly requests: readonly string[];
  prefs: Record<string, string | number | boolean>;
  close(): Promise<void>;
}

export async function startRecordingProxy(): Promise<ProxyWitness> {
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    requests.push(`${request.method} ${request.url}`);
    response.writeHead(502).end();
  });
  server.on('connect', (request, socket) => {
    requests.push(`CONNECT ${request.url}`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((resolveListen) => server.listen(0, '127.0.0.1', resolveListen));
  const port = (server.address() as { port: number }).port;
  return {
    requests,
    prefs: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': port,
      'network.proxy.share_proxy_settings': false,
      'network.proxy.socks_remote_dns': false,
      // Loopback (the fixture server) stays direct, as it does by default.
      'network.proxy.allow_hijacking_localhost': false,
      'network.proxy.no_proxies_on': '',
    },
    close: () => new Promise((resolveClose) => server.close(() => resolveClose())),
  };
}

export interface BidiRequest {
  /** The BiDi browsing context the request belongs to. */
  context: string | null;
  url: string;
}

interface BidiEvents {
  connection: {
    on(
      event: 'network.beforeRequestSent',
      listener: (event: { context: string | null; request: { url: string } }) => void,
    ): void;
  };
}

/** Records every `network.beforeRequestSent` of the session from now on. */
export function watchBidiRequests(browser: Browser): BidiRequest[] {
  const seen: BidiRequest[] = [];
  (browser as unknown as BidiEvents).connection.on('network.beforeRequestSent', (event) =>
    seen.push({ context: event.context, url: event.request.url }),
  );
  return seen;
}
