import { sql } from 'drizzle-orm';
import { describe, expect, inject, it } from 'vitest';
import { openTestDatabase } from './testing/databases.ts';

describe.skipIf(!inject('postgresUrl'))('a PostgreSQL database whose server ends connections', () => {
  it('should keep the process alive and answer the next query when idle connections are ended', async () => {
    const database = await openTestDatabase('postgres');
    try {
      // open several pooled connections, then let the server end all but the one asking
      await Promise.all(Array.from({ length: 4 }, () => database.db.execute(sql`select pg_sleep(0.05)`)));
      await database.db.execute(
        sql`select pg_terminate_backend(pid) from pg_stat_activity
            where datname = current_database() and pid <> pg_backend_pid()`,
      );
      await new Promise((resolve) => setTimeout(resolve, 200));
      const answers = await Promise.all(
        Array.from({ length: 4 }, () => database.db.execute(sql`select 1 as one`)),
      );
      expect(answers).toHaveLength(4);
    } finally {
      await database.close();
    }
  });
});
