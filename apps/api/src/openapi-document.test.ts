import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lintOpenApi } from './openapi-lint.ts';
import { operationIdOf } from './route-kit.ts';
import { createTestApp, type TestApp } from './testing/test-app.ts';

interface Operation {
  readonly operationId?: string;
  readonly security?: unknown[];
}
type Document = { paths: Record<string, Record<string, Operation>> };

describe('the OpenAPI document a client generator reads', () => {
  let t: TestApp;
  let document: Document;

  beforeAll(async () => {
    t = await createTestApp();
    document = (await (await t.request('/api/openapi.json')).json()) as Document;
  });
  afterAll(async () => {
    await t?.close();
  });

  it("should pass Redocly's recommended rules with no error", async () => {
    const errors = (await lintOpenApi(document)).filter((p) => p.severity === 'error');
    expect(errors.map((e) => `${e.rule} at ${e.where}: ${e.message}`)).toEqual([]);
  });

  it('should describe every route the app serves, the streamed exports included', () => {
    const documented = new Set(
      Object.entries(document.paths).flatMap(([path, ops]) =>
        Object.keys(ops).map((method) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
      ),
    );
    const reference = new Set(['GET /api/openapi.json', 'GET /api/docs']);
    const missing = t.routes
      .map((r) => `${r.method} ${r.path}`)
      .filter((route) => !reference.has(route) && !documented.has(route));
    expect(missing).toEqual([]);
    expect(documented).toContain('GET /api/surveys/:id/export.csv');
    expect(documented).toContain('GET /api/surveys/:id/export.xlsx');
  });

  it('should give every operation a unique id and say which ones need the session cookie', () => {
    const operations = Object.values(document.paths).flatMap((ops) => Object.values(ops));
    const ids = operations.map((op) => op.operationId);
    expect(ids.every((id) => typeof id === 'string' && id.length > 0)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(document.paths['/api/auth/login']?.post?.security).toEqual([]);
    expect(document.paths['/api/surveys']?.get?.security).toEqual([{ session: [] }]);
  });
});

describe('operationIdOf', () => {
  it('should name an operation by its method and path, parameters as "By"', () => {
    expect(operationIdOf('get', '/api/surveys/{id}/versions')).toBe('getSurveysByIdVersions');
    expect(operationIdOf('post', '/api/auth/login')).toBe('postAuthLogin');
    expect(operationIdOf('get', '/api/surveys/{id}/export.csv')).toBe('getSurveysByIdExportCsv');
    expect(operationIdOf('get', '/api/public/{token}/results')).toBe('getPublicByTokenResults');
  });
});
