import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestApp, type TestApp, validAnswers } from '../testing/test-app.ts';

const engines = (): Array<'pglite' | 'postgres'> =>
  inject('postgresUrl') ? ['pglite', 'postgres'] : ['pglite'];

interface Cell {
  n: number | null;
  suppressed: boolean;
}
interface Indicator extends Cell {
  id: string;
  kind: string;
  value: number | null;
}
interface Results {
  rounding: number | null;
  respondents: Cell;
  filter: Record<string, unknown>;
  questions: Array<{ id: string; n: number | null; counts: Array<Cell & { value: string }> }>;
  indicators: Indicator[];
  groups?: Array<{ key: string; respondents: Cell; indicators: Indicator[] }>;
}

/** Every `n` in a response is 0, withheld, or at least k. */
function expectNoSmallCells(text: string, k: number) {
  for (const match of text.matchAll(/"n":(\d+)/g)) {
    const n = Number(match[1]);
    expect(n === 0 || n >= k, `a cell of ${n} under k = ${k}`).toBe(true);
  }
}

/** Valid answers of a respondent who used `service` (the questions shown depend on it). */
function answersUsing(t: TestApp, service: string, start: number): Record<string, unknown> {
  for (let seed = start * 1000 + 1; ; seed++) {
    const answers = validAnswers(t.survey, seed);
    if (answers.service_type === service) return answers;
  }
}

/**
 * 26 respondents. The first site (UA, offers nsp and dic): in January 8 used nsp, 5 dic, 2 ost, in
 * February 6 more nsp; the second (KG, offers ost): 5 used ost in February. So "ost" is 7
 * respondents, though only the 5 at the KG site were at a site offering it; in January it is 2.
 */
async function seed(t: TestApp) {
  const staff = await t.login(t.orgs[0].emails.staff);
  const [ua, kg] = t.orgs[0].siteIds;
  const used = [...Array(8).fill('nsp'), ...Array(5).fill('dic'), 'ost', 'ost', ...Array(6).fill('nsp')];
  const items = [
    ...used.map((service, i) => ({
      service,
      siteId: ua,
      day: i < 15 ? `2026-01-${10 + i}` : `2026-02-1${i - 15}`,
    })),
    ...Array.from({ length: 5 }, (_, i) => ({ service: 'ost', siteId: kg, day: `2026-02-0${i + 1}` })),
  ].map((s, i) => ({
    id: randomUUID(),
    surveyId: 'service-satisfaction',
    version: 1,
    siteId: s.siteId,
    collectedAt: `${s.day}T09:00:00Z`,
    locale: 'en',
    answers: answersUsing(t, s.service, i),
  }));
  const res = await t.request('/api/submissions/batch', {
    method: 'POST',
    cookie: staff,
    json: { submissions: items },
  });
  const { results } = (await res.json()) as { results: Array<{ status: number }> };
  expect(
    results.every((r) => r.status === 201),
    JSON.stringify(results.find((r) => r.status !== 201)),
  ).toBe(true);
  return staff;
}

describe.each(engines())('service used and grouped results on %s', (engine) => {
  let t: TestApp;
  let staff: string;
  let funder: string;
  beforeAll(async () => {
    t = await createTestApp({ engine });
    staff = await seed(t);
    funder = await t.login(t.orgs[0].emails.funder);
  });
  afterAll(async () => {
    await t.close();
  });

  async function results(query: string, cookie = staff): Promise<Results> {
    const res = await t.request(`/api/surveys/service-satisfaction/results?${query}`, { cookie });
    const text = await res.text();
    expect(res.status, text).toBe(200);
    expectNoSmallCells(text, 5);
    return JSON.parse(text) as Results;
  }
  const used = (r: Results, value: string) =>
    r.questions.find((q) => q.id === 'service_type')?.counts.find((c) => c.value === value);

  it("should filter by the service the respondent used, matching that question's own counts", async () => {
    const all = await results('');
    const ost = await results('serviceType=ost');
    expect(ost.respondents.n).toBe(7);
    expect(ost.respondents.n).toBe(used(all, 'ost')?.n);
    expect(ost.filter).toMatchObject({
      serviceType: 'ost',
      serviceQuestion: 'service_type',
      answerFilters: {},
    });
    const nsp = await results('serviceType=nsp&to=2026-01-31');
    expect(nsp.respondents.n).toBe(used(await results('to=2026-01-31'), 'nsp')?.n);
  });

  it('should keep suppression and the funders bands when filtering by the service used', async () => {
    // 2 respondents used ost in January: withheld for staff and funders alike
    const january = 'serviceType=ost&to=2026-01-31';
    expect((await results(january)).respondents).toEqual({ n: null, suppressed: true });
    const few = await results(january, funder);
    expect(few.respondents).toEqual({ n: null, suppressed: true });
    expect(few.indicators.every((i) => i.value === null && i.suppressed)).toBe(true);
    expect(few.questions.every((q) => q.n === null && q.counts.length === 0)).toBe(true);
    const ost = await results('serviceType=ost', funder);
    expect(ost.rounding).toBe(5);
    // 7 is published as the middle of its band 5..9
    expect(ost.respondents.n).toBe(7);
    expect(used(await results('', funder), 'ost')?.n).toBe(ost.respondents.n);
  });

  it('should refuse a service the survey does not offer as an answer, saying which are', async () => {
    const res = await t.request('/api/surveys/service-satisfaction/results?serviceType=spaceship', {
      cookie: staff,
    });
    expect(res.status).toBe(422);
    expect(await res.text()).toMatch(/serviceType.*spaceship.*nsp/);
    const both = await t.request(
      '/api/surveys/service-satisfaction/results?serviceType=ost&filter=service_type:nsp',
      { cookie: staff },
    );
    expect(both.status).toBe(422);
    expect(await both.text()).toMatch(/keep one/);
  });

  it('should give every site and country in one call with the numbers of one call each', async () => {
    for (const cookie of [staff, funder]) {
      for (const [by, param] of [
        ['site', 'siteId'],
        ['country', 'country'],
      ] as const) {
        for (const filters of ['', 'to=2026-01-31', 'serviceType=ost']) {
          const grouped = await results(`${filters}&groupBy=${by}`, cookie);
          const overall = await results(filters, cookie);
          expect(grouped.respondents).toEqual(overall.respondents);
          expect(grouped.groups?.map((g) => g.key).sort()).toEqual(
            (by === 'site' ? [...t.orgs[0].siteIds] : ['KG', 'UA']).sort(),
          );
          for (const group of grouped.groups ?? []) {
            const alone = await results(`${filters}&${param}=${group.key}`, cookie);
            expect(group.respondents).toEqual(alone.respondents);
            expect(group.indicators).toEqual(
              alone.indicators.map(({ id, kind, n, value, suppressed }) => ({
                id,
                kind,
                n,
                value,
                suppressed,
              })),
            );
          }
        }
      }
    }
  });

  it('should group only within the countries asked for, and refuse an unknown grouping', async () => {
    const ua = await results('country=UA&groupBy=site');
    expect(ua.groups?.map((g) => g.key)).toEqual([t.orgs[0].siteIds[0]]);
    const bad = await t.request('/api/surveys/service-satisfaction/results?groupBy=city', { cookie: staff });
    expect(bad.status).toBeGreaterThanOrEqual(400);
    expect(bad.status).toBeLessThan(500);
    expect(await bad.text()).toMatch(/groupBy/);
    expect((await results('')).groups).toBeUndefined();
  });
});
