/** Submissions for the XLSX export's tests, written straight into the table. */
import { sql } from 'drizzle-orm';
import type { TestApp } from '../testing/test-app.ts';
import { validAnswers } from '../testing/test-app.ts';

/** A key no version of the survey names: the allow-list must never let it out. */
export const STRAY = 'stray_key_marker';
export const FORMULA = '=HYPERLINK("http://evil.example","open")';

/** Text that hardly compresses, so the compressed bytes waiting for the client stand for few rows. */
const NOISE = sql.raw(
  ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((k) => `md5(n::text || '${k}')`).join(' || '),
);

/** `count` submissions straight into the table, an hour apart, every third with a formula as its comment. */
export async function seedExportRows(t: TestApp, count: number): Promise<void> {
  const answers = JSON.stringify({ ...validAnswers(t.survey, 1), [STRAY]: 'leaked' });
  await t.database.db.execute(sql`
    insert into submissions (id, org_id, survey_id, version, site_id, collected_at, locale, answers, content_hash, facts)
    select gen_random_uuid(), ${t.orgs[0].id}, 'service-satisfaction', 1, ${t.orgs[0].siteIds[0]},
      timestamptz '2026-01-01T00:00:00Z' + n * interval '1 hour', 'uk',
      ${answers}::jsonb || jsonb_build_object('comment', case when n % 3 = 0 then ${FORMULA} else 'note ' || n || ${NOISE} end),
      'hash-' || n, '{}'::json
    from generate_series(1, ${count}) as n`);
}
