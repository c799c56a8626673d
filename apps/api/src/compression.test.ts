import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCompression } from './compression.ts';
import { createTestApp, type TestApp, validAnswers } from './testing/test-app.ts';

/** A raw GET over node:http, so the body arrives as the server encoded it (fetch would decode it). */
function rawGet(url: string, headers: Record<string, string>) {
  return new Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }>(
    (resolve, reject) => {
      const req = httpRequest(url, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      });
      req.on('error', reject);
      req.end();
    },
  );
}

describe('compressed API answers', () => {
  let t: TestApp;
  let staff: string;
  const definition = '/api/surveys/service-satisfaction';

  beforeAll(async () => {
    t = await createTestApp();
    staff = await t.login(t.orgs[0].emails.staff);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('should gzip a large JSON read for a client that accepts only gzip, decoding to the same JSON', async () => {
    const plain = await t.request(definition, { cookie: staff });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plain.headers.get('vary')).toMatch(/accept-encoding/i);
    const text = await plain.text();
    expect(text.length).toBeGreaterThan(1024);
    const res = await t.request(definition, { cookie: staff, headers: { 'accept-encoding': 'gzip' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(res.headers.get('vary')).toMatch(/accept-encoding/i);
    const body = Buffer.from(await res.arrayBuffer());
    expect(body.length).toBeLessThan(text.length / 2);
    expect(gunzipSync(body).toString()).toBe(text);
  });

  it('should send brotli to a browser that accepts it: the same JSON in fewer bytes than gzip', async () => {
    const text = await (await t.request(definition, { cookie: staff })).text();
    const gzip = await t.request(definition, { cookie: staff, headers: { 'accept-encoding': 'gzip' } });
    const res = await t.request(definition, {
      cookie: staff,
      headers: { 'accept-encoding': 'gzip, deflate, br, zstd' },
    });
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(res.headers.get('vary')).toMatch(/accept-encoding/i);
    const body = Buffer.from(await res.arrayBuffer());
    expect(body.length).toBe(Number(res.headers.get('content-length')));
    expect(body.length).toBeLessThan((await gzip.arrayBuffer()).byteLength);
    expect(brotliDecompressSync(body).toString()).toBe(text);
  });

  it('should honour q=0 and fall back to gzip or to the JSON as it is', async () => {
    const noBrotli = await t.request(definition, {
      cookie: staff,
      headers: { 'accept-encoding': 'br;q=0, gzip' },
    });
    expect(noBrotli.headers.get('content-encoding')).toBe('gzip');
    const none = await t.request(definition, { cookie: staff, headers: { 'accept-encoding': 'identity' } });
    expect(none.headers.get('content-encoding')).toBeNull();
    expect(JSON.parse(await none.text())).toBeTruthy();
  });

  it('should give Collect its survey definitions in brotli, with a weak ETag that still brings a 304', async () => {
    const monitor = await t.login(t.orgs[0].emails.monitor);
    const headers = { 'accept-encoding': 'gzip, deflate, br' };
    const first = await t.request('/api/published-surveys', { cookie: monitor, headers });
    expect(first.status).toBe(200);
    expect(first.headers.get('content-encoding')).toBe('br');
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^W\/"/);
    const again = await t.request('/api/published-surveys', {
      cookie: monitor,
      headers: { ...headers, 'if-none-match': etag },
    });
    expect(again.status).toBe(304);
  });

  it('should keep the security headers and no-store on a compressed answer', async () => {
    const res = await t.request(definition, { cookie: staff, headers: { 'accept-encoding': 'gzip' } });
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('should leave small answers, sign-in answers and answers to writes uncompressed', async () => {
    const health = await t.request('/api/health', { headers: { 'accept-encoding': 'gzip' } });
    expect(health.headers.get('content-encoding')).toBeNull();
    const me = await t.request('/api/auth/me', { cookie: staff, headers: { 'accept-encoding': 'gzip' } });
    expect(me.headers.get('content-encoding')).toBeNull();
    const login = await t.request('/api/auth/login', {
      method: 'POST',
      json: { email: t.orgs[0].emails.staff, password: 'wrong password, reflected? never compressed' },
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(login.headers.get('content-encoding')).toBeNull();
  });

  it('should never compress a write or anything under /api/auth/ or /api/public/, however large', async () => {
    const big = { secret: 'token', echo: 'reflected input '.repeat(200) };
    const app = new Hono();
    app.use('/api/*', apiCompression());
    app.post('/api/share-links', (c) => c.json(big, 201));
    app.get('/api/auth/me', (c) => c.json(big));
    app.get('/api/public/:token', (c) => c.json(big));
    app.get('/api/surveys', (c) => c.json(big));
    const headers = { 'accept-encoding': 'gzip' };
    const write = await app.request('/api/share-links', { method: 'POST', headers });
    expect(write.headers.get('content-encoding')).toBeNull();
    expect(await write.json()).toEqual(big);
    for (const path of ['/api/auth/me', '/api/public/abc']) {
      expect((await app.request(path, { headers })).headers.get('content-encoding'), path).toBeNull();
    }
    expect((await app.request('/api/surveys', { headers })).headers.get('content-encoding')).toBe('gzip');
    const brotli = { 'accept-encoding': 'br' };
    expect(
      (await app.request('/api/auth/me', { headers: brotli })).headers.get('content-encoding'),
    ).toBeNull();
    const post = await app.request('/api/share-links', { method: 'POST', headers: brotli });
    expect(post.headers.get('content-encoding')).toBeNull();
  });

  it('should stream the CSV export as it is', async () => {
    const monitor = await t.login(t.orgs[0].emails.monitor);
    for (let seed = 1; seed <= 3; seed += 1) {
      const sent = await t.request('/api/submissions', {
        method: 'POST',
        cookie: monitor,
        json: {
          id: crypto.randomUUID(),
          surveyId: 'service-satisfaction',
          version: t.survey.version,
          siteId: t.orgs[0].siteIds[0],
          collectedAt: new Date().toISOString(),
          locale: 'en',
          answers: validAnswers(t.survey, seed),
        },
      });
      expect(sent.status).toBeLessThan(300);
    }
    await t.settle();
    const res = await t.request('/api/surveys/service-satisfaction/export.csv', {
      cookie: staff,
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBeNull();
  });

  it('should send gzip through @hono/node-server on this Node', async () => {
    const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
      const s = serve({ fetch: t.app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
    });
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${definition}`;
      const plain = await rawGet(url, { cookie: staff });
      const res = await rawGet(url, { cookie: staff, 'accept-encoding': 'gzip' });
      expect(res.headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(res.body).toString()).toBe(plain.body.toString());
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
