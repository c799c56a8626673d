import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { getMimeType } from 'hono/utils/mime';

/** The encodings a built file may be sent in, best first, with the suffix of its precompressed copy. */
export const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

export type Encoding = (typeof ENCODINGS)[number]['name'];

/** One representation of a file: its bytes and a strong validator of exactly these bytes. */
export interface Representation {
  readonly body: Uint8Array;
  readonly etag: string;
}

/** A file of the dashboard build, held in memory with its compressed copies. */
export interface StaticFile {
  readonly type: string;
  readonly cacheControl: string;
  /** True for text types: the answer depends on Accept-Encoding even when no copy fits. */
  readonly compressible: boolean;
  readonly identity: Representation;
  readonly encoded: Partial<Record<Encoding, Representation>>;
}

/** Vite's content-hashed output (and Workbox's runtime) never changes under its name. */
const HASHED = /^\/(?:assets\/.+|workbox-[0-9a-f]{8,}\.js)$/;
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html, sw.js, the manifest: always asked again, so a new release is seen at once. */
const REVALIDATE = 'no-cache';
const TEXT = /^(?:text\/|application\/(?:javascript|json|manifest\+json|xml)|image\/svg\+xml)/;
/** Below this a compressed copy saves less than the header costs. */
const MIN_COMPRESS_BYTES = 512;

const etagOf = (bytes: Uint8Array, tag: string) =>
  `"${createHash('sha256').update(bytes).digest('base64url').slice(0, 27)}${tag}"`;

function typeOf(path: string): string {
  if (path.endsWith('.webmanifest')) return 'application/manifest+json';
  return getMimeType(path) ?? 'application/octet-stream';
}

/** A fallback copy when the build left none (a build made without the dashboard's Vite config). */
function compressNow(encoding: Encoding, bytes: Uint8Array): Uint8Array {
  return encoding === 'br'
    ? brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } })
    : gzipSync(bytes, { level: 9 });
}

function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (entry.isFile()) yield full;
  }
}

/**
 * Read every file of the build into memory, keyed by URL path, with its brotli and gzip copies:
 * the precompressed `.br` / `.gz` files the build wrote, else compressed once here. Copies that are
 * not smaller than the file are dropped.
 */
export function loadStaticFiles(dir: string): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>();
  for (const full of walk(dir)) {
    if (ENCODINGS.some((e) => full.endsWith(e.suffix))) continue;
    const path = `/${relative(dir, full).split(sep).join('/')}`;
    const type = typeOf(path);
    const bytes = readFileSync(full);
    const compressible = TEXT.test(type);
    const encoded: Partial<Record<Encoding, Representation>> = {};
    if (compressible && bytes.length >= MIN_COMPRESS_BYTES) {
      for (const { name, suffix } of ENCODINGS) {
        const copy = existsSync(full + suffix) ? readFileSync(full + suffix) : compressNow(name, bytes);
        if (copy.length < bytes.length) encoded[name] = { body: copy, etag: etagOf(bytes, `-${name}`) };
      }
    }
    files.set(path, {
      type,
      cacheControl: HASHED.test(path) ? IMMUTABLE : REVALIDATE,
      compressible,
      identity: { body: bytes, etag: etagOf(bytes, '') },
      encoded,
    });
  }
  return files;
}

/**
 * The best encoding the client accepts that a copy exists for: `br` before `gzip`, honouring `q=0`
 * and `*`; undefined means the file as it is.
 */
export function chooseEncoding(
  acceptEncoding: string | undefined,
  available: Partial<Record<Encoding, unknown>>,
): Encoding | undefined {
  if (!acceptEncoding) return undefined;
  const weights = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [token = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const weight = q ? Number(q.slice(2)) : 1;
    weights.set(token.trim(), Number.isFinite(weight) ? weight : 0);
  }
  const wildcard = weights.get('*') ?? 0;
  for (const { name } of ENCODINGS) {
    if (available[name] && (weights.get(name) ?? wildcard) > 0) return name;
  }
  return undefined;
}
