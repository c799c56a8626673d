import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestApp, type TestApp, validAnswers } from '../testing/test-app.ts';

const engines = (): Array<'pglite' | 'postgres'> =>
  inject('postgresUrl') ? ['pglite', 'postgres'] : ['pglite'];

interface Cell {
  indicatorId: string;
  value: number | null;
  n: number | null;
  suppressed: boolean;
  band: string;
  previous: number | null;
  arrow: string;
}
interface Row {
  key: string;
  label: string;
  n: number | null;
  suppressed: boolean;
  openActions: number | null;
  cells: Cell[];
}
interface Card {
  period: { from: string; to: string; label: string | null };
  previous: { from: string; to: string };
  rounding: number | null;
  rows: Row[];
  quarters: Array<{ label: string }>;
  validation: { embargo: boolean; withheldMonths: string[]; preliminaryMonths: string[] };
}
interface Results {
  respondents: { n: number | null; suppressed: boolean };
  indicators: Array<{ id: string; n: number | null; value: number | null; suppressed: boolean }>;
  validation: { embargo: boolean; withheldMonths: string[]; preliminaryMonths: string[] };
}

/**
 * 12 respondents at the first site (UA) in January 2026 (recommend: 7 yes, 5 no; satisfaction 5
 * of 5), 3 at the second (KG) in February, and 6 at the first in November 2025 (satisfaction 3 of 5).
 */
async function seed(t: TestApp) {
  const staff = await t.login(t.orgs[0].emails.staff);
  const [ua, kg] = t.orgs[0].siteIds;
  const item = (
    i: number,
    siteId: string | undefined,
    collectedAt: string,
    recommend: string,
    satisfaction = '5',
  ) => ({
    id: randomUUID(),
    surveyId: 'service-satisfaction',
    version: 1,
    siteId,
    collectedAt,
    locale: 'en',
    answers: { ...validAnswers(t.survey, i + 1), recommend, overall_satisfaction: satisfaction },
  });
  const items = [
    ...Array.from({ length: 12 }, (_, i) =>
      item(i, ua, `2026-01-${String(10 + i).padStart(2, '0')}T09:00:00Z`, i < 7 ? 'yes' : 'no'),
    ),
    ...Array.from({ length: 3 }, (_, i) => item(20 + i, kg, `2026-02-0${i + 1}T09:00:00Z`, 'yes')),
    ...Array.from({ length: 6 }, (_, i) => item(30 + i, ua, `2025-11-0${i + 1}T09:00:00Z`, 'yes', '3')),
  ];
  const res = await t.request('/api/submissions/batch', {
    method: 'POST',
    cookie: staff,
    json: { submissions: items },
  });
  const { results } = (await res.json()) as { results: Array<{ status: number }> };
  expect(results.every((r) => r.status === 201)).toBe(true);
  return staff;
}

describe.each(engines())('standards, scorecard and validation on %s', (engine) => {
  let t: TestApp;
  let staff: string;
  let funder: string;
  let admin: string;
  const path = '/api/surveys/service-satisfaction';
  const card = async (cookie: string, query = '') => {
    const res = await t.request(`${path}/scorecard${query}`, { cookie });
    expect(res.status, await res.clone().text()).toBe(200);
    return (await res.json()) as Card;
  };
  const results = async (cookie: string, query: string) => {
    const res = await t.request(`${path}/results${query}`, { cookie });
    expect(res.status, await res.clone().text()).toBe(200);
    return (await res.json()) as Results;
  };
  const cell = (row: Row | undefined, id: string) => row?.cells.find((c) => c.indicatorId === id);

  beforeAll(async () => {
    t = await createTestApp({ engine });
    staff = await seed(t);
    funder = await t.login(t.orgs[0].emails.funder);
    admin = await t.login(t.orgs[0].emails.admin);
  });
  afterAll(async () => {
    await t.close();
  });

  describe('standards', () => {
    it('should give the library defaults until staff set their own', async () => {
      const res = await t.request(`${path}/standards`, { cookie: staff });
      expect(res.status).toBe(200);
      const body = (await res.json()) as {
        indicators: Array<{ id: string; standard: Record<string, unknown> | null }>;
      };
      expect(body.indicators.find((i) => i.id === 'satisfaction')?.standard).toMatchObject({
        direction: 'higher',
        green: 75,
        amber: 50,
        origin: 'library',
      });
    });

    it('should refuse thresholds in the wrong order for the direction with a 422 saying what to fix', async () => {
      const res = await t.request(`${path}/standards`, {
        method: 'PUT',
        cookie: staff,
        json: { standards: [{ indicatorId: 'satisfaction', green: 50, amber: 75 }] },
      });
      expect(res.status).toBe(422);
      const { error } = (await res.json()) as { error: { message: string } };
      expect(error.message).toContain('green threshold (50) must be above the amber one (75)');
    });

    it('should refuse an unknown indicator, a value over 100 and a repeated indicator', async () => {
      const send = (standards: unknown[]) =>
        t.request(`${path}/standards`, { method: 'PUT', cookie: staff, json: { standards } });
      const unknown = await send([{ indicatorId: 'nope', green: 80, amber: 60 }]);
      expect(unknown.status).toBe(422);
      expect(((await unknown.json()) as { error: { message: string } }).error.message).toContain(
        'no indicator "nope"',
      );
      const over = await send([{ indicatorId: 'quality', green: 120, amber: 60 }]);
      expect(((await over.json()) as { error: { message: string } }).error.message).toContain(
        'between 0 and 100',
      );
      const twice = await send([
        { indicatorId: 'quality', green: 80, amber: 60 },
        { indicatorId: 'quality', green: 80, amber: 60 },
      ]);
      expect(twice.status).toBe(422);
      const text = await send([{ indicatorId: 'quality', green: 'high', amber: 60 }]);
      expect(text.status).toBe(422);
    });

    it('should not let a funder or a monitor set standards', async () => {
      for (const email of [t.orgs[0].emails.funder, t.orgs[0].emails.monitor]) {
        const res = await t.request(`${path}/standards`, {
          method: 'PUT',
          cookie: await t.login(email),
          json: { standards: [] },
        });
        expect(res.status).toBe(403);
      }
    });
  });

  describe('scorecard', () => {
    it('should default to the latest quarter with data and compare with the quarter before', async () => {
      const c = await card(staff);
      expect(c.period).toEqual({ from: '2026-01-01', to: '2026-03-31', label: '2026-Q1' });
      expect(c.previous).toEqual({ from: '2025-10-01', to: '2025-12-31' });
      expect(c.quarters.map((q) => q.label)).toEqual(['2026-Q1', '2025-Q4']);
    });

    it('should give per site the values the results API gives for the same site and period', async () => {
      for (const [cookie, who] of [
        [staff, 'staff'],
        [funder, 'funder'],
      ] as const) {
        const c = await card(cookie, '?from=2026-01-01&to=2026-03-31');
        for (const siteId of t.orgs[0].siteIds) {
          const row = c.rows.find((r) => r.key === siteId);
          const r = await results(cookie, `?from=2026-01-01&to=2026-03-31&siteId=${siteId}`);
          expect(row?.n, who).toBe(r.respondents.n);
          for (const indicator of r.indicators) {
            const got = cell(row, indicator.id);
            expect(
              { value: got?.value, n: got?.n, suppressed: got?.suppressed },
              `${who} ${indicator.id}`,
            ).toEqual({
              value: indicator.suppressed ? null : indicator.value,
              n: indicator.n,
              suppressed: indicator.suppressed,
            });
          }
        }
        expect(c.rounding, who).toBe(who === 'funder' ? t.config.minCell : null);
      }
    });

    it('should group by country with the figures of all its sites', async () => {
      const c = await card(staff, '?groupBy=country');
      const ua = c.rows.find((r) => r.key === 'UA');
      const r = await results(staff, `?from=2026-01-01&to=2026-03-31&country=UA`);
      expect(cell(ua, 'would_recommend')?.value).toBe(
        r.indicators.find((i) => i.id === 'would_recommend')?.value,
      );
    });

    it('should withhold a small site with no colour, and colour the rest against the standard', async () => {
      const c = await card(staff);
      const [ua, kg] = t.orgs[0].siteIds;
      const small = c.rows.find((r) => r.key === kg);
      expect(small?.suppressed).toBe(true);
      for (const x of small?.cells ?? []) {
        expect(x.band).toBe('withheld');
        expect(x.value).toBeNull();
      }
      const big = c.rows.find((r) => r.key === ua);
      // satisfaction 100 (green from 75), up from 50; 7 of 12 would recommend (58%: red under 60)
      expect(cell(big, 'satisfaction')).toMatchObject({
        value: 100,
        band: 'green',
        arrow: 'up',
        previous: 50,
      });
      expect(cell(big, 'would_recommend')).toMatchObject({ band: 'red', n: 12 });
      expect(typeof big?.openActions).toBe('number');
    });

    it("should change a cell's colour when staff set a stricter standard, and back when they clear it", async () => {
      const put = await t.request(`${path}/standards`, {
        method: 'PUT',
        cookie: staff,
        json: {
          standards: [
            {
              indicatorId: 'would_recommend',
              green: 55,
              amber: 40,
              target: 55,
              source: 'Funder target 2026',
            },
          ],
        },
      });
      expect(put.status).toBe(200);
      const ua = t.orgs[0].siteIds[0];
      expect(
        cell(
          (await card(staff)).rows.find((r) => r.key === ua),
          'would_recommend',
        )?.band,
      ).toBe('green');
      await t.request(`${path}/standards`, { method: 'PUT', cookie: staff, json: { standards: [] } });
      expect(
        cell(
          (await card(staff)).rows.find((r) => r.key === ua),
          'would_recommend',
        )?.band,
      ).toBe('red');
    });

    it('should refuse a malformed period or grouping with a 422', async () => {
      for (const q of ['?from=2026-13-01', '?groupBy=region', '?from=2026-03-01&to=2026-01-01']) {
        const res = await t.request(`${path}/scorecard${q}`, { cookie: staff });
        expect(res.status, q).toBe(422);
      }
      const monitor = await t.login(t.orgs[0].emails.monitor);
      expect((await t.request(`${path}/scorecard`, { cookie: monitor })).status).toBe(403);
    });
  });

  describe('community validation and the embargo', () => {
    let token = '';
    beforeAll(async () => {
      const res = await t.request('/api/share-links', {
        method: 'POST',
        cookie: staff,
        json: {
          surveyId: 'service-satisfaction',
          showScorecard: true,
          filters: { from: '2026-01-01', to: '2026-03-31' },
        },
      });
      token = ((await res.json()) as { token: string }).token;
    });

    it('should let only an admin turn the embargo on', async () => {
      const body = { validationEmbargo: true };
      const denied = await t.request('/api/organization/validation-embargo', {
        method: 'PUT',
        cookie: staff,
        json: body,
      });
      expect(denied.status).toBe(403);
      const res = await t.request('/api/organization/validation-embargo', {
        method: 'PUT',
        cookie: admin,
        json: body,
      });
      expect(res.status).toBe(200);
    });

    it('should show funders and share links nothing from months not validated, and say which', async () => {
      const q = '?from=2026-01-01&to=2026-03-31';
      const f = await results(funder, q);
      expect(f.validation).toEqual({
        embargo: true,
        withheldMonths: ['2026-01-01', '2026-02-01'],
        preliminaryMonths: [],
      });
      expect(f.respondents.n ?? 0).toBe(0);
      const pub = await t.request(`/api/public/${token}/results`);
      const p = (await pub.json()) as Results;
      expect(p.validation.withheldMonths).toEqual(['2026-01-01', '2026-02-01']);
      expect(p.respondents.n ?? 0).toBe(0);
      const c = await card(funder);
      expect(c.validation.withheldMonths).toEqual(['2026-01-01', '2026-02-01']);
      expect(c.rows.every((r) => r.cells.every((x) => x.value === null && x.band !== 'green'))).toBe(true);
      const pc = (await (await t.request(`/api/public/${token}/scorecard`)).json()) as Card;
      expect(pc.rows.every((r) => r.cells.every((x) => x.value === null))).toBe(true);
    });

    it('should show staff the same months marked preliminary', async () => {
      const s = await results(staff, '?from=2026-01-01&to=2026-03-31');
      expect(s.respondents.n).toBe(15);
      expect(s.validation).toEqual({
        embargo: true,
        withheldMonths: [],
        preliminaryMonths: ['2026-01-01', '2026-02-01'],
      });
      expect((await card(staff)).validation.preliminaryMonths).toEqual(['2026-01-01', '2026-02-01']);
    });

    it('should leave out only the months not validated from a longer period', async () => {
      // Q4 2025 validated, Q1 2026 not: a funder's year sees November's 6 only
      const post = await t.request(`${path}/validations`, {
        method: 'POST',
        cookie: staff,
        json: {
          quarter: '2025-Q4',
          meetingDate: '2026-01-20',
          participants: 14,
          notes: 'Peer meeting in Kyiv',
        },
      });
      expect(post.status).toBe(201);
      const f = await results(funder, '?from=2025-10-01&to=2026-03-31');
      expect(f.validation.withheldMonths).toEqual(['2026-01-01', '2026-02-01']);
      const staffView = await results(staff, '?from=2025-10-01&to=2025-12-31');
      const funderView = await results(funder, '?from=2025-10-01&to=2025-12-31');
      expect(funderView.respondents.n).toBe(7); // 6 in the band 5..9: its middle
      expect(staffView.respondents.n).toBe(6);
      const opened = await results(funder, '');
      expect(opened.respondents.n).toBe(7);
    });

    it('should show the funder the quarter once validated, and withhold it again when undone (audited)', async () => {
      const bad = await t.request(`${path}/validations`, {
        method: 'POST',
        cookie: staff,
        json: { quarter: '2026-Q5', meetingDate: '2026-04-10', participants: 0 },
      });
      expect(bad.status).toBe(422);
      const early = await t.request(`${path}/validations`, {
        method: 'POST',
        cookie: staff,
        json: { quarter: '2026-Q1', meetingDate: '2025-12-10', participants: 9 },
      });
      expect(early.status).toBe(422);
      const post = await t.request(`${path}/validations`, {
        method: 'POST',
        cookie: staff,
        json: { quarter: '2026-Q1', meetingDate: '2026-04-10', participants: 12 },
      });
      expect(post.status).toBe(201);
      const { id } = (await post.json()) as { id: string };
      const again = await t.request(`${path}/validations`, {
        method: 'POST',
        cookie: staff,
        json: { quarter: '2026-Q1', meetingDate: '2026-04-11', participants: 12 },
      });
      expect(again.status).toBe(409);
      const f = await results(funder, '?from=2026-01-01&to=2026-03-31');
      expect(f.validation.withheldMonths).toEqual([]);
      expect(f.respondents.n).toBe(17); // 15 in the band 15..19
      const ua = t.orgs[0].siteIds[0];
      expect(
        cell(
          (await card(funder)).rows.find((r) => r.key === ua),
          'satisfaction',
        )?.band,
      ).toBe('green');
      const list = (await (await t.request(`${path}/validations`, { cookie: staff })).json()) as {
        periods: Array<{ quarter: string; participants: number }>;
      };
      expect(list.periods.map((p) => p.quarter)).toEqual(['2026-Q1', '2025-Q4']);

      const undo = await t.request(`${path}/validations/${id}`, {
        method: 'DELETE',
        cookie: staff,
        headers: { origin: 'http://localhost' },
      });
      expect(undo.status, await undo.clone().text()).toBe(200);
      const after = await results(funder, '?from=2026-01-01&to=2026-03-31');
      expect(after.validation.withheldMonths).toEqual(['2026-01-01', '2026-02-01']);
      const audit = (await (await t.request('/api/audit?limit=50', { cookie: admin })).json()) as {
        entries: Array<{ action: string }>;
      };
      const actions = audit.entries.map((e) => e.action);
      expect(actions).toEqual(
        expect.arrayContaining(['period_validate', 'period_unvalidate', 'embargo_change']),
      );
    });

    it('should show everything again once the embargo is off', async () => {
      await t.request('/api/organization/validation-embargo', {
        method: 'PUT',
        cookie: admin,
        json: { validationEmbargo: false },
      });
      const f = await results(funder, '?from=2026-01-01&to=2026-03-31');
      expect(f.validation).toEqual({ embargo: false, withheldMonths: [], preliminaryMonths: [] });
      expect(f.respondents.n).toBe(17);
    });
  });
});
