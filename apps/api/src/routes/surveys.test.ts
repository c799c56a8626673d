import { randomUUID } from 'node:crypto';
import { auditLog, surveyVersions } from '@kolo/db';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app.ts';

const en = (text: string) => ({ en: text });
const yesNo = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  kind: 'yes_no',
  label: en(id),
  ...extra,
});
const definition = (items: unknown[], title = 'Quick check') => ({
  id: 'quick-check',
  version: 1,
  locales: ['en'],
  title: en(title),
  sections: [{ id: 'main', title: en('Main'), items }],
});

describe('survey design', () => {
  let t: TestApp;
  let staff: string;
  let monitor: string;
  beforeAll(async () => {
    t = await createTestApp();
    staff = await t.login(t.orgs[0].emails.staff);
    monitor = await t.login(t.orgs[0].emails.monitor);
  });
  afterAll(async () => {
    await t.close();
  });

  const put = (items: unknown[], title?: string) =>
    t.request('/api/surveys/quick-check/draft', {
      method: 'PUT',
      cookie: staff,
      json: { definition: definition(items, title) },
    });
  const publish = (json?: unknown) =>
    t.request('/api/surveys/quick-check/publish', { method: 'POST', cookie: staff, json: json ?? {} });

  it('should list published surveys, and drafts to staff only', async () => {
    const created = await t.request('/api/surveys', {
      method: 'POST',
      cookie: staff,
      json: { definition: definition([yesNo('tested')]) },
    });
    expect(created.status).toBe(201);
    expect(await created.json()).toEqual({ id: 'quick-check', errors: [], warnings: expect.any(Array) });
    const forStaff = (await (await t.request('/api/surveys', { cookie: staff })).json()) as {
      surveys: Array<{ id: string; version: number | null; hasDraft?: boolean }>;
    };
    expect(forStaff.surveys).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: 'quick-check', version: null, hasDraft: true }),
        expect.objectContaining({ id: 'service-satisfaction', version: 1, hasDraft: false }),
      ]),
    );
    const forMonitor = (await (await t.request('/api/surveys', { cookie: monitor })).json()) as {
      surveys: Array<{ id: string }>;
    };
    expect(forMonitor.surveys.map((s) => s.id)).toEqual(['service-satisfaction']);
    expect((await t.request('/api/surveys/quick-check', { cookie: monitor })).status).toBe(404);
  });

  it('should offer the library to staff only, as definitions to start from', async () => {
    const res = await t.request('/api/library', { cookie: staff });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { surveys: Array<{ id: string; definition: { id: string } }> };
    expect(body.surveys.map((s) => s.id)).toContain('service-satisfaction');
    expect(body.surveys.every((s) => s.definition.id === s.id)).toBe(true);
    expect((await t.request('/api/library', { cookie: monitor })).status).toBe(403);
  });

  it('should refuse a second survey with the same id, and an invalid id', async () => {
    const again = await t.request('/api/surveys', {
      method: 'POST',
      cookie: staff,
      json: { definition: definition([yesNo('tested')]) },
    });
    expect(again.status).toBe(409);
    const bad = await t.request('/api/surveys', {
      method: 'POST',
      cookie: staff,
      json: { definition: { ...definition([]), id: 'Not An Id' } },
    });
    expect(bad.status).toBe(422);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toMatch(/definition\.id/);
  });

  it('should save a draft with located errors, and refuse to publish it with 422', async () => {
    // the condition names a question that comes later
    const saved = await put([
      yesNo('tested', { showIf: { question: 'later', op: 'eq', value: 'yes' } }),
      yesNo('later'),
    ]);
    expect(saved.status).toBe(200);
    const { errors } = (await saved.json()) as { errors: Array<{ path: string; code: string }> };
    expect(errors).toEqual([
      expect.objectContaining({
        path: expect.stringMatching(/sections\[0\]\.items\[0\]\.showIf/),
        code: 'forward_reference',
      }),
    ]);
    const res = await publish();
    expect(res.status).toBe(422);
    const body = (await res.json()) as {
      error: { code: string; errors: Array<{ path: string; message: string }> };
    };
    expect(body.error.code).toBe('invalid');
    expect(body.error.errors[0]?.path).toMatch(/sections\[0\]\.items\[0\]\.showIf/);
    expect(body.error.errors[0]?.message).toMatch(/later/);
    // nothing was published; the draft stays for fixing
    expect((await t.request('/api/surveys/quick-check/versions', { cookie: staff })).status).toBe(404);
    const draft = (await (await t.request('/api/surveys/quick-check/draft', { cookie: staff })).json()) as {
      errors: unknown[];
    };
    expect(draft.errors).toHaveLength(1);
  });

  it('should refuse a draft whose id differs, or for an unknown survey', async () => {
    const other = await t.request('/api/surveys/quick-check/draft', {
      method: 'PUT',
      cookie: staff,
      json: { definition: { ...definition([]), id: 'something-else' } },
    });
    expect(other.status).toBe(422);
    const unknown = await t.request('/api/surveys/no-such-survey/draft', {
      method: 'PUT',
      cookie: staff,
      json: { definition: { ...definition([]), id: 'no-such-survey' } },
    });
    expect(unknown.status).toBe(404);
  });

  it('should publish immutable versions with change summaries', async () => {
    expect((await put([yesNo('tested'), yesNo('referred')])).status).toBe(200);
    const first = await publish();
    expect(first.status).toBe(201);
    expect(await first.json()).toEqual({
      id: 'quick-check',
      version: 1,
      changes: { added: ['tested', 'referred'], removed: [], changed: [] },
    });
    // no draft left: publishing again is a conflict
    expect((await publish()).status).toBe(409);

    expect(
      (await put([yesNo('tested', { label: en('Tested today?') }), yesNo('counselled')], 'Quick check 2'))
        .status,
    ).toBe(200);
    const second = await publish({ note: 'asked about counselling instead' });
    expect(second.status).toBe(201);
    expect(await second.json()).toEqual({
      id: 'quick-check',
      version: 2,
      changes: {
        added: ['counselled'],
        removed: ['referred'],
        changed: ['tested'],
        note: 'asked about counselling instead',
      },
    });

    const v1 = (await (
      await t.request('/api/surveys/quick-check/versions/1', { cookie: monitor })
    ).json()) as {
      definition: { title: { en: string }; sections: Array<{ items: Array<{ id: string }> }> };
    };
    expect(v1.definition.title.en).toBe('Quick check');
    expect(v1.definition.sections[0]?.items.map((i) => i.id)).toEqual(['tested', 'referred']);
    const latest = (await (await t.request('/api/surveys/quick-check', { cookie: monitor })).json()) as {
      version: number;
      definition: { version: number; title: { en: string } };
    };
    expect(latest).toMatchObject({ version: 2, definition: { version: 2, title: { en: 'Quick check 2' } } });
    const versions = (await (
      await t.request('/api/surveys/quick-check/versions', { cookie: monitor })
    ).json()) as {
      versions: Array<{ version: number; changeSummary: { added: string[] } }>;
    };
    expect(versions.versions.map((v) => v.version)).toEqual([1, 2]);
    expect(versions.versions[1]?.changeSummary.added).toEqual(['counselled']);
    expect((await t.request('/api/surveys/quick-check/versions/3', { cookie: monitor })).status).toBe(404);
    expect((await t.request('/api/surveys/quick-check/versions/zero', { cookie: monitor })).status).toBe(422);

    // the stored version 1 is exactly what was published
    const [stored] = await t.database.db
      .select()
      .from(surveyVersions)
      .where(
        and(
          eq(surveyVersions.orgId, t.orgs[0].id),
          eq(surveyVersions.surveyId, 'quick-check'),
          eq(surveyVersions.version, 1),
        ),
      );
    expect(stored?.definition).toEqual(v1.definition);
    const published = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'publish'));
    expect(published.map((e) => [e.target, (e.detail as { version: number }).version])).toEqual([
      ['quick-check', 1],
      ['quick-check', 2],
    ]);
  });

  it('should still accept submissions to an earlier version', async () => {
    const submit = (version: number, answers: Record<string, unknown>) =>
      t.request('/api/submissions', {
        method: 'POST',
        cookie: monitor,
        json: {
          id: randomUUID(),
          surveyId: 'quick-check',
          version,
          siteId: t.orgs[0].siteIds[0],
          collectedAt: new Date().toISOString(),
          locale: 'en',
          answers,
        },
      });
    expect((await submit(1, { tested: 'yes', referred: 'no' })).status).toBe(201);
    expect((await submit(2, { tested: 'yes', counselled: 'no' })).status).toBe(201);
    expect((await submit(2, { tested: 'yes', referred: 'no' })).status).toBe(422);
  });
});
