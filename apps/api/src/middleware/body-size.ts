import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppEnv } from '../context.ts';
import { errorBody } from '../errors.ts';

/**
 * Refuse a request body over `maxBytes` with 413. A body with a Content-Length (every client kolo
 * has) is judged by that header alone: Node's HTTP parser reads exactly that many bytes, and a
 * request with both Content-Length and Transfer-Encoding is refused before it gets here. Hono's
 * `bodyLimit` opens `c.req.raw.body` even then, which turns node-server's lightweight request into
 * a full `Request` with a web stream body: that cost about a tenth of the API's time per single
 * submission. A chunked body (no Content-Length) is counted as it is read, by `bodyLimit`.
 */
export function bodySize(maxBytes: number): MiddlewareHandler<AppEnv> {
  const tooLarge = () =>
    errorBody('payload_too_large', `the body is over ${Math.round(maxBytes / 1024)} KiB`);
  const streamed = bodyLimit({ maxSize: maxBytes, onError: (c) => c.json(tooLarge(), 413) });
  return async (c, next) => {
    const method = c.req.method;
    if (method === 'GET' || method === 'HEAD') return next();
    const length = c.req.header('content-length');
    if (length !== undefined && c.req.header('transfer-encoding') === undefined) {
      if (!/^\d+$/.test(length))
        return c.json(errorBody('invalid', 'Content-Length must be a number of bytes'), 400);
      return Number(length) > maxBytes ? c.json(tooLarge(), 413) : next();
    }
    return streamed(c, next);
  };
}
