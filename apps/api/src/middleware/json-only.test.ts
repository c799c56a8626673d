import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { AppEnv } from '../context.ts';
import { ApiError, errorBody } from '../errors.ts';
import { jsonOnly } from './json-only.ts';

function app() {
  const hono = new Hono<AppEnv>();
  hono.onError((error, c) =>
    error instanceof ApiError
      ? c.json(errorBody(error.code, error.message), error.status)
      : c.text('boom', 500),
  );
  hono.use('*', jsonOnly());
  hono.all('*', (c) => c.text('reached'));
  return hono;
}

const send = (path: string, method: string, type?: string, body = 'x=1') =>
  app().request(path, { method, body, headers: type ? { 'content-type': type } : {} });

describe('the JSON-only rule for writes', () => {
  it('should refuse a form post or text body with 415 saying to send JSON', async () => {
    for (const type of [
      'application/x-www-form-urlencoded',
      'text/plain',
      'multipart/form-data; boundary=x',
    ]) {
      const res = await send('/api/surveys', 'POST', type);
      expect(res.status, type).toBe(415);
      expect(await res.json()).toEqual(
        errorBody('unsupported_media_type', 'send the body as application/json'),
      );
    }
    expect((await send('/api/users/1', 'PATCH', 'text/plain')).status).toBe(415);
  });

  it('should let JSON, a workbook upload, a bodiless write and reads through', async () => {
    expect(await (await send('/api/surveys', 'POST', 'application/json; charset=utf-8', '{}')).text()).toBe(
      'reached',
    );
    expect(
      (await send('/api/surveys/import/xlsform', 'POST', 'multipart/form-data; boundary=x')).status,
    ).toBe(200);
    expect((await app().request('/api/auth/logout', { method: 'POST' })).status).toBe(200);
    expect((await app().request('/api/surveys')).status).toBe(200);
  });

  it("should let a lookup table's CSV through to its upload routes only", async () => {
    expect((await send('/api/surveys/v/draft/lookups/sampleList', 'PUT', 'text/csv', 'a,b\n')).status).toBe(
      200,
    );
    expect(
      (await send('/api/surveys/v/draft/lookups', 'POST', 'multipart/form-data; boundary=x')).status,
    ).toBe(200);
    expect((await send('/api/surveys/v/draft', 'PUT', 'text/csv', 'a,b\n')).status).toBe(415);
    expect((await send('/api/surveys/v/draft/lookups/a/b', 'PUT', 'text/csv', 'a,b\n')).status).toBe(415);
  });
});
