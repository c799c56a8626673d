import { type Database, submissions, users } from '@kolo/db';
import { openTestDatabase } from '@kolo/db/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../auth/password.ts';
import { run } from './main.ts';
import { testIo } from './test-io.ts';

describe('kolo seed-demo', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase('pglite');
  });
  afterAll(async () => {
    await database?.close();
  });

  it('should load the demo into an empty database and print the logins and generated password', async () => {
    const t = testIo({ database });
    expect(await run(['seed-demo', '--volume', '0.02'], t.io), t.stderr()).toBe(0);
    expect(t.stdout()).toContain('admin@demo.kolo');
    const password = /password: (\S+)/.exec(t.stdout())?.[1];
    const [admin] = await database.db.select().from(users).where(sql`${users.email} = 'admin@demo.kolo'`);
    expect(await verifyPassword(admin?.passwordHash, password ?? '')).toBe(true);
    const [row] = await database.db.select({ n: sql<number>`count(*)::int` }).from(submissions);
    expect(t.stdout()).toContain(`demo loaded: ${row?.n} synthetic submissions`);
    expect(row?.n).toBeGreaterThan(100);
  });

  it('should refuse a database that holds an organization', async () => {
    const t = testIo({ database });
    expect(await run(['seed-demo', '--password', 'another-demo-password'], t.io)).toBe(1);
    expect(t.stderr()).toContain('seed-demo loads only into an empty database');
  });

  it('should refuse a demo password shorter than 8 characters', async () => {
    const t = testIo({ database });
    expect(await run(['seed-demo', '--password', 'short'], t.io)).toBe(2);
  });
});
