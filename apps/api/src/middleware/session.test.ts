import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app.ts';

describe('the session middleware', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('should know the caller by the session cookie, and nobody without one or with a forged one', async () => {
    const cookie = await t.login(t.orgs[0].emails.staff);
    const me = (await (await t.request('/api/auth/me', { cookie })).json()) as { role: string };
    expect(me.role).toBe('staff');
    expect((await t.request('/api/auth/me')).status).toBe(204);
    expect((await t.request('/api/auth/me', { cookie: 'kolo_session=forged' })).status).toBe(401);
  });

  it('should mark every API answer never to be stored, unless the route allows revalidation', async () => {
    const cookie = await t.login(t.orgs[0].emails.monitor);
    expect((await t.request('/api/auth/me', { cookie })).headers.get('cache-control')).toBe('no-store');
    expect((await t.request('/api/nowhere')).headers.get('cache-control')).toBe('no-store');
    const published = await t.request('/api/published-surveys', { cookie });
    expect(published.headers.get('cache-control')).toBe('private, no-cache');
  });

  it('should add Cache-Control to the answer as it is, without copying its body into a stream', async () => {
    const cookie = await t.login(t.orgs[0].emails.monitor);
    // every read of a Response's body as a stream, while the app answers (not while the test reads it)
    const descriptor = Object.getOwnPropertyDescriptor(Response.prototype, 'body');
    let opened = 0;
    Object.defineProperty(Response.prototype, 'body', {
      configurable: true,
      get(this: Response) {
        opened += 1;
        return descriptor?.get?.call(this);
      },
    });
    let res: Response;
    try {
      res = await t.request('/api/auth/me', { cookie });
    } finally {
      if (descriptor) Object.defineProperty(Response.prototype, 'body', descriptor);
    }
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(((await res.json()) as { role: string }).role).toBe('monitor');
    expect(opened).toBe(0);
  });
});
