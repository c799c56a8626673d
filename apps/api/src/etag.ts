import { createHash } from 'node:crypto';

/** True when an If-None-Match header names `etag` or `*`; weak tags (W/, as gzip makes them) compare by value. */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const value = etag.replace(/^W\//, '');
  return ifNoneMatch
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === '*' || tag === value);
}

/** A strong ETag for the parts given, in order: a quoted, URL-safe SHA-256 prefix. */
export function etagOf(...parts: readonly (string | number)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(`${String(part).length}:${part};`);
  return `"${hash.digest('base64url').slice(0, 27)}"`;
}
