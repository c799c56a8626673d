import { createHash } from 'node:crypto';
import { inArray, sql } from 'drizzle-orm';
import type { Db } from './database.ts';
import type { Fact } from './facts.ts';
import { answerRollups, submissions } from './schema.ts';

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

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
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

interface RollupDelta {
  orgId: string;
  surveyId: string;
  day: string;
  siteId: string;
  question: string;
  value: string;
  n: number;
  total: number;
  totalSquares: number;
}

function rollupDeltas(stored: readonly NewSubmission[]): RollupDelta[] {
  const deltas = new Map<string, RollupDelta>();
  for (const s of stored) {
    const day = s.collectedAt.toISOString().slice(0, 10);
    for (const fact of s.facts) {
      const key = [s.orgId, s.surveyId, day, s.siteId, fact.q, fact.v].join('\u0000');
      let delta = deltas.get(key);
      if (!delta) {
        delta = {
          orgId: s.orgId,
          surveyId: s.surveyId,
          day,
          siteId: s.siteId,
          question: fact.q,
          value: fact.v,
          n: 0,
          total: 0,
          totalSquares: 0,
        };
        deltas.set(key, delta);
      }
      delta.n += 1;
      if (fact.x !== undefined) {
        delta.total += fact.x;
        delta.totalSquares += fact.x * fact.x;
      }
    }
  }
  // a fixed order keeps concurrent writers from deadlocking on rollup rows
  return [...deltas.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, d]) => d);
}

const UPSERT_CHUNK = 2000;

/**
 * Store submissions in one transaction, idempotently by id, and fold them into the daily rollups.
 * Returns one outcome per input, in order.
 */
export async function storeSubmissions(db: Db, batch: readonly NewSubmission[]): Promise<StoreOutcome[]> {
  if (batch.length === 0) return [];
  // the first occurrence of an id in a batch wins; later ones are compared with it
  const hashes = batch.map((s) => submissionHash(s));
  return db.transaction(async (tx) => {
    const firstIndex = new Map<string, number>();
    batch.forEach((s, i) => {
      if (!firstIndex.has(s.id)) firstIndex.set(s.id, i);
    });
    const unique = [...firstIndex.values()].map((i) => ({
      s: batch[i] as NewSubmission,
      hash: hashes[i] as string,
    }));
    const inserted = new Set<string>();
    for (let start = 0; start < unique.length; start += 500) {
      const rows = await tx
        .insert(submissions)
        .values(
          unique.slice(start, start + 500).map(({ s, hash }) => ({
            id: s.id,
            orgId: s.orgId,
            surveyId: s.surveyId,
            version: s.version,
            siteId: s.siteId,
            collectedBy: s.collectedBy,
            collectedAt: s.collectedAt,
            locale: s.locale,
            answers: s.answers,
            contentHash: hash,
            facts: s.facts,
          })),
        )
        .onConflictDoNothing({ target: submissions.id })
        .returning({ id: submissions.id });
      for (const row of rows) inserted.add(row.id);
    }
    const existing = unique.filter(({ s }) => !inserted.has(s.id)).map(({ s }) => s.id);
    const storedHash = new Map<string, string>();
    if (existing.length > 0) {
      const rows = await tx
        .select({ id: submissions.id, hash: submissions.contentHash, orgId: submissions.orgId })
        .from(submissions)
        .where(inArray(submissions.id, existing));
      // an id held by another organization is a conflict, whatever its content
      const orgOf = new Map(unique.map(({ s }) => [s.id, s.orgId]));
      for (const row of rows) storedHash.set(row.id, row.orgId === orgOf.get(row.id) ? row.hash : '');
    }
    const deltas = rollupDeltas(unique.filter(({ s }) => inserted.has(s.id)).map(({ s }) => s));
    for (let start = 0; start < deltas.length; start += UPSERT_CHUNK) {
      await tx
        .insert(answerRollups)
        .values(deltas.slice(start, start + UPSERT_CHUNK))
        .onConflictDoUpdate({
          target: [
            answerRollups.orgId,
            answerRollups.surveyId,
            answerRollups.day,
            answerRollups.siteId,
            answerRollups.question,
            answerRollups.value,
          ],
          set: {
            n: sql`${answerRollups.n} + excluded.n`,
            total: sql`${answerRollups.total} + excluded.total`,
            totalSquares: sql`${answerRollups.totalSquares} + excluded.total_squares`,
          },
        });
    }
    return batch.map((s, i) => {
      const first = firstIndex.get(s.id);
      if (first === i && inserted.has(s.id)) return 'created';
      const reference = inserted.has(s.id) ? hashes[first ?? i] : storedHash.get(s.id);
      return reference === hashes[i] ? 'duplicate' : 'conflict';
    });
  });
}
