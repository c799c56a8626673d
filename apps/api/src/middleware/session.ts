import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { readSession, SESSION_COOKIE, sessionAlive, sessionIdOf } from '../auth/session.ts';
import type { AppEnv, Deps } from '../context.ts';

/**
 * The writes that check the caller's session themselves, in the statement that stores the
 * submissions (see `NewSubmission.sessionId`): a cached session is not looked up again first.
 */
const CHECKED_BY_THE_WRITE = new Set(['/api/submissions', '/api/submissions/batch']);

/**
 * The caller from the session cookie. Where other processes may end sessions (a shared cache), a
 * cached session is looked up again on every request, except on the submission writes: there the
 * statement that stores the submissions checks it (one round trip instead of two), and a request
 * that stores nothing asks {@link confirmSession} before it answers.
 */
async function caller(c: Context<AppEnv>, deps: Deps, token: string) {
  const cache = deps.sessions;
  if (cache.shared && c.req.method === 'POST' && CHECKED_BY_THE_WRITE.has(c.req.path)) {
    const cached = cache.get(sessionIdOf(token));
    if (cached && cached.expiresAt > Date.now()) {
      c.set('sessionUnchecked', true);
      return cached.user;
    }
  }
  return readSession(deps.db, token, deps.config.sessionHours, cache);
}

/**
 * Whether the caller's session still holds, for a submission request that answers without
 * writing (every item refused): the write would have checked it, so this answer checks it instead.
 */
export async function confirmSession(c: Context<AppEnv>): Promise<boolean> {
  const user = c.get('user');
  if (!user || !c.get('sessionUnchecked')) return user !== null;
  if (await sessionAlive(c.get('deps').db, user.sessionId)) return true;
  c.get('deps').sessions.delete(user.sessionId);
  return false;
}

/**
 * Mark an answer never to be stored unless it says otherwise. Set on the answer's own headers:
 * `c.header` after the handler has answered copies the answer into a new one whose body is a web
 * stream, which node-server must then read back chunk by chunk: with the database writes stubbed
 * out, a single submission took 810 µs of the API's CPU that way and 454 µs without (loaded
 * machine). An answer whose headers cannot change (none kolo makes) goes through `c.header`.
 */
function noStore(c: Context<AppEnv>): void {
  const headers = c.res.headers;
  if (headers.has('Cache-Control')) return;
  try {
    headers.set('Cache-Control', 'no-store');
  } catch {
    c.header('Cache-Control', 'no-store');
  }
}

/**
 * Put the app's dependencies and the caller (from the session cookie, or null) on every API
 * request, and mark every answer a route did not allow caching as never to be stored.
 */
export function sessionMiddleware(deps: Deps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('deps', deps);
    const token = getCookie(c, SESSION_COOKIE);
    c.set('user', token ? await caller(c, deps, token) : null);
    await next();
    // a route may allow caching with revalidation (ETag); every other API answer is never stored
    noStore(c);
  };
}
