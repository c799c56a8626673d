import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDashboard } from './static.ts';
import { createTestApp, type TestApp } from './testing/test-app.ts';

const SCRIPT = `export const questions = [${Array.from({ length: 400 }, (_, i) => `"question ${i}"`).join(',')}];\n`;
const INDEX = `<!doctype html><html><head><script type="module" src="/assets/index-abc123.js"></script></head><body>${'<p>kolo</p>'.repeat(100)}</body></html>`;

/** A dashboard build: hashed script with the copies the build precompresses, index.html, the service worker. */
function fakeBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kolo-static-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), INDEX);
  writeFileSync(
    join(dir, 'sw.js'),
    `self.addEventListener('fetch', () => {});\n${'// padding\n'.repeat(80)}`,
  );
  writeFileSync(join(dir, 'assets/index-abc123.js'), SCRIPT);
  writeFileSync(join(dir, 'assets/index-abc123.js.br'), brotliCompressSync(SCRIPT));
  writeFileSync(join(dir, 'assets/index-abc123.js.gz'), gzipSync(SCRIPT));
  writeFileSync(join(dir, 'icon.png'), Buffer.alloc(2048, 7));
  return dir;
}

describe('the built dashboard, compressed and cached', () => {
  let t: TestApp;
  let dir: string;
  const get = (path: string, headers: Record<string, string> = {}) => t.app.request(path, { headers });

  beforeAll(async () => {
    t = await createTestApp();
    dir = fakeBuild();
    serveDashboard(t.app, dir);
  });
  afterAll(async () => {
    await t?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('should send brotli to a client that accepts it, decoding to the same bytes', async () => {
    const res = await get('/assets/index-abc123.js', { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(res.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(res.headers.get('vary')).toMatch(/accept-encoding/i);
    const body = Buffer.from(await res.arrayBuffer());
    expect(Number(res.headers.get('content-length'))).toBe(body.length);
    expect(body.length).toBeLessThan(SCRIPT.length / 4);
    expect(brotliDecompressSync(body).toString()).toBe(SCRIPT);
  });

  it('should send gzip to a client that accepts gzip only, decoding to the same bytes', async () => {
    const res = await get('/assets/index-abc123.js', { 'accept-encoding': 'gzip' });
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await res.arrayBuffer())).toString()).toBe(SCRIPT);
  });

  it('should send the file as it is without Accept-Encoding, or when br and gzip are refused', async () => {
    const refusals: Record<string, string>[] = [{}, { 'accept-encoding': 'br;q=0, gzip;q=0, identity' }];
    for (const headers of refusals) {
      const res = await get('/assets/index-abc123.js', headers);
      expect(res.headers.get('content-encoding')).toBeNull();
      expect(res.headers.get('vary')).toMatch(/accept-encoding/i);
      expect(await res.text()).toBe(SCRIPT);
    }
  });

  it('should compress index.html and the service worker even when the build left no copies', async () => {
    for (const path of ['/', '/index.html', '/sw.js', '/collect/service-satisfaction']) {
      const res = await get(path, { 'accept-encoding': 'br' });
      expect(res.headers.get('content-encoding'), path).toBe('br');
      const text = brotliDecompressSync(Buffer.from(await res.arrayBuffer())).toString();
      expect(text, path).toEqual(path === '/sw.js' ? expect.stringContaining('fetch') : INDEX);
    }
  });

  it('should cache hashed assets for a year and make index.html and the service worker revalidate', async () => {
    const asset = await get('/assets/index-abc123.js');
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    for (const path of ['/', '/sw.js', '/collect']) {
      expect((await get(path)).headers.get('cache-control'), path).toBe('no-cache');
    }
  });

  it('should answer 304 to a matching If-None-Match, per encoding', async () => {
    const first = await get('/index.html', { 'accept-encoding': 'br' });
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^"[^"]+"$/);
    const again = await get('/index.html', { 'accept-encoding': 'br', 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    expect(await again.text()).toBe('');
    const plain = await get('/index.html', { 'if-none-match': etag });
    expect(plain.status).toBe(200);
    expect(plain.headers.get('etag')).not.toBe(etag);
  });

  it('should keep the security headers on compressed files', async () => {
    const res = await get('/assets/index-abc123.js', { 'accept-encoding': 'br' });
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
  });

  it('should not compress images, and answer 404 for a missing script rather than the app', async () => {
    const image = await get('/icon.png', { 'accept-encoding': 'br, gzip' });
    expect(image.headers.get('content-type')).toBe('image/png');
    expect(image.headers.get('content-encoding')).toBeNull();
    expect((await get('/assets/index-old999.js')).status).toBe(404);
    expect((await get('/api/nothing-here')).status).toBe(404);
  });
});
