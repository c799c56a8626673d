import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from '@kolo/api/app';
import { readConfig } from '@kolo/api/config';
import { seedDemo } from '@kolo/api/demo';
import { serveDashboard } from '@kolo/api/static';
import { openDatabase } from '@kolo/db';

/** The demo accounts' password in the throttled runs. */
export const THROTTLED_PASSWORD = 'bench-throttled-1';

/** The real kolo server (API and the built dashboard) on an in-memory PGlite with the demo data. */
export interface DashboardServer {
  readonly url: string;
  stop(): Promise<void>;
}

/**
 * Serve `dist` and the API in this process. `identity` strips Accept-Encoding from every request,
 * so the same server answers as one without compression would: the baseline.
 */
export async function startDashboardServer(dist: string, identity: boolean): Promise<DashboardServer> {
  const database = await openDatabase({ dataDir: 'memory://' });
  await database.migrate();
  await seedDemo(database.db, { password: THROTTLED_PASSWORD, volume: 0.02 });
  const config = readConfig({ KOLO_LOG_LEVEL: 'error' });
  const { app } = createApp({ database, config });
  serveDashboard(app, dist);
  const fetch = (request: Request) => {
    if (!identity) return app.fetch(request);
    const headers = new Headers(request.headers);
    headers.delete('accept-encoding');
    return app.fetch(new Request(request, { headers }));
  };
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async stop() {
      await new Promise((resolve) => server.close(resolve));
      await database.close();
    },
  };
}
