import { type Db, resultRows } from '@kolo/db';
import { sql } from 'drizzle-orm';
import type { Deps } from './context.ts';
import { describeError } from './errors.ts';

/** How long a read waits for the replica to catch up before it goes to the primary instead. */
const CATCH_UP_MS = 50;
/** Pause between two looks at the replica's replay position. */
const POLL_MS = 5;

/**
 * The database a dashboard read goes to (results, rows, exports, published lists): the read
 * replica (`DATABASE_READ_URL`) once it has replayed everything the primary had committed when the
 * read began, else the primary. Called after `rollups.settle()`, so results read from the replica
 * include every submission acknowledged before the read, as they do from the primary, and a user's
 * own writes (a publish, a submission) are seen by the read that follows. A replica more than
 * {@link CATCH_UP_MS} behind, or one that cannot be reached, leaves the read on the primary.
 * @example const db = await readDatabase(c.get('deps')); const rows = await db.select().from(surveys);
 */
export async function readDatabase(deps: Deps): Promise<Db> {
  const replica = deps.database.replica;
  if (!replica) return deps.db;
  try {
    const [primary] = resultRows<{ lsn: string }>(
      await deps.db.execute(sql`select pg_current_wal_lsn()::text as lsn`),
    );
    if (!primary) return deps.db;
    const until = Date.now() + CATCH_UP_MS;
    for (;;) {
      const [replayed] = resultRows<{ caught_up: boolean | null }>(
        await replica.execute(sql`select pg_last_wal_replay_lsn() >= ${primary.lsn}::pg_lsn as caught_up`),
      );
      if (replayed?.caught_up === true) return replica;
      if (Date.now() >= until) return deps.db;
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  } catch (error) {
    deps.log.error(
      `the read replica could not be asked, reading from the primary: ${describeError(error as Error)}`,
    );
    return deps.db;
  }
}
