import { createHash } from 'node:crypto';
import { type Database, type Db, resultRows } from '@kolo/db';
import { sql } from 'drizzle-orm';
import { type AttemptStore, MemoryAttemptStore, type TakeResult } from './rate-limit.ts';

/** How often one process deletes the rows whose attempts have all left their window. */
const PRUNE_EVERY_MS = 60_000;

/**
 * Sign-in attempts kept in PostgreSQL (`login_attempts`), shared by every API process on the
 * database: a limit reached through several processes holds in all of them. `take` checks and
 * records in one statement (an upsert that locks the key's row), so attempts sent at once to
 * different processes are counted one after another, never both under the limit.
 * @example new LoginLimiter(10, 15 * 60_000, new PostgresAttemptStore(db))
 */
export class PostgresAttemptStore implements AttemptStore {
  private prunedAt = 0;

  /** `scope` keeps limiters apart in the one table (an account's and an address's attempts). */
  constructor(
    private readonly db: Db,
    private readonly scope = '',
  ) {}

  /** The stored key: a SHA-256, so the table never holds an e-mail or a client address. */
  private hashed(key: string): string {
    return createHash('sha256').update(`${this.scope}\u0000${key}`).digest('hex');
  }

  async take(key: string, max: number, windowMs: number, now: number): Promise<TakeResult> {
    await this.prune(now);
    const since = now - windowMs;
    const result = await this.db.execute(sql`
      insert into login_attempts as a (key, times, expires_at, taken)
      values (${this.hashed(key)}, array[${now}::bigint], ${now + windowMs}::bigint, ${max} > 0)
      on conflict (key) do update set
        times = case
          when cardinality(array(select t from unnest(a.times) t where t > ${since}::bigint)) < ${max}
          then array(select t from unnest(a.times) t where t > ${since}::bigint order by t) || ${now}::bigint
          else array(select t from unnest(a.times) t where t > ${since}::bigint order by t) end,
        taken = cardinality(array(select t from unnest(a.times) t where t > ${since}::bigint)) < ${max},
        expires_at = case
          when cardinality(array(select t from unnest(a.times) t where t > ${since}::bigint)) < ${max}
          then ${now + windowMs}::bigint else a.expires_at end
      returning times, taken`);
    const [row] = resultRows<{ times: Array<string | number>; taken: boolean }>(result);
    if (!row) throw new Error('login_attempts: the upsert returned no row');
    const times = row.times.map(Number);
    if (row.taken) return { taken: true, remaining: Math.max(0, max - times.length) };
    return { taken: false, retryAfterMs: Math.max(1, (times[0] ?? now) + windowMs - now) };
  }

  async refund(key: string, at: number): Promise<void> {
    await this.db.execute(sql`
      update login_attempts
      set times = times[:array_position(times, ${at}::bigint) - 1] || times[array_position(times, ${at}::bigint) + 1:]
      where key = ${this.hashed(key)} and ${at}::bigint = any(times)`);
  }

  async reset(key: string): Promise<void> {
    await this.db.execute(sql`delete from login_attempts where key = ${this.hashed(key)}`);
  }

  /** Forget keys whose every attempt has left its window, at most once a minute per process. */
  private async prune(now: number): Promise<void> {
    if (now - this.prunedAt < PRUNE_EVERY_MS) return;
    this.prunedAt = now;
    await this.db.execute(sql`delete from login_attempts where expires_at <= ${now}::bigint`);
  }
}

/**
 * Where a server counts sign-in attempts: in PostgreSQL, shared by every process on the database;
 * in memory on PGlite (one process by nature).
 */
export function attemptStore(database: Database, scope: string): AttemptStore {
  return database.kind === 'postgres'
    ? new PostgresAttemptStore(database.db, scope)
    : new MemoryAttemptStore();
}
