import { sql } from 'drizzle-orm';
import type { Db } from './database.ts';
import { disaggregatedUpserts, pooledSource, syncDisaggregations } from './disaggregation-rollups.ts';
import type { Fact } from './facts.ts';
import { canonical } from './ingest.ts';
import { resultRows } from './result-rows.ts';
import { rollupUpserts } from './rollups.ts';

/** One validated answer set to draw submissions from, with the site and moment it was made for. */
export interface SubmissionSample {
  readonly siteId: string;
  /** Position in the period, 0 (start) to 1 (end). */
  readonly at: number;
  readonly answers: Readonly<Record<string, unknown>>;
  readonly facts: readonly Fact[];
}

export interface GenerateFromSamplesOptions {
  readonly orgId: string;
  readonly surveyId: string;
  readonly version: number;
  readonly locales: readonly string[];
  readonly collectedBy: string | null;
  /** Submissions are dated in `[until - spanMs, until]`. */
  readonly until: Date;
  readonly spanMs: number;
  readonly count: number;
  /** The same seed makes the same ids, times and picks. */
  readonly seed: number;
  readonly samples: readonly SubmissionSample[];
  /** Submissions per statement (default 50,000). */
  readonly chunkSize?: number;
  readonly onProgress?: (done: number) => void;
}

/** Random numbers in [0, 1) from the hex digits of a row's hash, so every pick is repeatable. */
const unit = (from: number) => sql.raw(`(('x' || substr(h, ${from}, 8))::bit(32)::bigint / 4294967296.0)`);

/**
 * Store `count` submissions drawn inside the database from a pool of validated samples: each row
 * takes a sample's answers and facts, a repeatable id, a time near the sample's and a locale, with
 * the same content hash as {@link storeSubmissions} would compute. Ids already stored are skipped.
 * The rollups are added once at the end, from the number of new rows per day, site and sample times
 * that sample's facts, instead of per row; all in one transaction. Returns the number stored now.
 * @example await generateFromSamples(db, { orgId, surveyId, version: 1, locales: ['en'], collectedBy: null, until: new Date(), spanMs: 3e10, count: 1e6, seed: 7, samples });
 */
export async function generateFromSamples(db: Db, options: GenerateFromSamplesOptions): Promise<number> {
  if (options.samples.length === 0) throw new Error('generateFromSamples needs at least one sample');
  const poolJson = JSON.stringify(
    options.samples.map((s, i) => ({
      i,
      site_id: s.siteId,
      at: s.at,
      answers: s.answers,
      canon: canonical(s.answers),
      facts: s.facts,
    })),
  );
  const locales = `{${options.locales.map((l) => `"${l.replace(/["\\]/g, '')}"`).join(',')}}`;
  const chunkSize = options.chunkSize ?? 50_000;
  const untilMs = options.until.getTime();
  const n = options.samples.length;
  // the survey's declared disaggregations registered first, so the new rows are counted in them
  await syncDisaggregations(db);
  return db.transaction(async (tx) => {
    // the pool is joined by hash, never rescanned per row; counts are aggregated in memory
    await tx.execute(sql`set local enable_nestloop = off`);
    await tx.execute(sql`set local work_mem = '256MB'`);
    await tx.execute(sql`create temp table kolo_pool on commit drop as
      select * from json_to_recordset(${poolJson}::json)
        as p(i int, site_id uuid, at float8, answers jsonb, canon text, facts json)`);
    await tx.execute(sql`create temp table kolo_generated (i int, day date) on commit drop`);
    let stored = 0;
    for (let start = 0; start < options.count; start += chunkSize) {
      const end = Math.min(options.count, start + chunkSize);
      const result = await tx.execute(sql`
        with gen as (
          select md5(${String(options.seed)} || ':' || g) as h
          from generate_series(${start}::bigint, ${end - 1}::bigint) as g
        ),
        picked as materialized (
          select
            (substr(h, 1, 12) || '4' || substr(h, 14, 3) || '8' || substr(h, 18, 15))::uuid as id,
            p.i, p.site_id, p.answers, p.canon, p.facts,
            date_trunc('milliseconds', to_timestamp((
              ${untilMs}::float8 - ${options.spanMs}::float8
              + least(1.0, greatest(0.0, p.at + (${unit(9)} - 0.5) * 0.04)) * ${options.spanMs}::float8
              - ${unit(25)} * 3600000.0) / 1000.0)) as collected_at,
            (${locales}::text[])[1 + floor(${unit(17)} * ${options.locales.length})::int] as locale
          from gen join kolo_pool p on p.i = floor(${unit(1)} * ${n})::int
        ),
        inserted as (
          insert into submissions (id, org_id, survey_id, version, site_id, collected_by, collected_at, locale, answers, content_hash, facts)
          select id, ${options.orgId}::uuid, ${options.surveyId}, ${options.version}::int, site_id,
            ${options.collectedBy}::uuid, collected_at, locale, answers,
            encode(sha256(convert_to(
              '{"answers":' || canon
              || ',"collectedAt":"' || to_char(collected_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
              || '","locale":' || to_json(locale)::text
              || ',"siteId":"' || site_id::text
              || '","surveyId":' || to_json(${options.surveyId}::text)::text
              || ',"version":' || ${options.version}::int || '}', 'UTF8')), 'hex'),
            facts
          from picked
          on conflict (id) do nothing
          returning id
        ),
        counted as (
          insert into kolo_generated (i, day)
          select p.i, (p.collected_at at time zone 'UTC')::date from inserted join picked p using (id)
          returning 1
        )
        select count(*)::int as n from counted`);
      stored += Number(resultRows<{ n: number }>(result)[0]?.n ?? 0);
      options.onProgress?.(end);
    }
    // every new row of a sample on a day adds that sample's facts: count rows, then multiply
    await tx.execute(
      sql`with ${rollupUpserts(sql`
      with c as (select i, day, count(*) as n from kolo_generated group by 1, 2),
      f as (select p.i, p.site_id, f.q, f.v, coalesce(f.x, 0) as x
        from kolo_pool p cross join lateral json_to_recordset(p.facts) as f(q text, v text, x float8))
      select ${options.orgId}::uuid as org_id, ${options.surveyId}::text as survey_id, c.day, f.site_id,
        f.q as question, f.v as value, sum(c.n) as n, sum(c.n * f.x) as total, sum(c.n * f.x * f.x) as total_squares
      from c join f using (i)
      group by 1, 2, 3, 4, 5, 6`)} select 1`,
    );
    await tx.execute(
      disaggregatedUpserts(
        pooledSource(
          options.orgId,
          options.surveyId,
          sql`select i, day, count(*) as n from kolo_generated group by 1, 2`,
          sql`kolo_pool`,
        ),
      ),
    );
    return stored;
  });
}
