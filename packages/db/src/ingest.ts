import { createHash } from 'node:crypto';
import { inArray, sql } from 'drizzle-orm';
import type { Db } from './database.ts';
import { countDisaggregated, registeredAnswersOf } from './disaggregation-rollups.ts';
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
  /**
   * The sender's session id: the submission is stored only while that session exists and has not
   * expired, checked in the same statement as the write (`signed_out` otherwise).
   */
  readonly sessionId?: string;
}

/**
 * `created`: stored now; `duplicate`: the same content was stored before; `conflict`: the id holds
 * other content; `signed_out`: not stored, the submission's session has ended (see `sessionId`).
 */
export type StoreOutcome = 'created' | 'duplicate' | 'conflict' | 'signed_out';

/** Whether {@link canonicalText} met something JSON text would write differently. */
interface CanonicalState {
  differs: boolean;
}

/**
 * {@link canonical}, noting in `state` when the text differs from valid JSON of the same value (an
 * undefined array element, a Date or another object that is not plain): the stored answers reuse
 * the hash's text only when it does not.
 */
function canonicalText(value: unknown, state: CanonicalState): string {
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i += 1) {
      if (i > 0) out += ',';
      const element: unknown = value[i];
      if (element !== undefined) out += canonicalText(element, state);
      else state.differs = true;
    }
    return `${out}]`;
  }
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const prototype = Object.getPrototypeOf(record);
    if (prototype !== Object.prototype && prototype !== null) state.differs = true;
    const keys = Object.keys(record).sort();
    let out = '{';
    let first = true;
    for (const key of keys) {
      const v = record[key];
      if (v === undefined) continue;
      if (!first) out += ',';
      first = false;
      out += `${JSON.stringify(key)}:${canonicalText(v, state)}`;
    }
    return `${out}}`;
  }
  return JSON.stringify(value);
}

/**
 * JSON with object keys sorted and no spaces: the text a submission's hash is taken of. Undefined
 * object values are left out (an undefined array element gives an empty slot, as it always has:
 * stored hashes must not change). Written with loops rather than entries/filter/map: it runs on
 * every submission.
 */
export function canonical(value: unknown): string {
  return canonicalText(value, { differs: false });
}

/** The text hashed for a submission, given its answers' canonical text (keys in sorted order). */
function hashedText(s: Omit<NewSubmission, 'facts' | 'orgId' | 'collectedBy'>, answers: string): string {
  return `{"answers":${answers},"collectedAt":${JSON.stringify(s.collectedAt.toISOString())},"locale":${JSON.stringify(s.locale)},"siteId":${JSON.stringify(s.siteId)},"surveyId":${JSON.stringify(s.surveyId)},"version":${JSON.stringify(s.version)}}`;
}

/** SHA-256 of what makes a submission the same submission: survey, version, site, time, locale, answers. */
export function submissionHash(s: Omit<NewSubmission, 'facts' | 'orgId' | 'collectedBy'>): string {
  return createHash('sha256')
    .update(hashedText(s, canonical(s.answers)))
    .digest('hex');
}

/**
 * A submission's hash and its answers as JSON text for the database, from one walk of the
 * answers: the canonical text is valid JSON of the same value (jsonb does not keep key order), so
 * the answers are not serialised a second time.
 */
function hashAndAnswers(s: NewSubmission): { hash: string; answers: string } {
  const state: CanonicalState = { differs: false };
  const text = canonicalText(s.answers, state);
  return {
    hash: createHash('sha256').update(hashedText(s, text)).digest('hex'),
    answers: state.differs ? JSON.stringify(s.answers) : text,
  };
}

export interface StoreOptions {
  /**
   * `inline` (default): count the stored submissions into the rollups in the same transaction.
   * `queued`: only note them in `rollup_queue`, for {@link foldQueuedRollups} to count later in
   * larger batches; the API does this so an acknowledgement does not wait for the rollups.
   */
  readonly rollups?: 'inline' | 'queued';
}

/** Submissions per statement: large enough to amortise a round trip, small enough for one parameter per column. */
const CHUNK = 1000;

type Executor = Pick<Db, 'execute' | 'select'>;

/** A submission ready for the statement: its hash, and its answers and facts as JSON text. */
interface Prepared {
  readonly s: NewSubmission;
  readonly hash: string;
  readonly answers: string;
  readonly facts: string;
}

/** A submission's hash and the JSON text of its answers (the hash's) and facts. */
function prepareRow(s: NewSubmission): Prepared {
  const { hash, answers } = hashAndAnswers(s);
  return { s, hash, answers, facts: JSON.stringify(s.facts) };
}

/**
 * Separates the JSON texts of a chunk's answers (and facts) in one parameter, split by the
 * database. JSON text never holds it raw (`JSON.stringify`, which writes every string and key of
 * {@link canonical} too, escapes it as `\u001e`), and if one ever did, the split would cut a
 * string literal and jsonb would refuse the statement: never a row stored with another's answers.
 */
const SEPARATOR = '\u001e';

/** One element of a PostgreSQL array literal: quoted, with `"` and `\` escaped; `NULL` for null. */
function element(value: string | null): string {
  return value === null ? 'NULL' : `"${value.replace(/["\\]/g, '\\$&')}"`;
}

/** A PostgreSQL array literal of one column of a chunk. */
function column(chunk: readonly Prepared[], value: (p: Prepared) => string | null): string {
  let out = '{';
  for (let i = 0; i < chunk.length; i += 1) {
    if (i > 0) out += ',';
    out += element(value(chunk[i] as Prepared));
  }
  return `${out}}`;
}

/**
 * The statement's parameters for a chunk: one per column (array literals; the answers and facts as
 * their JSON texts joined by {@link SEPARATOR}), and last the distinct session ids to check.
 */
function parameters(chunk: readonly Prepared[]): string[] {
  const sessionIds = new Set<string>();
  for (const { s } of chunk) if (s.sessionId !== undefined) sessionIds.add(s.sessionId);
  return [
    column(chunk, (p) => p.s.id),
    column(chunk, (p) => p.s.orgId),
    column(chunk, (p) => p.s.surveyId),
    column(chunk, (p) => String(p.s.version)),
    column(chunk, (p) => p.s.siteId),
    column(chunk, (p) => p.s.collectedBy),
    column(chunk, (p) => p.s.collectedAt.toISOString()),
    column(chunk, (p) => p.s.locale),
    chunk.map((p) => p.answers).join(SEPARATOR),
    column(chunk, (p) => p.hash),
    chunk.map((p) => p.facts).join(SEPARATOR),
    column(chunk, (p) => p.s.sessionId ?? null),
    `{${[...sessionIds].map(element).join(',')}}`,
  ];
}

/** What one chunk's statement did: the ids it inserted and the sessions it found signed in. */
interface ChunkResult {
  readonly inserted: string[];
  readonly liveSessions: Set<string>;
}

/**
 * The statement that stores a chunk, one parameter per column (see {@link parameters}): each
 * answer's text is parsed once, by jsonb, and each facts text once, by json, where one JSON
 * document of rows was parsed whole and then each row's answers and facts again (three parses,
 * two thirds of the database's time for the insert). A row with a `session_id` is inserted only
 * while that session exists and has not expired; `queued` also adds the inserted ids to
 * `rollup_queue`. Returns the inserted ids, and the sessions found signed in (`session` true).
 */
function insertStatement(queued: boolean): string {
  return `with live as (select id from sessions where id = any($13::text[]) and expires_at > now()),
    inserted as (insert into submissions (id, org_id, survey_id, version, site_id, collected_by, collected_at, locale, answers, content_hash, facts)
      select r.id, r.org_id, r.survey_id, r.version, r.site_id, r.collected_by, r.collected_at, r.locale, r.answers, r.content_hash, r.facts
      from unnest($1::uuid[], $2::uuid[], $3::text[], $4::int[], $5::uuid[], $6::uuid[], $7::timestamptz[], $8::text[],
        string_to_array($9::text, chr(30))::jsonb[], $10::text[], string_to_array($11::text, chr(30))::json[], $12::text[])
        as r(id, org_id, survey_id, version, site_id, collected_by, collected_at, locale, answers, content_hash, facts, session_id)
      where r.session_id is null or r.session_id in (select id from live)
      on conflict (id) do nothing
      returning id)${queued ? ', queued as (insert into rollup_queue (submission_id) select id from inserted)' : ''}
    select id::text as id, false as session from inserted union all select id, true from live`;
}

const STATEMENTS = { queued: insertStatement(true), inline: insertStatement(false) } as const;
/** Each statement cut at its `$n` placeholders once, for drizzle's `sql` on PGlite: text, number, text... */
const STATEMENT_PARTS = {
  queued: STATEMENTS.queued.split(/\$(\d+)/),
  inline: STATEMENTS.inline.split(/\$(\d+)/),
} as const;

/** node-postgres's pool, which takes a named (prepared) statement; PGlite's client does not. */
interface PreparingPool {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
  totalCount: number;
}

/** The pool behind `db` when it is node-postgres's (never a transaction's: its statements run on its own connection). */
function preparingPool(db: Db): PreparingPool | undefined {
  const client = (db as { $client?: unknown }).$client as Partial<PreparingPool> | undefined;
  return client && typeof client.totalCount === 'number' && typeof client.query === 'function'
    ? (client as PreparingPool)
    : undefined;
}

/**
 * Insert one chunk of submissions (ignoring ids already stored) and return the ids inserted. In
 * `queued` mode the same statement adds the inserted ids to `rollup_queue`, so a submission and
 * its queue entry are stored together or not at all, without a transaction around them. A row
 * with a `session_id` is inserted only while that session exists and has not expired, checked in
 * the same statement (one round trip for the sign-in check and the write). Outside a transaction
 * on PostgreSQL the statement is prepared once per connection: planning it cost as much as running
 * it for the few rows of a group of single submissions.
 */
async function insertChunk(
  db: Executor,
  chunk: readonly Prepared[],
  queued: boolean,
  pool: PreparingPool | undefined,
): Promise<ChunkResult> {
  // one statement per chunk: the rows travel as one parameter per column
  const values = parameters(chunk);
  const mode = queued ? 'queued' : 'inline';
  const text = STATEMENTS[mode];
  const result = pool
    ? await pool.query({ name: `kolo_store_submissions_${mode}`, text, values })
    : await db.execute(
        sql.join(
          STATEMENT_PARTS[mode].map((part, i) =>
            i % 2 === 0 ? sql.raw(part) : sql`${values[Number(part) - 1]}`,
          ),
        ),
      );
  const inserted: string[] = [];
  const liveSessions = new Set<string>();
  for (const r of resultRows<{ id: string; session: boolean }>(result)) {
    if (r.session) liveSessions.add(r.id);
    else inserted.push(r.id);
  }
  return { inserted, liveSessions };
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
  const firstIndex = new Map<string, number>();
  batch.forEach((s, i) => {
    if (!firstIndex.has(s.id)) firstIndex.set(s.id, i);
  });
  // a resent copy later in the batch is only hashed, to compare with the first
  const prepared = batch.map((s, i) => (firstIndex.get(s.id) === i ? prepareRow(s) : undefined));
  const hashes = batch.map((s, i) => prepared[i]?.hash ?? submissionHash(s));
  const unique = [...firstIndex.values()].map((i) => prepared[i] as Prepared);
  const liveSessions = new Set<string>();
  const store = async (executor: Executor): Promise<Set<string>> => {
    const inserted = new Set<string>();
    // a prepared statement only outside a transaction: the pool would run it on another connection
    const pool = executor === db ? preparingPool(db) : undefined;
    for (let start = 0; start < unique.length; start += CHUNK) {
      const chunk = await insertChunk(
        executor,
        unique.slice(start, start + CHUNK),
        options.rollups === 'queued',
        pool,
      );
      for (const id of chunk.inserted) inserted.add(id);
      for (const id of chunk.liveSessions) liveSessions.add(id);
    }
    if (options.rollups !== 'queued') {
      // the rollups of the rows actually inserted (not the resends), counted here per day and key so
      // the database sorts and upserts a few thousand keys rather than every fact
      const stored = unique.filter(({ s }) => inserted.has(s.id)).map(({ s }) => s);
      if (stored.length > 0) await executor.execute(sql`with ${rollupUpserts(dailyCounts(stored))} select 1`);
      const by = await registeredAnswersOf(
        executor,
        stored.map((s) => s.id),
      );
      await countDisaggregated(
        executor,
        stored.map((s) => ({ ...s, by: by.get(s.id) ?? [] })),
      );
    }
    return inserted;
  };
  // queued: each statement stores its rows with their queue entries atomically, so no transaction
  // (and its two extra round trips) is needed; inline counting must commit with the rows
  const inserted = options.rollups === 'queued' ? await store(db) : await db.transaction(store);
  const signedOut = (s: NewSubmission) => s.sessionId !== undefined && !liveSessions.has(s.sessionId);
  const existing = unique.filter(({ s }) => !inserted.has(s.id) && !signedOut(s)).map(({ s }) => s.id);
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
    if (!inserted.has(s.id) && signedOut(batch[first ?? i] as NewSubmission)) return 'signed_out';
    const reference = inserted.has(s.id) ? hashes[first ?? i] : storedHash.get(s.id);
    return reference === hashes[i] ? 'duplicate' : 'conflict';
  });
}
