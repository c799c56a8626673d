import { sql } from 'drizzle-orm';
import type { Db } from './database.ts';
import {
  countDisaggregated,
  DisaggregationTally,
  REGISTERED_ANSWERS,
  registeredAnswers,
} from './disaggregation-rollups.ts';
import { FactNumbers } from './fact-counts.ts';
import type { Fact } from './facts.ts';
import { resultRows } from './result-rows.ts';
import { DailyTally, rollupUpserts } from './rollups.ts';

interface QueuedRow {
  id: string;
  org_id: string;
  survey_id: string;
  site_id: string;
  collected_at: string | Date;
  facts: readonly Fact[] | string;
  /** Its answers to the registered disaggregation questions (see `REGISTERED_ANSWERS`). */
  by: unknown;
}

/** Queued submissions read (and their facts held in memory) at a time within one fold. */
const FOLD_CHUNK = 5000;

export interface FoldOptions {
  /** Queued submissions read at a time (5,000): memory holds one chunk's facts plus the counts. */
  readonly chunk?: number;
}

/**
 * Count up to `limit` queued submissions (see `rollup_queue`) into the daily and monthly rollups
 * (and the disaggregated ones, see `countDisaggregated`), in one transaction: the queue entries
 * are removed in the same transaction as the counts are added, so each submission is counted
 * exactly once even if the process dies half-way. Entries another transaction is folding are
 * skipped. The queue is read `chunk` submissions at a time and counted in memory, and every rollup
 * key is written once at the end: a fold's cost is mostly the keys it writes (tens of thousands
 * with declared disaggregation questions, whether it counts a hundred submissions or fifty
 * thousand), so a large `limit` makes folding a backlog cheap without holding it all in memory.
 * Returns how many submissions were counted.
 */
export async function foldQueuedRollups(db: Db, limit = 5000, options: FoldOptions = {}): Promise<number> {
  const chunk = Math.max(1, Math.min(options.chunk ?? FOLD_CHUNK, limit));
  return db.transaction(async (tx) => {
    // both tallies count the same facts: numbered once
    const facts = new FactNumbers();
    const daily = new DailyTally(facts);
    const disaggregated = new DisaggregationTally(facts);
    let counted = 0;
    while (counted < limit) {
      const take = Math.min(chunk, limit - counted);
      const result = await tx.execute(sql`
        with taken as (
          delete from rollup_queue
          where submission_id in (select submission_id from rollup_queue limit ${take} for update skip locked)
          returning submission_id)
        select s.id::text as id, s.org_id::text as org_id, s.survey_id, s.site_id::text as site_id, s.collected_at, s.facts,
          ${REGISTERED_ANSWERS} as by
        from submissions s join taken on taken.submission_id = s.id`);
      const rows = resultRows<QueuedRow>(result);
      const sources = rows.map((r) => ({
        orgId: r.org_id,
        surveyId: r.survey_id,
        siteId: r.site_id,
        collectedAt: new Date(r.collected_at),
        facts: typeof r.facts === 'string' ? (JSON.parse(r.facts) as Fact[]) : r.facts,
        by: registeredAnswers(r.by),
      }));
      daily.add(sources);
      disaggregated.add(sources);
      counted += rows.length;
      if (rows.length < take) break;
    }
    if (counted === 0) return 0;
    await tx.execute(sql`with ${rollupUpserts(daily.sql())} select 1`);
    // and split by the answers to declared questions, in the same transaction, counted from the
    // facts read here rather than by the database from the rows again
    await countDisaggregated(tx, disaggregated);
    return counted;
  });
}
