import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIRST_SURVEY_DAY, LAST_SURVEY_DAY, SurveyDay } from './query-dates.ts';
import { createTestApp, type TestApp } from './testing/test-app.ts';

describe('SurveyDay', () => {
  it('should take a calendar day from 2000-01-01 to 2100-12-31 and refuse the rest with a message', () => {
    for (const day of [FIRST_SURVEY_DAY, '2024-02-29', '2026-12-31', LAST_SURVEY_DAY])
      expect(SurveyDay.safeParse(day).success, day).toBe(true);
    for (const day of [
      '0000-01-01',
      '1999-12-31',
      '2101-01-01',
      '9999-12-31',
      '2026-02-30',
      '2026-13-01',
      '26-1-1',
    ]) {
      const parsed = SurveyDay.safeParse(day);
      expect(parsed.success, day).toBe(false);
      expect(parsed.error?.issues[0]?.message, day).toMatch(/YYYY-MM-DD|between 2000-01-01 and 2100-12-31/);
    }
  });
});

describe('dates on results, shared results, rows and exports', () => {
  let t: TestApp;
  let staff: string;
  let token: string;
  beforeAll(async () => {
    t = await createTestApp();
    staff = await t.login(t.orgs[0].emails.staff);
    const link = await t.request('/api/share-links', {
      method: 'POST',
      cookie: staff,
      // a share link answers only its own filters: this one is made for the widest range
      json: {
        surveyId: 'service-satisfaction',
        label: 'Donors',
        filters: { from: '2000-01-01', to: '2100-12-31' },
      },
    });
    token = ((await link.json()) as { token: string }).token;
  });
  afterAll(async () => {
    await t?.close();
  });

  const BAD: Array<[string, RegExp]> = [
    ['from=0000-01-01', /between 2000-01-01 and 2100-12-31/],
    ['to=9999-12-31', /between 2000-01-01 and 2100-12-31/],
    ['from=1999-12-31', /between 2000-01-01 and 2100-12-31/],
    ['to=2101-01-01', /between 2000-01-01 and 2100-12-31/],
    ['from=0000-01-01&to=9999-12-31', /between 2000-01-01 and 2100-12-31/],
    ['from=2026-05-01&to=2026-04-01', /from must not be after to/],
    ['from=2026-02-30', /YYYY-MM-DD/],
  ];

  it('should answer 422 with what to fix for a date out of range or a reversed range, never 500', async () => {
    const paths = [
      '/api/surveys/service-satisfaction/results',
      `/api/public/${token}/results`,
      '/api/surveys/service-satisfaction/submissions',
      '/api/surveys/service-satisfaction/export.csv',
      '/api/surveys/service-satisfaction/export.xlsx',
    ];
    const wrong: string[] = [];
    for (const path of paths) {
      for (const [query, message] of BAD) {
        const res = await t.request(`${path}?${query}`, { cookie: staff });
        const text = await res.text();
        if (res.status !== 422 || !message.test(text))
          wrong.push(`${res.status} ${path.replace(token, ':token')}?${query}: ${text.slice(0, 90)}`);
      }
      const ok = await t.request(`${path}?from=2000-01-01&to=2100-12-31`, { cookie: staff });
      if (ok.status !== 200) wrong.push(`${ok.status} ${path} over the widest range`);
    }
    expect(wrong).toEqual([]);
  });
});
