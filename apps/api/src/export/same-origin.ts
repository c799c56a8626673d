import type { Context } from 'hono';

/**
 * Why a request may have been started by another site, or null when nothing says so: the
 * browser's `Sec-Fetch-Site` naming another site, or an `Origin` other than this server's. A
 * request without either (an older browser, a script) passes here and needs another proof, such
 * as an export confirmation.
 */
export function crossSiteProblem(c: Context): string | null {
  const site = c.req.header('sec-fetch-site');
  if (site === 'cross-site' || site === 'same-site')
    return 'this request came from another site; open it from the kolo dashboard';
  const origin = c.req.header('origin');
  if (origin !== undefined && origin !== new URL(c.req.url).origin)
    return `this request came from ${origin.slice(0, 100)}, not from this server; open it from the kolo dashboard`;
  return null;
}
