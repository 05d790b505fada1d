/** Chooses a loopback port for the demo server: the preferred one when it is free, otherwise any free one. */
import { createServer } from 'node:net';

function tryListen(port: number): Promise<number | undefined> {
  return new Promise((resolvePort) => {
    const probe = createServer();
    probe.once('error', () => resolvePort(undefined));
    probe.listen(port, '127.0.0.1', () => {
      const address = probe.address();
      const bound = address && typeof address === 'object' ? address.port : undefined;
      probe.close(() => resolvePort(bound));
    });
  });
}

export async function pickPort(preferred: number): Promise<number> {
  const port = (await tryListen(preferred)) ?? (await tryListen(0));
  if (port === undefined) throw new Error('No free port on 127.0.0.1 for the demo server.');
  return port;
}
