import type { Database } from '@kolo/db';
import { openTestDatabase, testEngines } from '@kolo/db/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PostgresAttemptStore } from './attempt-store.ts';
import { LoginLimiter } from './rate-limit.ts';

describe.each(testEngines())('PostgresAttemptStore on %s', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
  });
  afterAll(() => database.close());

  it('should reserve up to the limit at once, then say how long to wait', async () => {
    const limiter = new LoginLimiter(3, 60_000, new PostgresAttemptStore(database.db));
    const now = 1_000_000;
    const taken = await Promise.all([1, 2, 3, 4].map(() => limiter.reserve('a@x.test', now)));
    expect(taken.filter((t) => 'remaining' in t).map((t) => ('remaining' in t ? t.remaining : -1))).toEqual(
      expect.arrayContaining([2, 1, 0]),
    );
    expect(taken.filter((t) => 'retryAfterMs' in t)).toEqual([{ retryAfterMs: 60_000 }]);
    expect(await limiter.reserve('b@x.test', now)).toMatchObject({ remaining: 2 });
    expect(await limiter.reserve('a@x.test', now + 60_000)).toMatchObject({ remaining: 2 });
  });

  it('should hand back a refunded attempt and forget a key on reset', async () => {
    const limiter = new LoginLimiter(2, 60_000, new PostgresAttemptStore(database.db));
    const first = await limiter.reserve('k', 10);
    await limiter.reserve('k', 20);
    expect(await limiter.reserve('k', 30)).toEqual({ retryAfterMs: 59_980 });
    if ('at' in first) await limiter.refund(first);
    expect(await limiter.reserve('k', 40)).toMatchObject({ remaining: 0 });
    await limiter.reset('k');
    expect(await limiter.reserve('k', 50)).toMatchObject({ remaining: 1 });
  });

  it('should count attempts made through two stores (two processes) against one limit', async () => {
    const a = new LoginLimiter(10, 60_000, new PostgresAttemptStore(database.db));
    const b = new LoginLimiter(10, 60_000, new PostgresAttemptStore(database.db));
    const now = 5_000_000;
    const taken = await Promise.all(
      Array.from({ length: 30 }, (_, i) => (i % 2 ? a : b).reserve('shared@x.test', now + i)),
    );
    expect(taken.filter((t) => 'remaining' in t)).toHaveLength(10);
  });

  it('should store no e-mail address, only its hash', async () => {
    const limiter = new LoginLimiter(5, 60_000, new PostgresAttemptStore(database.db));
    await limiter.reserve('private@x.test', 7);
    const result = await database.db.execute(sql`select key from login_attempts`);
    expect(JSON.stringify(result)).not.toContain('private@x.test');
  });
});
