import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { SessionUser } from './auth/session.ts';
import { batchEnvelope, bodyProblems, hasTooManyNodes, MAX_BODY_NODES } from './body-guard.ts';
import type { Access, AppEnv, RouteEntry } from './context.ts';
import { ApiError, errorBody } from './errors.ts';

/** Largest body a route open to anyone (signing in) reads: an email and a password need far less. */
export const PUBLIC_BODY_LIMIT_BYTES = 16 * 1024;

const WRITES = new Set(['POST', 'PUT', 'PATCH']);

const tooLargeForPublic = () =>
  new ApiError(413, 'payload_too_large', `the body is over ${PUBLIC_BODY_LIMIT_BYTES / 1024} KiB`);

/** Whether a caller passes a route's access rule (the rule `guard` in route-kit enforces). */
function mayCall(access: Access, user: SessionUser | null): boolean {
  if (access === 'public') return true;
  if (!user) return false;
  return access === 'signed_in' || access.includes(user.role);
}

/** Match a Hono-style path such as `/api/sites/:id` against a request path. */
function pathPattern(path: string): RegExp {
  const escaped = path
    .split('/')
    .map((part) => (part.startsWith(':') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return new RegExp(`^${escaped}/?$`);
}

/**
 * Check a JSON body only once the request has a route and a caller the route accepts: an unknown
 * path answers 404 and an anonymous caller 401 without the body being read at all. A body the
 * route may take is refused with 413 when it holds more than `MAX_BODY_NODES` values, and with 422
 * (keyed by path) when it holds what PostgreSQL or recursive code cannot take (see `bodyProblems`).
 * Routes open to anyone read at most `PUBLIC_BODY_LIMIT_BYTES`.
 * @example app.use('/api/*', bodyGuard(routes.table)); // the table may be filled after this call
 */
export function bodyGuard(table: readonly RouteEntry[]): MiddlewareHandler<AppEnv> {
  let patterns: Array<{ method: string; pattern: RegExp; access: Access }> | undefined;
  const publicLimit = bodyLimit({
    maxSize: PUBLIC_BODY_LIMIT_BYTES,
    onError: (c) => {
      const error = tooLargeForPublic();
      return c.json(errorBody(error.code, error.message), 413);
    },
  });

  return async (c, next) => {
    const method = c.req.method;
    if (!WRITES.has(method) || !(c.req.header('content-type') ?? '').includes('application/json'))
      return next();
    // the route table is complete once the app is built, which is before its first request
    patterns ??= table.map((r) => ({ method: r.method, pattern: pathPattern(r.path), access: r.access }));
    const path = c.req.path;
    const routes = patterns.filter((r) => r.method === method && r.pattern.test(path));
    const user = c.get('user');
    const allowed = routes.filter((r) => mayCall(r.access, user));
    // no route, or not allowed: the router's 404 or the route's guard (401, 403) answers, unread
    if (allowed.length === 0) return next();
    const check = async () => {
      const body = await c.req.json().then(
        (value: unknown) => ({ value }),
        (error: unknown) => {
          if (error instanceof Error && error.name === 'BodyLimitError') throw tooLargeForPublic();
          return null;
        },
      );
      // not JSON: the route's validator answers 400
      if (!body) return next();
      if (hasTooManyNodes(body.value))
        throw new ApiError(
          413,
          'payload_too_large',
          `the body holds more than ${MAX_BODY_NODES.toLocaleString('en')} values; send fewer at a time`,
        );
      // a batch's items are checked one by one in its route, so one bad item cannot refuse the rest
      const errors = bodyProblems(batchEnvelope(path, body.value));
      const first = errors ? Object.keys(errors)[0] : undefined;
      if (errors) throw new ApiError(422, 'invalid', `${first}: ${errors[first ?? '']?.[0]}`, { errors });
      return next();
    };
    return allowed.every((r) => r.access === 'public') ? publicLimit(c, check) : check();
  };
}
