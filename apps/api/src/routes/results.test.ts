import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestApp, type TestApp, validAnswers } from '../testing/test-app.ts';

const engines = (): Array<'pglite' | 'postgres'> =>
  inject('postgresUrl') ? ['pglite', 'postgres'] : ['pglite'];

interface Results {
  k: number;
  rounding: number | null;
  respondents: { n: number | null; suppressed: boolean };
  filter: Record<string, unknown>;
  questions: Array<{
    id: string;
    n: number | null;
    suppressed: boolean;
    counts: Array<{ value: string; n: number | null; share: number | null; suppressed: boolean }>;
  }>;
  indicators: Array<{ id: string; n: number | null; value: number | null; suppressed: boolean }>;
  timeline: Array<{
    period: string;
    n: number | null;
    suppressed: boolean;
    indicators: Record<string, number | null>;
  }>;
}

/** Every `n` in a response is 0, withheld, or at least k. */
function expectNoSmallCells(text: string, k: number) {
  for (const match of text.matchAll(/"n":(\d+)/g)) {
    const n = Number(match[1]);
    expect(n === 0 || n >= k, `a cell of ${n} under k = ${k}`).toBe(true);
  }
}

/**
 * 15 respondents: 12 at the first site (UA) in January, 3 at the second (KG) in February.
 * Controlled answers: first_visit yes 9 / no 6, age_band 18-24 13 / 25-34 2, recommend yes 10 / no 5,
 * overall satisfaction 5 for all.
 */
async function seed(t: TestApp) {
  const staff = await t.login(t.orgs[0].emails.staff);
  const [ua, kg] = t.orgs[0].siteIds;
  const items = Array.from({ length: 15 }, (_, i) => ({
    id: randomUUID(),
    surveyId: 'service-satisfaction',
    version: 1,
    siteId: i < 12 ? ua : kg,
    collectedAt:
      i < 12 ? `2026-01-${String(10 + i).padStart(2, '0')}T09:00:00Z` : `2026-02-0${i - 10}T09:00:00Z`,
    locale: 'en',
    answers: {
      ...validAnswers(t.survey, i + 1),
      first_visit: i < 9 ? 'yes' : 'no',
      age_band: i < 13 ? '18-24' : '25-34',
      recommend: i < 10 ? 'yes' : 'no',
      overall_satisfaction: '5',
    },
  }));
  const res = await t.request('/api/submissions/batch', {
    method: 'POST',
    cookie: staff,
    json: { submissions: items },
  });
  const { results } = (await res.json()) as { results: Array<{ status: number }> };
  expect(results.every((r) => r.status === 201)).toBe(true);
  return staff;
}

describe.each(engines())('results on %s', (engine) => {
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

  async function results(query = '', cookie = staff): Promise<Results> {
    const res = await t.request(`/api/surveys/service-satisfaction/results${query}`, { cookie });
    const text = await res.text();
    expect(res.status, text).toBe(200);
    expectNoSmallCells(text, 5);
    return JSON.parse(text) as Results;
  }
  const question = (r: Results, id: string) => r.questions.find((q) => q.id === id);
  const count = (r: Results, id: string, value: string) =>
    question(r, id)?.counts.find((c) => c.value === value);

  it('should count every respondent and show cells of k or more', async () => {
    const all = await results();
    expect(all.k).toBe(5);
    expect(all.respondents).toEqual({ n: 15, suppressed: false });
    expect(count(all, 'first_visit', 'yes')).toMatchObject({ n: 9, share: 0.6, suppressed: false });
    expect(count(all, 'first_visit', 'no')).toMatchObject({ n: 6, share: 0.4, suppressed: false });
  });

  it('should withhold a small cell and its partner, but show the zeros', async () => {
    const all = await results();
    expect(question(all, 'age_band')?.n).toBe(15);
    expect(count(all, 'age_band', '25-34')).toMatchObject({ n: null, share: null, suppressed: true });
    // 13 would give 2 away as 15 - 13
    expect(count(all, 'age_band', '18-24')).toMatchObject({ n: null, suppressed: true });
    expect(count(all, 'age_band', '35-44')).toMatchObject({ n: 0, suppressed: false });
  });

  it('should give indicator values, withheld under k', async () => {
    const all = await results();
    expect(all.indicators.find((i) => i.id === 'satisfaction')).toMatchObject({ n: 15, value: 100 });
    const recommend = all.indicators.find((i) => i.id === 'would_recommend');
    expect(recommend?.n).toBe(15);
    expect(recommend?.value).toBeCloseTo((10 / 15) * 100);
    const few = await results(`?siteId=${t.orgs[0].siteIds[1]}`);
    expect(few.respondents).toEqual({ n: null, suppressed: true });
    expect(few.indicators.every((i) => i.value === null && i.n === null && i.suppressed)).toBe(true);
    expect(few.questions.every((q) => q.n === null && q.counts.length === 0)).toBe(true);
  });

  it('should filter by country, site, dates and answers', async () => {
    const [ua, kg] = t.orgs[0].siteIds;
    expect((await results('?country=UA')).respondents.n).toBe(12);
    expect((await results('?country=KG')).respondents).toEqual({ n: null, suppressed: true });
    expect((await results('?country=UA,KG')).respondents.n).toBe(15);
    expect((await results('?country=PL')).respondents.n).toBe(0);
    expect((await results(`?siteId=${ua}`)).respondents.n).toBe(12);
    expect((await results(`?siteId=${ua}&siteId=${kg}`)).respondents.n).toBe(15);
    expect((await results('?to=2026-01-31')).respondents.n).toBe(12);
    expect((await results('?from=2026-02-01')).respondents.suppressed).toBe(true);
    expect((await results('?from=2026-01-15&to=2026-01-21')).respondents.n).toBe(7);
    const firstVisit = await results('?filter=first_visit:yes');
    expect(firstVisit.respondents.n).toBe(9);
    expect(firstVisit.filter).toMatchObject({ answerFilters: { first_visit: 'yes' } });
    expect((await results('?filter=age_band:18-24&country=UA')).respondents.n).toBe(12);
    expect((await results('?serviceType=ost')).respondents.suppressed).toBe(true);
  });

  it('should refuse an invalid filter with 422', async () => {
    for (const query of [
      '?filter=comment:anything',
      '?filter=first_visit:maybe',
      '?filter=no_such_question:yes',
      '?filter=first_visit',
      '?country=ua',
      '?from=2026-13-01',
      '?from=2026-02-01&to=2026-01-01',
      '?siteId=not-a-uuid',
      '?bucket=decade',
      '?orgId=anything',
    ]) {
      const res = await t.request(`/api/surveys/service-satisfaction/results${query}`, { cookie: staff });
      expect(res.status, query).toBe(422);
      expect(((await res.json()) as { error: { code: string } }).error.code, query).toBe('invalid');
    }
    expect((await t.request('/api/surveys/no-such-survey/results', { cookie: staff })).status).toBe(404);
  });

  it('should withhold small timeline buckets and their partner', async () => {
    const all = await results('?bucket=month');
    expect(all.timeline.map((p) => [p.period, p.n, p.suppressed])).toEqual([
      ['2026-01-01', null, true],
      ['2026-02-01', null, true],
    ]);
    expect(all.timeline.every((p) => Object.values(p.indicators).every((v) => v === null))).toBe(true);
    const january = await results('?to=2026-01-31&bucket=week');
    // weekly buckets of January: each under 5 is hidden, never one alone
    expect(january.timeline.filter((p) => p.suppressed)).not.toHaveLength(1);
  });

  it('should show funders every count as the middle of its band of k, and periods as whole months', async () => {
    const exact = await results('', staff);
    const rounded = await results('', funder);
    expect(exact).toMatchObject({ rounding: null, respondents: { n: 15 } });
    // 15 is in the band 15..19, published as its middle
    expect(rounded).toMatchObject({ rounding: 5, respondents: { n: 17 } });
    expect(rounded.questions.map((q) => q.id)).toEqual(exact.questions.map((q) => q.id));
    // first visit 9 / 6 (both 5..9), recommend 10 / 5: band middles, shares of the banded total
    expect(count(rounded, 'first_visit', 'yes')).toMatchObject({ n: 7, share: 7 / 17 });
    expect(count(rounded, 'first_visit', 'no')).toMatchObject({ n: 7, share: 7 / 17 });
    expect(count(exact, 'first_visit', 'yes')).toMatchObject({ n: 9, share: 9 / 15 });
    expect(count(rounded, 'recommend', 'yes')?.n).toBe(12);
    for (const match of JSON.stringify(rounded).matchAll(/"n":(\d+)/g)) expect(Number(match[1]) % 5).toBe(2);
    // a period a day shorter or longer is the same request for a funder: whole calendar months
    const window = await results('?from=2026-01-11&to=2026-02-01', funder);
    expect(window.filter).toMatchObject({ from: '2026-01-01', to: '2026-02-28' });
    expect(await results('?from=2026-01-10&to=2026-02-02', funder)).toEqual(window);
    expect((await results('?from=2026-01-11&to=2026-02-01', staff)).filter).toMatchObject({
      from: '2026-01-11',
      to: '2026-02-01',
    });
  });
});

describe('KOLO_MIN_CELL', () => {
  it('should suppress at the configured k', async () => {
    const t = await createTestApp({ env: { KOLO_MIN_CELL: '3' } });
    try {
      const staff = await seed(t);
      const res = await t.request('/api/surveys/service-satisfaction/results?country=KG', { cookie: staff });
      const text = await res.text();
      expectNoSmallCells(text, 3);
      const kg = JSON.parse(text) as Results;
      expect(kg.k).toBe(3);
      expect(kg.respondents).toEqual({ n: 3, suppressed: false });
      const all = JSON.parse(
        await (await t.request('/api/surveys/service-satisfaction/results', { cookie: staff })).text(),
      ) as Results;
      const age = all.questions.find((q) => q.id === 'age_band');
      // 2 is under 3: hidden with its partner
      expect(age?.counts.find((c) => c.value === '25-34')).toMatchObject({ n: null, suppressed: true });
      expect(all.timeline.map((p) => p.n)).toEqual([12, 3]);
    } finally {
      await t.close();
    }
  });
});
