import { testEngines } from '@kolo/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPEAT_SURVEY, seedRepeatRows } from '../export/repeat-export.fixture.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';

describe.each(testEngines())('answer filters and repeated sections on %s', (engine) => {
  let t: TestApp;
  let staff: string;

  beforeAll(async () => {
    t = await createTestApp({ engine });
    staff = await t.login(t.orgs[0].emails.staff);
    await seedRepeatRows(t, 3);
  });
  afterAll(async () => {
    await t.close();
  });

  it('should refuse a filter on a question asked per entry with a 422 that says what to filter by, not match nobody', async () => {
    const res = await t.request(`/api/surveys/${REPEAT_SURVEY}/results?filter=partner_tested:yes`, {
      cookie: staff,
    });
    expect(res.status).toBe(422);
    const { error } = (await res.json()) as { error: { message: string } };
    expect(error.message).toContain('asked once per entry of the repeated section "partners"');
    expect(error.message).toContain('filter by a question asked once per respondent');
  });
});
