/**
 * A static file server on 127.0.0.1 (no network beyond loopback) for the fixture pages, the demo article and the
 * benchmark's generated pages: sirv serves each mounted folder; paths outside every mount are 404.
 */
import { createServer } from 'node:http';
import sirv from 'sirv';

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves `mounts` ({ '/fixtures': 'tests/fixtures/pages' }) on `port`, or on a free port when it is 0. */
export async function startStaticServer(mounts: Record<string, string>, port = 0): Promise<StaticServer> {
  // dev: files are read afresh on every request (the benchmark writes pages while the server runs), never cached.
  const handlers = Object.entries(mounts)
    .sort(([a], [b]) => b.length - a.length)
    .map(([prefix, dir]) => ({ prefix, serve: sirv(dir, { dev: true, dotfiles: false }) }));
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const mount = handlers.find(({ prefix }) => path === prefix || path.startsWith(`${prefix}/`));
    const notFound = (): void => {
      response.writeHead(404).end('not found');
    };
    if (!mount) return notFound();
    request.url = request.url!.slice(mount.prefix.length) || '/';
    mount.serve(request, response, notFound);
  });
  await new Promise<void>((resolveListen) => server.listen(port, '127.0.0.1', resolveListen));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('static server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolveClose) => server.close(() => resolveClose())),
  };
}
