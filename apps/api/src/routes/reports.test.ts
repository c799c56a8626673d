import { randomUUID } from 'node:crypto';
import { stat } from 'node:fs/promises';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ReportModel } from '../report/model.ts';
import { pdfInfo, pdfPages, pdfText, savePdf } from '../report/testing/poppler.ts';
import { createTestApp, type TestApp, validAnswers } from '../testing/test-app.ts';

const engines = (): Array<'pglite' | 'postgres'> =>
  inject('postgresUrl') ? ['pglite', 'postgres'] : ['pglite'];

interface Results {
  respondents: { n: number | null; suppressed: boolean };
  questions: Array<{
    id: string;
    n: number | null;
    suppressed: boolean;
    counts: Array<{ value: string; n: number | null; share: number | null; suppressed: boolean }>;
    rows?: Array<{
      id: string;
      n: number | null;
      counts: Array<{ value: string; n: number | null; share: number | null }>;
    }>;
  }>;
  indicators: Array<{ id: string; n: number | null; value: number | null; suppressed: boolean }>;
  timeline: Array<{
    period: string;
    n: number | null;
    suppressed: boolean;
    indicators: Record<string, number | null>;
  }>;
}

/** Submissions on days of 2025-Q4 .. 2026-Q2, more at the first site, a few in Bishkek. */
function submissionsFor(t: TestApp, count: number, seed: number, month?: number) {
  return Array.from({ length: count }, (_, i) => ({
    id: randomUUID(),
    surveyId: 'service-satisfaction',
    version: 1,
    siteId: t.orgs[0].siteIds[i % 4 === 3 ? 1 : 0],
    collectedAt: new Date(Date.UTC(2026, month ?? (i % 9) - 3, 1 + ((i * 7) % 27), 12)).toISOString(),
    locale: 'en',
    answers: { ...validAnswers(t.survey, seed + i), comment: `report-private-${i}` },
  }));
}

describe.each(engines())('reports on %s', (engine) => {
  let t: TestApp;
  let staff: string;
  beforeAll(async () => {
    t = await createTestApp({ engine });
    staff = await t.login(t.orgs[0].emails.staff);
    const res = await t.request('/api/submissions/batch', {
      method: 'POST',
      cookie: staff,
      json: { submissions: submissionsFor(t, 72, 1) },
    });
    expect(res.status).toBe(200);
  });
  afterAll(async () => {
    await t.close();
  });

  async function make(body: Record<string, unknown>, cookie = staff) {
    const res = await t.request('/api/reports', { method: 'POST', cookie, json: body });
    const text = await res.text();
    expect(res.status, text).toBe(201);
    const { report } = JSON.parse(text) as { report: { id: string } };
    const one = await t.request(`/api/reports/${report.id}`, { cookie });
    expect(one.status).toBe(200);
    return {
      id: report.id,
      ...((await one.json()) as { report: { dataVersion: ReportModel['dataVersion'] }; model: ReportModel }),
    };
  }
  async function results(query: string): Promise<Results> {
    const res = await t.request(`/api/surveys/service-satisfaction/results?${query}`, { cookie: staff });
    expect(res.status).toBe(200);
    return (await res.json()) as Results;
  }

  /** Every figure of the model equals the results API's for the same filters. */
  async function expectFiguresOfApi(model: ReportModel, scopeQuery: string) {
    const period = await results(`from=${model.period.from}&to=${model.period.to}${scopeQuery}`);
    expect(model.method.n).toBe(period.respondents.n);
    expect(model.method.suppressed).toBe(period.respondents.suppressed);
    expect(model.dataVersion.submissions).toBe(period.respondents.n ?? model.dataVersion.submissions);
    for (const indicator of model.indicators) {
      const api = period.indicators.find((i) => i.id === indicator.id);
      expect({
        id: indicator.id,
        value: indicator.value,
        n: indicator.n,
        suppressed: indicator.suppressed,
      }).toEqual({
        id: indicator.id,
        value: api?.value ?? null,
        n: api?.n ?? 0,
        suppressed: api?.suppressed ?? false,
      });
    }
    expect(model.charts.length).toBeGreaterThan(0);
    for (const chart of model.charts) {
      const [id = '', row] = chart.id.split('.');
      const q = period.questions.find((x) => x.id === id);
      const counts = row ? q?.rows?.find((r) => r.id === row)?.counts : q?.counts;
      if (!row) expect(chart.n).toBe(q?.n);
      expect(chart.bars.map((b) => [b.value, b.n, b.share])).toEqual(
        counts?.map((c) => [c.value, c.n, c.share]),
      );
    }
    const trendQuery = `from=${model.trend.from}&to=${model.trend.to}${scopeQuery}`;
    const monthly = await results(`${trendQuery}&bucket=month`);
    const quarterly = await results(`${trendQuery}&bucket=quarter`);
    for (const [points, api] of [
      [model.trend.months, monthly],
      [model.trend.quarters, quarterly],
    ] as const) {
      for (const point of api.timeline) {
        const mine = points.find((p) => p.period === point.period);
        expect(mine, point.period).toBeDefined();
        expect(mine?.n).toBe(point.n);
        for (const [id, value] of Object.entries(point.indicators)) expect(mine?.values[id]).toBe(value);
      }
      // a period the API has no point for has no respondents in the report either
      for (const mine of points.filter((p) => !api.timeline.some((x) => x.period === p.period)))
        expect(mine.n).toBe(0);
    }
  }

  it('should make a quarterly report whose every figure equals the API aggregate, per scope', async () => {
    const network = await make({
      surveyId: 'service-satisfaction',
      language: 'en',
      period: { quarter: '2026-Q2' },
      scope: { level: 'network' },
    });
    expect(network.model.period).toEqual({ from: '2026-04-01', to: '2026-06-30', quarter: '2026-Q2' });
    expect(network.model.method.n).toBeGreaterThan(10);
    expect(network.model.method.sites).toBe(2);
    expect(network.model.trend.months.map((m) => m.period)[0]).toBe('2025-07-01');
    expect(network.model.trend.quarters.map((q) => [q.period, q.inReport])).toEqual([
      ['2025-07-01', false],
      ['2025-10-01', false],
      ['2026-01-01', false],
      ['2026-04-01', true],
    ]);
    await expectFiguresOfApi(network.model, '');
    const [dic, ost] = t.orgs[0].siteIds;
    const country = await make({
      surveyId: 'service-satisfaction',
      language: 'uk',
      period: { quarter: '2026-Q1' },
      scope: { level: 'country', country: 'UA' },
    });
    await expectFiguresOfApi(country.model, '&country=UA');
    const city = await make({
      surveyId: 'service-satisfaction',
      language: 'ky',
      period: { from: '2025-10-01', to: '2026-06-30' },
      scope: { level: 'region', country: 'KG', city: 'Bishkek' },
    });
    // few answers in Bishkek: the small figures are withheld in the report as in the API
    await expectFiguresOfApi(city.model, `&siteId=${ost}`);
    const site = await make({
      surveyId: 'service-satisfaction',
      language: 'ru',
      period: { quarter: '2026-Q2' },
      scope: { level: 'site', siteId: dic },
      questions: ['first_visit', 'av_hours', 'age_band'],
    });
    expect(site.model.charts.map((c) => c.id)).toEqual(['first_visit', 'av_hours', 'age_band']);
    await expectFiguresOfApi(site.model, `&siteId=${dic}`);
  });

  it('should carry the scorecard of the sites against the standards, as the scorecard API gives it', async () => {
    const { id, model } = await make({
      surveyId: 'service-satisfaction',
      language: 'en',
      period: { quarter: '2026-Q2' },
      scope: { level: 'network' },
    });
    const res = await t.request(
      '/api/surveys/service-satisfaction/scorecard?from=2026-04-01&to=2026-06-30&groupBy=site',
      {
        cookie: staff,
      },
    );
    expect(res.status).toBe(200);
    const api = (await res.json()) as {
      rows: Array<{
        label: string;
        n: number | null;
        cells: Array<{
          indicatorId: string;
          value: number | null;
          n: number | null;
          band: string;
          arrow: string;
        }>;
      }>;
    };
    const card = model.scorecard;
    expect(card).not.toBeNull();
    expect(card?.rows.length).toBe(2);
    for (const row of card?.rows ?? []) {
      const theirs = api.rows.find((r) => row.label.startsWith(r.label));
      expect(theirs, row.label).toBeDefined();
      expect(row.n).toBe(theirs?.n);
      expect(row.cells.map((c) => [c.indicatorId, c.value, c.n, c.rating, c.arrow])).toEqual(
        theirs?.cells.map((c) => [
          c.indicatorId,
          c.value,
          c.n,
          c.band === 'withheld' ? 'none' : c.band,
          c.arrow,
        ]),
      );
    }
    // worst first: no row has fewer red cells than the one after it
    const reds = (card?.rows ?? []).map((r) => r.cells.filter((c) => c.rating === 'red').length);
    expect(reds).toEqual([...reds].sort((a, b) => b - a));
    const text = (
      await pdfText(
        await savePdf(
          new Uint8Array(
            await (await t.request(`/api/reports/${id}/report.pdf`, { cookie: staff })).arrayBuffer(),
          ),
          `scorecard-${engine}`,
        ),
      )
    ).replace(/\s+/g, ' ');
    expect(text).toMatch(/meets the standard|close to the standard|below the standard/);
    expect(text).toContain('alpha DIC, Kyiv');
  });

  it('should keep a report’s figures when new answers arrive, and list it with its data version', async () => {
    const body = {
      surveyId: 'service-satisfaction',
      language: 'pl',
      period: { quarter: '2026-Q2' },
      scope: { level: 'network' },
    };
    const before = await make(body);
    const more = await t.request('/api/submissions/batch', {
      method: 'POST',
      cookie: staff,
      json: { submissions: submissionsFor(t, 6, 500, 4) },
    });
    expect(more.status).toBe(200);
    const again = (await (await t.request(`/api/reports/${before.id}`, { cookie: staff })).json()) as {
      model: ReportModel;
    };
    expect(again.model).toEqual(before.model);
    const after = await make(body);
    expect(after.model.dataVersion.submissions).toBe(before.model.dataVersion.submissions + 6);
    expect(
      String(after.model.dataVersion.latestReceivedAt) >= String(before.model.dataVersion.latestReceivedAt),
    ).toBe(true);
    expect(after.model.dataVersion.surveyVersions).toEqual([1]);
    const list = (await (await t.request('/api/reports', { cookie: staff })).json()) as {
      reports: Array<{ id: string; dataVersion: { submissions: number }; scopeLabel: string }>;
    };
    expect(list.reports[0]).toMatchObject({
      id: after.id,
      dataVersion: { submissions: after.model.dataVersion.submissions },
    });
    expect(list.reports.find((r) => r.id === before.id)?.dataVersion.submissions).toBe(
      before.model.dataVersion.submissions,
    );
    expect(list.reports[0]?.scopeLabel).toBe('Cała sieć');
  });

  it('should download a PDF whose text is real, carries the figures and is written in the report’s language', async () => {
    const narrative = {
      introduction: 'Зустріч спільноти у квітні.',
      keyMessages: '- Черги скоротилися\n- Бракує налоксону',
      recommendations: 'Відкривати пункт раніше.',
    };
    const { id, model } = await make({
      surveyId: 'service-satisfaction',
      language: 'uk',
      period: { quarter: '2026-Q2' },
      scope: { level: 'network' },
      narrative,
    });
    const res = await t.request(`/api/reports/${id}/report.pdf`, { cookie: staff });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toContain(
      'kolo-report-service-satisfaction-2026-Q2-uk.pdf',
    );
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    const path = await savePdf(bytes, `report-${engine}-uk`);
    const text = (await pdfText(path)).replace(/\s+/g, ' ');
    for (const heading of [
      'Що і як вимірювали',
      'Динаміка показників',
      'Основні діаграми',
      'Ключові висновки',
      'Бракує налоксону',
      'Зміст',
    ])
      expect(text).toContain(heading);
    expect(text).toContain(`Людей, які відповіли: ${model.method.n}.`);
    const availability = model.indicators.find((i) => i.id === 'availability');
    expect(availability?.value).not.toBeNull();
    expect(text).toContain(`Наявність ${Math.round(availability?.value ?? 0)} ${availability?.n}`);
    const { info, fonts } = await pdfInfo(path);
    expect(info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
    expect(fonts).toMatch(/[A-Z]{6}\+DejaVuSans\s/);
    expect(fonts).toMatch(/[A-Z]{6}\+DejaVuSans-Bold\s/);
  });

  it('should draw every page of a PDF in English, Ukrainian and Kyrgyz to an image', async () => {
    for (const language of ['en', 'uk', 'ky'] as const) {
      const { id, model } = await make({
        surveyId: 'service-satisfaction',
        language,
        period: { quarter: '2026-Q2' },
        scope: { level: 'network' },
        narrative: { introduction: 'Intro.' },
      });
      const bytes = new Uint8Array(
        await (await t.request(`/api/reports/${id}/report.pdf`, { cookie: staff })).arrayBuffer(),
      );
      const path = await savePdf(bytes, `report-${engine}-${language}`);
      const pages = await pdfPages(path);
      const count = Number(/Pages:\s+(\d+)/.exec((await pdfInfo(path)).info)?.[1]);
      expect(pages.length).toBe(count);
      expect(count).toBeGreaterThan(5);
      for (const page of pages) expect((await stat(page)).size).toBeGreaterThan(1000);
      if (language === 'ky') {
        const text = await pdfText(path);
        expect(text).toContain('Эмне жана кантип өлчөндү');
        expect(text).toContain('Көрсөткүчтөрдүн өзгөрүшү');
        expect(text).toContain(model.organization);
      }
    }
  });

  it('should write a PDF in Romanian, Serbian and Serbian in Latin script, every letter kept', async () => {
    const expected = {
      ro: ['Ce s-a măsurat și cum', 'Evoluția indicatorilor', 'Constatări și acțiunile întreprinse'],
      sr: ['Шта је мерено и како', 'Кретање показатеља', 'Налази и предузете мере'],
      'sr-Latn': ['Šta je mereno i kako', 'Kretanje pokazatelja', 'Nalazi i preduzete mere'],
    } as const;
    for (const [language, headings] of Object.entries(expected)) {
      const { id } = await make({
        surveyId: 'service-satisfaction',
        language,
        period: { quarter: '2026-Q2' },
        scope: { level: 'network' },
        narrative: { introduction: language === 'ro' ? 'Țară, șir, înțelegere.' : 'Ђурђевдан, љубав, џеп.' },
      });
      const res = await t.request(`/api/reports/${id}/report.pdf`, { cookie: staff });
      expect(res.status).toBe(200);
      const path = await savePdf(new Uint8Array(await res.arrayBuffer()), `report-${engine}-${language}`);
      const text = (await pdfText(path)).replace(/\s+/g, ' ');
      for (const heading of headings) expect(text, `${language}: ${heading}`).toContain(heading);
      expect(text).toContain(language === 'ro' ? 'Țară, șir, înțelegere.' : 'Ђурђевдан, љубав, џеп.');
      if (language === 'sr-Latn') expect(text).not.toMatch(/Шта је|Показатељ/);
      expect((await pdfInfo(path)).fonts).toMatch(/[A-Z]{6}\+DejaVuSans\s/);
    }
  });

  it('should download a DOCX with Word headings, tables of the figures and the narrative', async () => {
    const { id, model } = await make({
      surveyId: 'service-satisfaction',
      language: 'en',
      period: { quarter: '2026-Q2' },
      scope: { level: 'network' },
      narrative: { recommendations: 'Open the drop-in centre at 8 in the morning.' },
    });
    const res = await t.request(`/api/reports/${id}/report.docx`, { cookie: staff });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('wordprocessingml');
    const buffer = Buffer.from(await res.arrayBuffer());
    const { value: html } = await mammoth.convertToHtml({ buffer });
    for (const heading of [
      'What was measured and how',
      'Indicators this period',
      'Indicator trends',
      'Key charts',
      'Findings and the actions taken',
      'Recommendations',
    ])
      expect(html).toMatch(new RegExp(`<h1>(<a id="_Toc\\d+"></a>)?${heading}</h1>`));
    const { value: text } = await mammoth.extractRawText({ buffer });
    expect(text).toContain(`People who answered: ${model.method.n}.`);
    for (const indicator of model.indicators.filter((i) => i.value !== null))
      expect(text).toContain(String(Math.round(indicator.value ?? 0)));
    expect(text).toContain('Open the drop-in centre at 8 in the morning.');
    expect(html).toContain('<table>');
    // the charts are native Word charts (their parts are named in the zip's directory), editable with their data
    expect(buffer.includes('word/charts/chart1.xml')).toBe(true);
  });

  it('should list the findings of the period with the status of their actions, in PDF and DOCX', async () => {
    const admin = await t.login(t.orgs[0].emails.admin);
    const users = (await (await t.request('/api/users', { cookie: admin })).json()) as {
      users: Array<{ id: string; role: string }>;
    };
    const owner = users.users.find((u) => u.role === 'staff')?.id;
    const [dic] = t.orgs[0].siteIds;
    const created = await t.request('/api/findings', {
      method: 'POST',
      cookie: staff,
      json: {
        title: 'Naloxone ran out in October',
        category: 'stock_out',
        scope: { level: 'site', siteId: dic },
      },
    });
    expect(created.status, await created.clone().text()).toBe(201);
    const finding = (await created.json()) as { id: string };
    const action = await t.request(`/api/findings/${finding.id}/actions`, {
      method: 'POST',
      cookie: staff,
      json: {
        dutyBearer: { institution: 'City health department', type: 'local_health_authority' },
        ask: 'Restock naloxone every month',
        ownerId: owner,
        dueDate: '2020-01-31',
        level: 'region',
      },
    });
    expect(action.status, await action.clone().text()).toBe(201);
    const today = new Date().toISOString().slice(0, 10);
    // a second action the duty-bearer committed to: the report gives the ask and the commitment
    const second = await t.request(`/api/findings/${finding.id}/actions`, {
      method: 'POST',
      cookie: staff,
      json: {
        dutyBearer: { institution: 'Regional AIDS centre', role: 'Director', type: 'local_health_authority' },
        ask: 'Keep a reserve of naloxone at the site',
        ownerId: owner,
        dueDate: '2099-01-31',
        level: 'site',
      },
    });
    expect(second.status, await second.clone().text()).toBe(201);
    const secondId = ((await second.json()) as { id: string }).id;
    for (const change of [
      { to: 'raised', on: today, note: 'Letter sent' },
      { to: 'committed', on: today, note: 'Meeting', commitment: 'Ten kits in reserve from March' },
    ]) {
      const moved = await t.request(`/api/actions/${secondId}/status`, {
        method: 'POST',
        cookie: staff,
        json: change,
      });
      expect(moved.status, await moved.clone().text()).toBe(200);
    }
    // findings are dated the day they are raised: the report of this quarter lists it
    const quarter = `${today.slice(0, 4)}-Q${Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1}`;
    const { id, model } = await make({
      surveyId: 'service-satisfaction',
      language: 'en',
      period: { quarter },
      scope: { level: 'network' },
    });
    expect(model.findings).toEqual([
      expect.objectContaining({
        title: 'Naloxone ran out in October',
        category: 'Stock-out',
        closed: false,
        actions: [
          {
            dutyBearer: 'City health department',
            ask: 'Restock naloxone every month',
            commitment: null,
            level: 'city or region',
            dueDate: '2020-01-31',
            status: 'open',
            overdue: true,
          },
          {
            dutyBearer: 'Regional AIDS centre (Director)',
            ask: 'Keep a reserve of naloxone at the site',
            commitment: 'Ten kits in reserve from March',
            level: 'the site',
            dueDate: '2099-01-31',
            status: 'committed',
            overdue: false,
          },
        ],
      }),
    ]);
    // another country's report leaves it out
    const other = await make({
      surveyId: 'service-satisfaction',
      language: 'en',
      period: { quarter },
      scope: { level: 'country', country: 'KG' },
    });
    expect(other.model.findings).toEqual([]);
    const pdf = new Uint8Array(
      await (await t.request(`/api/reports/${id}/report.pdf`, { cookie: staff })).arrayBuffer(),
    );
    const text = (await pdfText(await savePdf(pdf, `findings-${engine}`))).replace(/\s+/g, ' ');
    expect(text).toContain('Naloxone ran out in October');
    expect(text).toContain('City health department');
    expect(text).toContain('open (overdue)');
    expect(text).toContain('Asked: Restock naloxone every month');
    expect(text).toContain('Committed to: Ten kits in reserve from March');
    const buffer = Buffer.from(
      await (await t.request(`/api/reports/${id}/report.docx`, { cookie: staff })).arrayBuffer(),
    );
    const { value: docx } = await mammoth.extractRawText({ buffer });
    expect(docx).toContain('Naloxone ran out in October');
    expect(docx).toContain('open (overdue)');
    expect(docx).toContain('Asked: Keep a reserve of naloxone at the site');
    expect(docx).toContain('Committed to: Ten kits in reserve from March');
    // a quarter without answers says so, never "withheld"
    expect(text).toContain('Availability no answers 0');
  });

  it('should refuse bad requests with 422 saying what to fix, never 500', async () => {
    const good = {
      surveyId: 'service-satisfaction',
      language: 'en',
      period: { quarter: '2026-Q2' },
      scope: { level: 'network' },
    };
    const cases: Array<[Record<string, unknown>, number, RegExp]> = [
      [{ ...good, language: 'de' }, 422, /language/],
      [{ ...good, period: { quarter: '2026-Q5' } }, 422, /quarter/],
      [{ ...good, period: { from: '2026-05-01', to: '2026-04-01' } }, 422, /after/],
      [{ ...good, period: { from: '2022-01-01', to: '2026-04-01' } }, 422, /at most/],
      [{ ...good, scope: { level: 'region', country: 'KG', city: 'Osh' } }, 422, /no site in Osh/],
      [
        { ...good, scope: { level: 'site', siteId: t.orgs[1].siteIds[0] } },
        422,
        /no site of your organization/,
      ],
      [{ ...good, questions: ['comment'] }, 422, /comment is not a chartable question/],
      [{ ...good, questions: ['nope'] }, 422, /nope is not a chartable question/],
      [{ ...good, narrative: { introduction: 'x'.repeat(8001) } }, 422, /8000/],
      [{ ...good, extra: true }, 422, /extra|Unrecognized/i],
      [{ ...good, surveyId: 'no-such-survey' }, 404, /survey/],
    ];
    for (const [body, status, message] of cases) {
      const res = await t.request('/api/reports', { method: 'POST', cookie: staff, json: body });
      const text = await res.text();
      expect(res.status, text).toBe(status);
      expect(text).toMatch(message);
    }
  });

  it('should keep reports to staff of their organization: no funder, no other network', async () => {
    const { id } = await make({
      surveyId: 'service-satisfaction',
      language: 'en',
      period: { quarter: '2026-Q2' },
      scope: { level: 'network' },
    });
    const funder = await t.login(t.orgs[0].emails.funder);
    for (const path of ['/api/reports', `/api/reports/${id}`, `/api/reports/${id}/report.pdf`])
      expect((await t.request(path, { cookie: funder })).status).toBe(403);
    const other = await t.login(t.orgs[1].emails.staff);
    expect((await t.request(`/api/reports/${id}`, { cookie: other })).status).toBe(404);
    expect((await t.request(`/api/reports/${id}/report.docx`, { cookie: other })).status).toBe(404);
    const list = (await (await t.request('/api/reports', { cookie: other })).json()) as {
      reports: unknown[];
    };
    expect(list.reports).toEqual([]);
    const audit = (await (
      await t.request('/api/audit', { cookie: await t.login(t.orgs[0].emails.admin) })
    ).json()) as {
      entries: Array<{ action: string; target: string | null }>;
    };
    expect(audit.entries.some((e) => e.action === 'report_create' && e.target === id)).toBe(true);
  });
});
