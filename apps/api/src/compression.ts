import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { MiddlewareHandler } from 'hono';
import { chooseEncoding } from './static-files.ts';

/** JSON answers below this go out as they are: a compressed copy's header and a round of work save nothing. */
export const COMPRESS_MIN_BYTES = 1024;
/**
 * Brotli's quality for an answer compressed while the caller waits: at 5 it takes about as long as
 * gzip at 6 (7 ms for Collect's 270 KB of survey definitions) and sends a fifth fewer bytes (60
 * KB instead of 75), which is about 0.3 s on a 400 kbps phone network.
 */
export const BROTLI_QUALITY = 5;
const GZIP_LEVEL = 6;
const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\b/i;
/** Answers that may hold a secret next to text an attacker chose: never compressed (BREACH). */
const NEVER = /^\/api\/(?:auth|public)\//;
/** Both encodings are always available: the answer is compressed on the way out. */
const ANY = { br: true, gzip: true } as const;

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** `bytes` in `encoding`, compressed on libuv's thread pool, so the event loop keeps serving meanwhile. */
function compress(encoding: 'br' | 'gzip', bytes: Uint8Array): Promise<Buffer> {
  if (encoding === 'gzip') return gzipped(bytes, { level: GZIP_LEVEL });
  return brotli(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength,
    },
  });
}

/**
 * brotli or gzip for the API's JSON reads, by the client's Accept-Encoding (brotli first, `q=0`
 * honoured, `Vary: Accept-Encoding` always). Only answers to GET, only JSON of at least
 * {@link COMPRESS_MIN_BYTES}: the CSV and XLSX exports stream as they are (compressing would hold
 * rows back in the compressor's buffer) and responses to POST, PUT, PATCH and DELETE, which can
 * carry a one-time secret (a new share link's token) beside input the caller sent, are never
 * compressed, nor is anything under /api/auth/ or /api/public/ (BREACH: a secret and
 * attacker-reflected text in one compressed body leaks the secret through its length). A
 * compressed answer's ETag becomes weak (W/), as it names the JSON, not these bytes.
 */
export function apiCompression(): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method !== 'GET' || NEVER.test(c.req.path)) return next();
    await next();
    const res = c.res;
    if (!res.body || res.headers.has('Content-Encoding')) return;
    if (/no-transform/i.test(res.headers.get('Cache-Control') ?? '')) return;
    if (!JSON_TYPE.test(res.headers.get('Content-Type') ?? '')) return;
    // c.json sets no Content-Length: the body is already in memory, so measure it for the threshold
    const bytes = new Uint8Array(await res.arrayBuffer());
    const encoding =
      bytes.byteLength >= COMPRESS_MIN_BYTES
        ? chooseEncoding(c.req.header('accept-encoding'), ANY)
        : undefined;
    const body = encoding ? await compress(encoding, bytes) : bytes;
    c.res = new Response(body as Uint8Array<ArrayBuffer>, res);
    c.res.headers.set('Content-Length', String(body.byteLength));
    if (bytes.byteLength < COMPRESS_MIN_BYTES) return;
    c.res.headers.append('Vary', 'Accept-Encoding');
    if (!encoding) return;
    c.res.headers.set('Content-Encoding', encoding);
    const etag = c.res.headers.get('ETag');
    if (etag && !etag.startsWith('W/')) c.res.headers.set('ETag', `W/${etag}`);
  };
}
