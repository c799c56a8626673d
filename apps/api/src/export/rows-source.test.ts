import { randomUUID } from 'node:crypto';
import { testEngines } from '@kolo/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, validAnswers } from '../testing/test-app.ts';
import { type RowsFilter, submissionChunks, submissionPage } from './rows-source.ts';

describe.each(testEngines())('submissionChunks on %s', (engine) => {
  let t: TestApp;
  let filter: RowsFilter;

  beforeAll(async () => {
    t = await createTestApp({ engine });
    const staff = await t.login(t.orgs[0].emails.staff);
    // several submissions share a time, so chunks must end and start inside a run of equal times
    const times = [3, 1, 1, 1, 2, 2, 4].map((day) =>
      new Date(Date.UTC(2026, 2, day, 8, 0, 0, 123)).toISOString(),
    );
    const submissions = times.map((collectedAt, i) => ({
      id: randomUUID(),
      surveyId: 'service-satisfaction',
      version: 1,
      siteId: t.orgs[0].siteIds[i % 2],
      collectedAt,
      locale: 'uk',
      answers: validAnswers(t.survey, i + 1),
    }));
    const res = await t.request('/api/submissions/batch', {
      method: 'POST',
      cookie: staff,
      json: { submissions },
    });
    expect(res.status).toBe(200);
    filter = { orgId: t.orgs[0].id, surveyId: 'service-satisfaction' };
  });
  afterAll(async () => {
    await t.close();
  });

  const chunked = async (f: RowsFilter, size: number) => {
    const rows = [];
    for await (const chunk of submissionChunks(t.database.db, f, size)) rows.push(...chunk);
    return rows;
  };
  const paged = async (f: RowsFilter) =>
    (await submissionPage(t.database.db, f, 0, 100)).map((r) => ({
      id: r.id,
      version: r.version,
      siteName: r.siteName,
      country: r.country,
      collectedAt: r.collectedAt.toISOString(),
      locale: r.locale,
      answers: r.answers,
    }));

  it('should give every submission once, in the order and with the fields of the joined query', async () => {
    const expected = await paged(filter);
    expect(expected).toHaveLength(7);
    for (const size of [1, 2, 3, 7, 1000])
      expect(await chunked(filter, size), `size ${size}`).toEqual(expected);
  });

  it('should apply the same filters as the joined query', async () => {
    const filters: RowsFilter[] = [
      { ...filter, from: '2026-03-02', to: '2026-03-03' },
      { ...filter, siteIds: [t.orgs[0].siteIds[1] as string] },
      { ...filter, orgId: t.orgs[1].id },
    ];
    for (const f of filters) expect(await chunked(f, 2)).toEqual(await paged(f));
  });
});
