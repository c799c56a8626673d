import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A small load balancer for tests: requests spread round-robin over the upstreams. */
export interface RoundRobinProxy {
  readonly url: string;
  /** Requests each upstream answered (by index). */
  readonly served: number[];
  /** Requests that failed because the upstream they were sent to was gone (answered 502). */
  readonly failed: () => number;
  close(): Promise<void>;
}

/**
 * Start a round-robin HTTP proxy on 127.0.0.1 in front of `upstreams` (base URLs). An upstream
 * that refuses connections is skipped afterwards; a request in flight to one that dies is answered
 * 502, as nginx does, so the client never takes it for an acknowledgement.
 */
export async function startProxy(upstreams: readonly string[]): Promise<RoundRobinProxy> {
  const targets = upstreams.map((u) => new URL(u));
  const alive = targets.map(() => true);
  const served = targets.map(() => 0);
  let next = 0;
  let failed = 0;
  const pick = (): number => {
    for (let tried = 0; tried < targets.length; tried += 1) {
      const index = next % targets.length;
      next += 1;
      if (alive[index]) return index;
    }
    return -1;
  };
  const server: Server = createServer((req, res) => {
    const index = pick();
    const target = targets[index];
    if (!target) {
      res.writeHead(503).end('no upstream');
      return;
    }
    const upstream = request(
      {
        host: target.hostname,
        port: target.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: target.host },
      },
      (answer) => {
        served[index] = (served[index] ?? 0) + 1;
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
        answer.on('error', () => res.destroy());
      },
    );
    upstream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ECONNREFUSED') alive[index] = false;
      failed += 1;
      if (res.headersSent) res.destroy();
      else res.writeHead(502).end('upstream failed');
    });
    req.pipe(upstream);
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    served,
    failed: () => failed,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
