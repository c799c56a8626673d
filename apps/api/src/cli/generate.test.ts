import { type Database, submissions } from '@kolo/db';
import { openTestDatabase } from '@kolo/db/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../demo/seed.ts';
import { run } from './main.ts';
import { testIo } from './test-io.ts';

describe('kolo generate', () => {
  let database: Database;
  const stored = async () => {
    const [row] = await database.db.select({ n: sql<number>`count(*)::int` }).from(submissions);
    return row?.n ?? 0;
  };
  beforeAll(async () => {
    database = await openTestDatabase('pglite');
    await seedDemo(database.db, { password: 'demo-password-1', volume: 0 });
  });
  afterAll(async () => {
    await database?.close();
  });

  it('should store N valid submissions in batches and print the rate', async () => {
    const t = testIo({ database });
    const argv = [
      'generate',
      '--survey',
      'service-satisfaction',
      '--count',
      '2500',
      '--months',
      '3',
      '--seed',
      '7',
    ];
    expect(await run(argv, t.io), t.stderr()).toBe(0);
    expect(await stored()).toBe(2500);
    expect(t.stdout()).toContain('2,500 submissions of service-satisfaction v1 in "demo", seed 7');
    expect(t.stdout()).toMatch(/generated 2,500 submissions in [\d.]+ s: [\d,]+ submissions\/s/);
    const [span] = await database.db
      .select({ days: sql<number>`extract(day from max(collected_at) - min(collected_at))::int` })
      .from(submissions);
    expect(span?.days).toBeLessThanOrEqual(92);
  });

  it('should add nothing when run again with the same seed', async () => {
    const argv = ['generate', '--survey', 'service-satisfaction', '--count', '100', '--seed', '7'];
    const before = await stored();
    expect(await run(argv, testIo({ database }).io)).toBe(0);
    expect(await stored()).toBe(before);
  });

  it('should name the published surveys when the survey is unknown', async () => {
    const t = testIo({ database });
    expect(await run(['generate', '--survey', 'nope', '--count', '10'], t.io)).toBe(1);
    expect(t.stderr()).toMatch(
      /no published survey "nope" in this organization \(published: .*service-satisfaction/,
    );
  });

  it('should refuse an unknown organization', async () => {
    const t = testIo({ database });
    expect(
      await run(['generate', '--survey', 'service-satisfaction', '--count', '1', '--org', 'x'], t.io),
    ).toBe(1);
    expect(t.stderr()).toContain('no organization "x" (there are: demo)');
  });
});
