import { randomUUID } from 'node:crypto';
import type { SurveyResults } from '@kolo/db';
import {
  type AttackCell,
  achievableFromCode,
  DifferencingAttack,
} from '@kolo/db/testing/differencing-attack';
import type { SurveyDefinition } from '@kolo/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishVersion } from '../survey-store.ts';
import { createTestApp, type TestApp, validAnswers } from '../testing/test-app.ts';

const K = 5;
const MONTHS = ['2026-01', '2026-02'];
const PERIODS = MONTHS.map((m) => `${m}-01`);
const LAST_DAYS = ['2026-01-31', '2026-02-28'];

interface Person {
  readonly site: number;
  readonly month: number;
  readonly gender: string;
  readonly overall_satisfaction: string;
  readonly recommend: string;
}

/**
 * The case: five at the first site (UA) in January, one scored 2 and four 1 (an exact mean
 * of 5 fits only n = 5), and one more in February scored 2 (January-February's exact mean of 8 fits
 * only n = 6); nine at the second site (KG).
 */
const at = (site: number, month: number, gender: string, score: string, recommend = 'no'): Person => ({
  site,
  month,
  gender,
  overall_satisfaction: score,
  recommend,
});
const PEOPLE: Person[] = [
  at(0, 0, 'woman', '2'),
  at(0, 0, 'woman', '1'),
  at(0, 0, 'woman', '1', 'yes'),
  at(0, 0, 'man', '1', 'yes'),
  at(0, 0, 'man', '1'),
  at(0, 1, 'woman', '2', 'yes'),
  ...['3', '4', '5', '5', '4', '3'].map((s, i) => at(1, 0, i % 2 ? 'man' : 'woman', s, i % 3 ? 'yes' : 'no')),
  ...['1', '5', '3'].map((s, i) => at(1, 1, i ? 'man' : 'woman', s, 'yes')),
];

interface Response extends SurveyResults {
  filter: Record<string, unknown>;
}

describe('results for funders and share links: the differencing sweep', () => {
  let t: TestApp;
  let staff: string;
  let funder: string;
  let token = '';
  let adminCookie = '';

  beforeAll(async () => {
    t = await createTestApp();
    staff = await t.login(t.orgs[0].emails.staff);
    funder = await t.login(t.orgs[0].emails.funder);
    const submissions = PEOPLE.map((p, i) => ({
      id: randomUUID(),
      surveyId: 'service-satisfaction',
      version: 1,
      siteId: t.orgs[0].siteIds[p.site],
      collectedAt: `${MONTHS[p.month]}-${String(10 + (i % 15)).padStart(2, '0')}T09:00:00Z`,
      locale: 'en',
      answers: {
        ...validAnswers(t.survey, i + 1),
        gender_other: undefined,
        gender: p.gender,
        overall_satisfaction: p.overall_satisfaction,
        recommend: p.recommend,
      },
    }));
    const res = await t.request('/api/submissions/batch', {
      method: 'POST',
      cookie: staff,
      json: { submissions },
    });
    const { results } = (await res.json()) as { results: Array<{ status: number }> };
    expect(results.filter((r) => r.status !== 201)).toEqual([]);
    const admin = await t.login(t.orgs[0].emails.admin);
    const link = await t.request('/api/share-links', {
      method: 'POST',
      cookie: admin,
      json: { surveyId: 'service-satisfaction' },
    });
    token = ((await link.json()) as { token: string }).token;
    adminCookie = admin;
  });
  afterAll(async () => {
    await t.close();
  });

  async function get(path: string, cookie?: string) {
    const res = await t.request(path, cookie ? { cookie } : {});
    return {
      status: res.status,
      body: (await res.json()) as Response & { error?: { code: string; message: string } },
    };
  }
  const gender = (r: Response) => r.questions.find((q) => q.id === 'gender');

  it('should not give funders or share links breakdowns by a sensitive question unless the survey allows it', async () => {
    for (const [path, cookie] of [
      ['/api/surveys/service-satisfaction/results', funder],
      [`/api/public/${token}/results`, undefined],
    ] as const) {
      const refused = await get(`${path}?filter=gender:woman`, cookie);
      expect(refused.status, path).toBe(403);
      // a share link answers only the filters it was made with, and cannot be made with this one
      expect(refused.body.error?.message).toMatch(cookie ? /gender.*sensitive/ : /filter/);
      const all = await get(path, cookie);
      expect(all.status).toBe(200);
      // 15 answered: the middle of the band 15..19
      expect(gender(all.body)).toMatchObject({ n: 17, counts: [], restricted: true });
      expect(all.body.questions.find((q) => q.id === 'key_population')).toMatchObject({ counts: [] });
    }
    const sensitiveLink = await t.request('/api/share-links', {
      method: 'POST',
      cookie: adminCookie,
      json: { surveyId: 'service-satisfaction', filters: { filter: ['gender:woman'] } },
    });
    expect(sensitiveLink.status).toBe(403);
    expect(((await sensitiveLink.json()) as { error: { message: string } }).error.message).toMatch(
      /gender.*sensitive/,
    );
    // staff of the organization still break results down by gender
    const forStaff = await get('/api/surveys/service-satisfaction/results?filter=gender:woman', staff);
    expect(forStaff.status).toBe(200);
    expect(gender(forStaff.body)?.counts.length).toBeGreaterThan(0);
  });

  it('should give funders whole months in the timeline, also when weeks are asked for', async () => {
    const weeks = await get('/api/surveys/service-satisfaction/results?bucket=week', funder);
    expect(weeks.body.filter).toMatchObject({ bucket: 'month' });
    // February (4 respondents) is under k: left out for funders
    expect(weeks.body.timeline.map((p) => p.period)).toEqual([PERIODS[0]]);
    const staffWeeks = await get('/api/surveys/service-satisfaction/results?bucket=week', staff);
    expect(staffWeeks.body.filter).toMatchObject({ bucket: 'week' });
  });

  it('should let a funder sweep over sites, countries, genders and months pin no one', async () => {
    // the worst case: the survey allows breakdowns by gender
    const allowing: SurveyDefinition = { ...t.survey, privacy: { funderBreakdownBySensitive: true } };
    await publishVersion(t.database.db, t.orgs[0].id, allowing, null, null);
    const [ua, kg] = t.orgs[0].siteIds;
    const siteSets = [
      { sites: [0, 1], query: '' },
      { sites: [0], query: `&siteId=${ua}` },
      { sites: [1], query: `&siteId=${kg}` },
      { sites: [0], query: '&country=UA' },
      { sites: [1], query: '&country=KG' },
    ];
    const attack = new DifferencingAttack(
      K,
      K,
      achievableFromCode(allowing, K, K, [0, 25, 50, 75, 100]),
      PEOPLE.length + K,
    );
    const indicators = ['satisfaction', 'would_recommend'];
    let requests = 0;
    for (let from = 0; from < MONTHS.length; from += 1)
      for (let to = from; to < MONTHS.length; to += 1)
        for (const siteSet of siteSets)
          for (const answers of [{}, { gender: 'woman' }, { gender: 'man' }] as Array<
            Record<string, string>
          >) {
            const filter = Object.entries(answers).map(([q, v]) => `&filter=${q}:${v}`);
            const query = `?from=${PERIODS[from]}&to=${LAST_DAYS[to]}${siteSet.query}${filter.join('')}`;
            const res = await get(`/api/surveys/service-satisfaction/results${query}`, funder);
            expect(res.status, query).toBe(200);
            requests += 1;
            const cell: AttackCell = { from, to, sites: siteSet.sites, answers };
            attack.observeResults(
              cell,
              res.body,
              PERIODS,
              ['gender', 'overall_satisfaction', 'recommend'],
              indicators,
            );
          }
    const pins = attack.pins(
      (cell) =>
        PEOPLE.filter(
          (p) =>
            p.month >= cell.from &&
            p.month <= cell.to &&
            cell.sites.includes(p.site) &&
            Object.entries(cell.answers).every(([q, v]) => p[q as keyof Person] === v),
        ).length,
    );
    expect(requests).toBe(45);
    expect(pins).toEqual([]);
  }, 60_000);
});
