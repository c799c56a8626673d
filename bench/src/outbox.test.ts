import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { outboxLoad } from './outbox.ts';

/**
 * A batch endpoint that stores ids idempotently (201 new, 200 already held) and misbehaves as told:
 * `slow` requests are stored at once but answered only after `slowMs`, `failing` get a 503.
 */
function fakeServer(plan: { slow?: Set<number>; failing?: Set<number>; slowMs?: number }) {
  const stored = new Set<string>();
  let requests = 0;
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (d) => {
      body += d;
    });
    req.on('end', () => {
      requests += 1;
      if (plan.failing?.has(requests)) {
        res.writeHead(503).end('{"error":"busy"}');
        return;
      }
      const items = (JSON.parse(body) as { submissions: Array<{ id: string }> }).submissions;
      const results = items.map(({ id }) => {
        const status = stored.has(id) ? 200 : 201;
        stored.add(id);
        return { id, status };
      });
      const answer = () =>
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ results }));
      if (plan.slow?.has(requests)) setTimeout(answer, plan.slowMs ?? 1000);
      else answer();
    });
  });
  return { server, stored };
}

let open: Server | undefined;
afterEach(async () => {
  await new Promise((resolve) => open?.close(resolve) ?? resolve(undefined));
  open?.closeAllConnections();
  open = undefined;
});

async function listen(server: Server): Promise<string> {
  open = server;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const body = () =>
  `{"submissions":[${Array.from({ length: 3 }, () => `{"id":"${randomUUID()}"}`).join(',')}]}`;

describe('outboxLoad', () => {
  it('should resend a timed-out request with the same ids and count each id acknowledged once', async () => {
    // the third request (the first timed one) is stored but answered after the client gave up
    const { server, stored } = fakeServer({ slow: new Set([3]), slowMs: 3000 });
    const url = await listen(server);
    const result = await outboxLoad({ url, connections: 1, seconds: 0.3, timeoutMs: 1000, body });
    expect(result.timeouts).toBe(1);
    expect(result.resent).toBe(1);
    expect(result.acknowledged.size + result.warmUpAcknowledged.size).toBe(stored.size);
    expect(result.refused).toBe(0);
    expect(result.latencyMs.max).toBeGreaterThanOrEqual(1000);
  });

  it('should resend after a 5xx and fail when a batch is never answered', async () => {
    const { server, stored } = fakeServer({ failing: new Set([3, 4]) });
    const url = await listen(server);
    const result = await outboxLoad({ url, connections: 2, seconds: 0.2, timeoutMs: 1000, body });
    expect(result.resent).toBe(2);
    expect(result.timeouts).toBe(0);
    expect(result.acknowledged.size + result.warmUpAcknowledged.size).toBe(stored.size);

    const never = fakeServer({ failing: new Set(Array.from({ length: 10 }, (_, i) => i + 1)) });
    open?.close();
    const other = await listen(never.server);
    await expect(
      outboxLoad({ url: other, connections: 1, seconds: 0.1, timeoutMs: 1000, body, maxAttempts: 3 }),
    ).rejects.toThrow(/not acknowledged after 3 attempts/);
  });
});
