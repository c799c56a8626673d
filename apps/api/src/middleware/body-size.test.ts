import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppEnv } from '../context.ts';
import { errorBody } from '../errors.ts';
import { createTestApp, type TestApp, validAnswers } from '../testing/test-app.ts';
import { bodySize } from './body-size.ts';

function app(maxBytes: number) {
  const hono = new Hono<AppEnv>();
  hono.use('*', bodySize(maxBytes));
  hono.post('*', async (c) => c.text(`read ${(await c.req.text()).length}`));
  hono.get('*', (c) => c.text('reached'));
  return hono;
}

/** A request whose `body` getter counts how often it is opened (as a stream). */
function counted(url: string, init: RequestInit): { request: Request; opened: () => number } {
  const request = new Request(url, init);
  const body = Object.getOwnPropertyDescriptor(Request.prototype, 'body')?.get;
  let opened = 0;
  Object.defineProperty(request, 'body', {
    get() {
      opened += 1;
      return body?.call(this);
    },
  });
  return { request, opened: () => opened };
}

describe('the request body size limit', () => {
  const tooLarge = errorBody('payload_too_large', 'the body is over 1 KiB');

  it('should refuse a body over the limit by its Content-Length with 413 saying the limit', async () => {
    const res = await app(1024).request('/x', {
      method: 'POST',
      body: 'x'.repeat(1025),
      headers: { 'content-length': '1025' },
    });
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual(tooLarge);
  });

  it('should refuse a chunked body (no Content-Length) over the limit with 413 as it is read', async () => {
    const chunks = ['x'.repeat(600), 'x'.repeat(600)];
    const body = new ReadableStream({
      pull(controller) {
        const next = chunks.shift();
        if (next === undefined) controller.close();
        else controller.enqueue(new TextEncoder().encode(next));
      },
    });
    const res = await app(1024).request('/x', { method: 'POST', body, duplex: 'half' } as RequestInit);
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual(tooLarge);
  });

  it('should pass a body within the limit and a read to the route', async () => {
    const res = await app(1024).request('/x', {
      method: 'POST',
      body: 'x'.repeat(1024),
      headers: { 'content-length': '1024' },
    });
    expect(await res.text()).toBe('read 1024');
    expect(await (await app(1024).request('/x')).text()).toBe('reached');
  });

  it('should refuse a Content-Length that is not a number with 400', async () => {
    const res = await app(1024).request('/x', {
      method: 'POST',
      body: 'x',
      headers: { 'content-length': '1x' },
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual(errorBody('invalid', 'Content-Length must be a number of bytes'));
  });

  it('should judge a declared Content-Length without opening the body as a stream', async () => {
    const { request, opened } = counted('http://kolo.test/x', {
      method: 'POST',
      body: 'x'.repeat(10),
      headers: { 'content-length': '10' },
    });
    expect(await (await app(1024).request(request)).text()).toBe('read 10');
    expect(opened()).toBe(0);
  });
});

describe('the API stores a single submission without opening its body as a stream', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('should store it (201) with the body read once, straight from the request', async () => {
    const cookie = await t.login('monitor@alpha.test');
    const body = JSON.stringify({
      id: randomUUID(),
      surveyId: t.survey.id,
      version: 1,
      siteId: t.orgs[0].siteIds[0],
      collectedAt: '2026-03-10T09:00:00Z',
      locale: 'en',
      answers: validAnswers(t.survey, 1),
    });
    const { request, opened } = counted('http://kolo.test/api/submissions', {
      method: 'POST',
      body,
      headers: {
        cookie,
        'content-type': 'application/json',
        'content-length': String(Buffer.byteLength(body)),
      },
    });
    const res = await t.app.request(request);
    expect(res.status).toBe(201);
    expect(opened()).toBe(0);
  });
});
