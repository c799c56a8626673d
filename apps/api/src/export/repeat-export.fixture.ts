/** A published survey with a repeat section, and submissions written straight into the table. */
import type { SurveyDefinition } from '@kolo/schema';
import { sql } from 'drizzle-orm';
import { publishVersion } from '../survey-store.ts';
import type { TestApp } from '../testing/test-app.ts';

export const REPEAT_SURVEY = 'partner-notification';

/** Asked once: age; once per partner: age, tested (yes/no), name (free text, so sensitive). */
export const repeatSurvey: SurveyDefinition = {
  id: REPEAT_SURVEY,
  version: 1,
  locales: ['en'],
  title: { en: 'Partner notification' },
  sections: [
    {
      id: 'about',
      title: { en: 'About you' },
      items: [{ id: 'age', kind: 'number', label: { en: 'Age' } }],
    },
    {
      id: 'partners',
      title: { en: 'Partners' },
      repeat: { max: 10, instanceLabel: { en: 'Partner' } },
      items: [
        { id: 'partner_age', kind: 'number', label: { en: 'Partner age' } },
        { id: 'partner_tested', kind: 'yes_no', label: { en: 'Tested?' } },
        { id: 'partner_name', kind: 'text', label: { en: 'First name' } },
      ],
    },
  ],
} as SurveyDefinition;

/** What the respondent of submission `n` (from 1) answered: `n - 1` partners, every name a formula. */
export function repeatAnswers(n: number): Record<string, unknown> {
  return {
    age: 20 + n,
    partners: Array.from({ length: n - 1 }, (_, i) => ({
      partner_age: 30 + i,
      partner_tested: i % 2 === 0 ? 'yes' : 'no',
      partner_name: `=name ${n}.${i + 1}`,
      stray_in_instance: 'leaked',
    })),
  };
}

/** Publish {@link repeatSurvey} for the first organisation and store `count` submissions, a day apart. */
export async function seedRepeatRows(t: TestApp, count: number): Promise<string[]> {
  const org = t.orgs[0];
  await publishVersion(t.database.db, org.id, repeatSurvey, null, null);
  const ids: string[] = [];
  for (let n = 1; n <= count; n++) {
    const result = (await t.database.db.execute(sql`
      insert into submissions (id, org_id, survey_id, version, site_id, collected_at, locale, answers, content_hash, facts)
      values (gen_random_uuid(), ${org.id}, ${REPEAT_SURVEY}, 1, ${org.siteIds[0]},
        timestamptz '2026-01-01T00:00:00Z' + ${n} * interval '1 day', 'en',
        ${JSON.stringify(repeatAnswers(n))}::jsonb, ${`repeat-${n}`}, '{}'::json)
      returning id`)) as { rows: Array<{ id: string }> };
    ids.push(result.rows[0]?.id ?? '');
  }
  return ids;
}
