import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { readSession, SESSION_COOKIE } from '../auth/session.ts';
import type { AppEnv, Deps } from '../context.ts';

/**
 * Put the app's dependencies and the caller (from the session cookie, or null) on every API
 * request, and mark every answer a route did not allow caching as never to be stored.
 */
export function sessionMiddleware(deps: Deps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('deps', deps);
    const token = getCookie(c, SESSION_COOKIE);
    c.set('user', token ? await readSession(deps.db, token, deps.config.sessionHours, deps.sessions) : null);
    await next();
    // a route may allow caching with revalidation (ETag); every other API answer is never stored
    if (!c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'no-store');
  };
}
