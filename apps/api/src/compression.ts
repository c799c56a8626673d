import type { MiddlewareHandler } from 'hono';
import { compress } from 'hono/compress';

/** JSON answers below this go out as they are: gzip's header and a round of work save nothing. */
export const COMPRESS_MIN_BYTES = 1024;
const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\b/i;
/** Answers that may hold a secret next to text an attacker chose: never compressed (BREACH). */
const NEVER = /^\/api\/(?:auth|public)\//;

/**
 * gzip for the API's JSON reads (Hono's compress, a CompressionStream, which Node 20 has). Only
 * answers to GET, only JSON of at least {@link COMPRESS_MIN_BYTES}: the CSV and XLSX exports stream
 * as they are (compressing would hold rows back in the deflate buffer) and responses to POST, PUT,
 * PATCH and DELETE, which can carry a one-time secret (a new share link's token) beside input the
 * caller sent, are never compressed, nor is anything under /api/auth/ or /api/public/ (BREACH: a
 * secret and attacker-reflected text in one compressed body leaks the secret through its length).
 */
export function apiCompression(): MiddlewareHandler {
  const gzip = compress({ encoding: 'gzip', threshold: COMPRESS_MIN_BYTES, contentTypeFilter: JSON_TYPE });
  return async (c, next) => {
    if (c.req.method !== 'GET' || NEVER.test(c.req.path)) return next();
    return gzip(c, async () => {
      await next();
      // c.json sets no Content-Length: measure the body (already in memory) so the threshold applies
      const res = c.res;
      if (
        res.body &&
        !res.headers.has('Content-Length') &&
        JSON_TYPE.test(res.headers.get('Content-Type') ?? '')
      ) {
        const bytes = await res.arrayBuffer();
        c.res = new Response(bytes, res);
        c.res.headers.set('Content-Length', String(bytes.byteLength));
      }
    });
  };
}
