import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Context, Hono } from 'hono';
import type { AppEnv } from './context.ts';
import { etagMatches } from './etag.ts';
import { chooseEncoding, loadStaticFiles, type StaticFile } from './static-files.ts';

/** The built dashboard: `KOLO_DASHBOARD_DIR`, else apps/dashboard/dist. */
export function dashboardDir(configured: string | undefined): string | undefined {
  const dir = configured ?? fileURLToPath(new URL('../../dashboard/dist', import.meta.url));
  return existsSync(join(dir, 'index.html')) ? dir : undefined;
}

/** Answer with one file: its best encoding for this client, validators and caching rules. */
function send(c: Context<AppEnv>, file: StaticFile): Response {
  const encoding = file.compressible
    ? chooseEncoding(c.req.header('accept-encoding'), file.encoded)
    : undefined;
  const chosen = (encoding && file.encoded[encoding]) || file.identity;
  c.header('Content-Type', file.type);
  c.header('Cache-Control', file.cacheControl);
  c.header('ETag', chosen.etag);
  if (file.compressible) c.header('Vary', 'Accept-Encoding');
  if (etagMatches(c.req.header('if-none-match'), chosen.etag)) return c.body(null, 304);
  if (encoding) c.header('Content-Encoding', encoding);
  c.header('Content-Length', String(chosen.body.byteLength));
  return c.body(chosen.body as Uint8Array<ArrayBuffer>, 200);
}

/**
 * Serve the built dashboard at `/` from memory: brotli or gzip by Accept-Encoding (precompressed by
 * the build), a year's immutable caching for content-hashed files, revalidation (ETag, 304) for
 * index.html and the service worker, and index.html for the app's client-side routes. A missing
 * file under /assets/ is a 404, never the app's HTML in place of a script.
 */
export function serveDashboard(app: Hono<AppEnv>, dir: string): void {
  const files = loadStaticFiles(dir);
  const index = files.get('/index.html');
  if (!index) throw new Error(`no index.html in ${dir}: build the dashboard first`);
  app.get('*', (c) => {
    const path = c.req.path;
    if (path.startsWith('/api/')) return c.notFound();
    const file = files.get(path === '/' ? '/index.html' : path);
    if (file) return send(c, file);
    if (path.startsWith('/assets/') || /\.[a-z0-9]+$/i.test(path)) return c.notFound();
    return send(c, index);
  });
}
