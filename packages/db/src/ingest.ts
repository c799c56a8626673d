import { createHash } from 'node:crypto';
import { inArray, sql } from 'drizzle-orm';
import type { Db } from './database.ts';
import { countDisaggregated } from './disaggregation-rollups.ts';
import type { Fact } from './facts.ts';
import { resultRows } from './result-rows.ts';
import { dailyCounts, rollupUpserts } from './rollups.ts';
import { submissions } from './schema.ts';

/** A validated submission ready to store. */
export interface NewSubmission {
  readonly id: string;
  readonly orgId: string;
  readonly surveyId: string;
  readonly version: number;
  readonly siteId: string;
  readonly collectedBy: string | null;
  readonly collectedAt: Date;
  readonly locale: string;
  readonly answers: Readonly<Record<string, unknown>>;
  readonly facts: readonly Fact[];
}

/** `created`: stored now; `duplicate`: the same content was stored before; `conflict`: the id holds other content. */
export type StoreOutcome = 'created' | 'duplicate' | 'conflict';

/**
 * JSON with object keys sorted and no spaces: the text a submission's hash is taken of. Undefined
 * object values are left out (an undefined array element gives an empty slot, as it always has:
 * stored hashes must not change). Written with loops rather than entries/filter/map: it runs on
 * every submission.
 */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i += 1) {
      if (i > 0) out += ',';
      const element: unknown = value[i];
      if (element !== undefined) out += canonical(element);
    }
    return `${out}]`;
  }
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record).sort();
    let out = '{';
    let first = true;
    for (const key of keys) {
      const v = record[key];
      if (v === undefined) continue;
      if (!first) out += ',';
      first = false;
      out += `${JSON.stringify(key)}:${canonical(v)}`;
    }
    return `${out}}`;
  }
  return JSON.stringify(value);
}

/** SHA-256 of what makes a submission the same submission: survey, version, site, time, locale, answers. */
export function submissionHash(s: Omit<NewSubmission, 'facts' | 'orgId' | 'collectedBy'>): string {
  return createHash('sha256')
    .update(
      canonical({
        surveyId: s.surveyId,
        version: s.version,
        siteId: s.siteId,
        collectedAt: s.collectedAt.toISOString(),
        locale: s.locale,
        answers: s.answers,
      }),
    )
    .digest('hex');
}

export interface StoreOptions {
  /**
   * `inline` (default): count the stored submissions into the rollups in the same transaction.
   * `queued`: only note them in `rollup_queue`, for {@link foldQueuedRollups} to count later in
   * larger batches; the API does this so an acknowledgement does not wait for the rollups.
   */
  readonly rollups?: 'inline' | 'queued';
}

/** Submissions per statement: large enough to amortise a round trip, small enough for one JSON parameter. */
const CHUNK = 1000;

type Executor = Pick<Db, 'execute' | 'select'>;

/**
 * Insert one chunk of submissions (ignoring ids already stored) and return the ids inserted. In
 * `queued` mode the same statement adds the inserted ids to `rollup_queue`, so a submission and
 * its queue entry are stored together or not at all, without a transaction around them.
 */
async function insertChunk(
  db: Executor,
  chunk: ReadonlyArray<{ s: NewSubmission; hash: string }>,
  queued: boolean,
): Promise<string[]> {
  const rows = chunk.map(({ s, hash }) => ({
    id: s.id,
    org_id: s.orgId,
    survey_id: s.surveyId,
    version: s.version,
    site_id: s.siteId,
    collected_by: s.collectedBy,
    collected_at: s.collectedAt.toISOString(),
    locale: s.locale,
    answers: s.answers,
    content_hash: hash,
    facts: s.facts,
  }));
  // one statement per chunk: the rows travel as one JSON parameter
  const insert = sql`insert into submissions (id, org_id, survey_id, version, site_id, collected_by, collected_at, locale, answers, content_hash, facts)
    select id, org_id, survey_id, version, site_id, collected_by, collected_at, locale, answers, content_hash, facts
    from json_to_recordset(${JSON.stringify(rows)}::json) as r(
      id uuid, org_id uuid, survey_id text, version int, site_id uuid, collected_by uuid,
      collected_at timestamptz, locale text, answers jsonb, content_hash text, facts json)
    on conflict (id) do nothing
    returning id`;
  const result = queued
    ? await db.execute(sql`with inserted as (${insert}),
        queued as (insert into rollup_queue (submission_id) select id from inserted)
        select id::text as id from inserted`)
    : await db.execute(sql`with inserted as (${insert}) select id::text as id from inserted`);
  return resultRows<{ id: string }>(result).map((r) => r.id);
}

/**
 * Store submissions idempotently by id, and count them into the rollups in the same transaction
 * or queue them for counting (see {@link StoreOptions}). Returns one outcome per input, in order.
 */
export async function storeSubmissions(
  db: Db,
  batch: readonly NewSubmission[],
  options: StoreOptions = {},
): Promise<StoreOutcome[]> {
  if (batch.length === 0) return [];
  // the first occurrence of an id in a batch wins; later ones are compared with it
  const hashes = batch.map((s) => submissionHash(s));
  const firstIndex = new Map<string, number>();
  batch.forEach((s, i) => {
    if (!firstIndex.has(s.id)) firstIndex.set(s.id, i);
  });
  const unique = [...firstIndex.values()].map((i) => ({
    s: batch[i] as NewSubmission,
    hash: hashes[i] as string,
  }));
  const store = async (executor: Executor): Promise<Set<string>> => {
    const inserted = new Set<string>();
    for (let start = 0; start < unique.length; start += CHUNK) {
      const ids = await insertChunk(
        executor,
        unique.slice(start, start + CHUNK),
        options.rollups === 'queued',
      );
      for (const id of ids) inserted.add(id);
    }
    if (options.rollups !== 'queued') {
      // the rollups of the rows actually inserted (not the resends), counted here per day and key so
      // the database sorts and upserts a few thousand keys rather than every fact
      const stored = unique.filter(({ s }) => inserted.has(s.id)).map(({ s }) => s);
      if (stored.length > 0) await executor.execute(sql`with ${rollupUpserts(dailyCounts(stored))} select 1`);
      await countDisaggregated(
        executor,
        stored.map((s) => s.id),
      );
    }
    return inserted;
  };
  // queued: each statement stores its rows with their queue entries atomically, so no transaction
  // (and its two extra round trips) is needed; inline counting must commit with the rows
  const inserted = options.rollups === 'queued' ? await store(db) : await db.transaction(store);
  const existing = unique.filter(({ s }) => !inserted.has(s.id)).map(({ s }) => s.id);
  const storedHash = new Map<string, string>();
  if (existing.length > 0) {
    const rows = await db
      .select({ id: submissions.id, hash: submissions.contentHash, orgId: submissions.orgId })
      .from(submissions)
      .where(inArray(submissions.id, existing));
    // an id held by another organization is a conflict, whatever its content
    const orgOf = new Map(unique.map(({ s }) => [s.id, s.orgId]));
    for (const row of rows) storedHash.set(row.id, row.orgId === orgOf.get(row.id) ? row.hash : '');
  }
  return batch.map((s, i) => {
    const first = firstIndex.get(s.id);
    if (first === i && inserted.has(s.id)) return 'created';
    const reference = inserted.has(s.id) ? hashes[first ?? i] : storedHash.get(s.id);
    return reference === hashes[i] ? 'duplicate' : 'conflict';
  });
}
