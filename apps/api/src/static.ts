import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import type { AppEnv } from './context.ts';

/** The built dashboard: `KOLO_DASHBOARD_DIR`, else apps/dashboard/dist. */
export function dashboardDir(configured: string | undefined): string | undefined {
  const dir = configured ?? fileURLToPath(new URL('../../dashboard/dist', import.meta.url));
  return existsSync(join(dir, 'index.html')) ? dir : undefined;
}

/** Serve the built dashboard at `/`, with its client-side routes falling back to index.html. */
export function serveDashboard(app: Hono<AppEnv>, dir: string): void {
  const root = relative(process.cwd(), dir) || '.';
  const index = readFileSync(join(dir, 'index.html'), 'utf8');
  app.use('/*', serveStatic({ root }));
  app.get('*', (c) => {
    if (c.req.path.startsWith('/api/')) return c.notFound();
    return c.html(index);
  });
}
