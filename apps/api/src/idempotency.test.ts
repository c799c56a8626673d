import { randomUUID } from 'node:crypto';
import { answerRollups, SUBMISSION_FACT, submissions } from '@kolo/db';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestApp, type TestApp, validAnswers } from './testing/test-app.ts';

const engines = (): Array<'pglite' | 'postgres'> =>
  inject('postgresUrl') ? ['pglite', 'postgres'] : ['pglite'];

describe.each(engines())('the same submission sent again on %s', (engine) => {
  let t: TestApp;
  let monitor: string;
  let siteId: string;

  beforeAll(async () => {
    t = await createTestApp({ engine });
    monitor = await t.login(t.orgs[0].emails.monitor);
    siteId = t.orgs[0].siteIds[0] as string;
  });
  afterAll(async () => {
    await t.close();
  });

  const make = (seed: number) => ({
    id: randomUUID(),
    surveyId: 'service-satisfaction',
    version: 1,
    siteId,
    collectedAt: '2026-04-02T10:00:00Z',
    locale: 'en',
    answers: validAnswers(t.survey, seed),
  });
  const post = (json: unknown) => t.request('/api/submissions', { method: 'POST', cookie: monitor, json });
  const batch = (items: unknown[]) =>
    t.request('/api/submissions/batch', { method: 'POST', cookie: monitor, json: { submissions: items } });

  /** The stored rows of an id, and how many times the daily rollups counted it (all rows share one day). */
  async function stored(id: string) {
    await t.settle();
    const rows = await t.database.db.select().from(submissions).where(eq(submissions.id, id));
    const [total] = await t.database.db.select({ n: sql<number>`count(*)::int` }).from(submissions);
    const [counted] = await t.database.db
      .select({ n: sql<number>`coalesce(sum(${answerRollups.n}), 0)::int` })
      .from(answerRollups)
      .where(and(eq(answerRollups.question, SUBMISSION_FACT), eq(answerRollups.value, '*')));
    return { rows, total: total?.n ?? -1, counted: counted?.n ?? -1 };
  }

  it('should store five sends in a row once: 201, then 200', async () => {
    const one = make(1);
    const statuses: number[] = [];
    for (let i = 0; i < 5; i += 1) statuses.push((await post(one)).status);
    expect(statuses).toEqual([201, 200, 200, 200, 200]);
    const { rows, total, counted } = await stored(one.id);
    expect(rows.map((r) => r.answers)).toEqual([one.answers]);
    expect(counted).toBe(total);
  });

  it('should store twenty parallel sends once, alone and in batches', async () => {
    const one = make(2);
    const singles = await Promise.all(Array.from({ length: 20 }, () => post(one)));
    expect(singles.map((r) => r.status).sort()).toEqual([...Array(19).fill(200), 201]);
    const other = make(3);
    const batches = await Promise.all(Array.from({ length: 20 }, () => batch([other, make(4)])));
    const firstResults = await Promise.all(
      batches.map(
        async (r) => ((await r.json()) as { results: Array<{ status: number }> }).results[0]?.status,
      ),
    );
    expect(firstResults.sort()).toEqual([...Array(19).fill(200), 201]);
    for (const id of [one.id, other.id]) expect((await stored(id)).rows).toHaveLength(1);
    const { total, counted } = await stored(one.id);
    expect(counted).toBe(total);
  });

  it('should answer 409 to the same id with other content, in a row or at once, and keep the original', async () => {
    const original = make(5);
    expect((await post(original)).status).toBe(201);
    const changed = { ...original, answers: validAnswers(t.survey, 6) };
    expect((await post(changed)).status).toBe(409);
    expect((await batch([changed])).status).toBe(200);
    expect((await stored(original.id)).rows.map((r) => r.answers)).toEqual([original.answers]);

    // ten copies of each of two versions race for a new id: one wins, its copies are 200, the rest 409
    const id = randomUUID();
    const a = { ...make(7), id };
    const b = { ...make(8), id };
    const racing = await Promise.all(
      Array.from({ length: 20 }, (_, i) => post(i % 2 === 0 ? a : b).then((r) => [i % 2, r.status] as const)),
    );
    const created = racing.filter(([, s]) => s === 201);
    expect(created).toHaveLength(1);
    const winner = created[0]?.[0] === 0 ? a : b;
    for (const [side, status] of racing) {
      const mine = side === 0 ? a : b;
      if (status !== 201) expect(status).toBe(mine === winner ? 200 : 409);
    }
    const { rows, total, counted } = await stored(id);
    expect(rows.map((r) => r.answers)).toEqual([winner.answers]);
    expect(counted).toBe(total);
  });
});
