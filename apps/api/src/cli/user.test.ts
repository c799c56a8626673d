import { auditLog, type Database, memberships, organizations, sites, users } from '@kolo/db';
import { openTestDatabase, testEngines } from '@kolo/db/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../auth/password.ts';
import { run } from './main.ts';
import { testIo } from './test-io.ts';

const PASSWORD = 'a long enough secret';

describe.each(testEngines())('kolo user create (%s)', (engine) => {
  let database: Database;
  const create = async (args: string[], env: Record<string, string> = {}) => {
    const t = testIo({ database, env });
    const code = await run(['user', 'create', ...args], t.io);
    return { code, stdout: t.stdout(), stderr: t.stderr() };
  };
  const userByEmail = async (email: string) => {
    const [row] = await database.db
      .select({
        id: users.id,
        hash: users.passwordHash,
        mustChangePassword: users.mustChangePassword,
        role: memberships.role,
        siteIds: memberships.siteIds,
      })
      .from(users)
      .innerJoin(memberships, eq(memberships.userId, users.id))
      .where(eq(users.email, email));
    return row;
  };

  beforeAll(async () => {
    database = await openTestDatabase(engine);
  });
  afterAll(async () => {
    await database?.close();
  });

  it('should refuse to guess the organization of an empty database', async () => {
    const result = await create(['--email', 'a@b.org', '--name', 'A', '--role', 'admin']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no organization yet: give --org SLUG');
  });

  it('should create the first admin and the organization, audited', async () => {
    const result = await create([
      '--email',
      'Ana@Network.org',
      '--name',
      'Ana',
      '--role',
      'admin',
      '--org',
      'network',
      '--org-name',
      'Harm Reduction Network',
      '--password',
      PASSWORD,
    ]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('created organization "network" (Harm Reduction Network)');
    expect(result.stdout).toContain('created admin ana@network.org (Ana) in "network"');
    expect(result.stdout).not.toContain(PASSWORD);
    const user = await userByEmail('ana@network.org');
    expect(user?.role).toBe('admin');
    expect(await verifyPassword(user?.hash, PASSWORD)).toBe(true);
    const entries = await database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.target, user?.id ?? ''));
    expect(entries).toMatchObject([
      { action: 'user_create', userId: null, detail: { role: 'admin', via: 'cli' } },
    ]);
  });

  it('should generate a temporary password and print it once when none is given', async () => {
    const result = await create(['--email', 'staff@network.org', '--name', 'Sam', '--role', 'staff']);
    expect(result.code, result.stderr).toBe(0);
    const password = /temporary password \(shown once; [^)]*\): (\S+)/.exec(result.stdout)?.[1] ?? '';
    expect(password.length).toBeGreaterThanOrEqual(10);
    expect(result.stdout.split(password)).toHaveLength(2);
    const user = await userByEmail('staff@network.org');
    expect(await verifyPassword(user?.hash, password)).toBe(true);
    // whoever ran the command saw it: the person chooses their own at first sign-in
    expect(user?.mustChangePassword).toBe(true);
  });

  it('should take the password from KOLO_NEW_PASSWORD and not print it', async () => {
    const result = await create(['--email', 'funder@network.org', '--name', 'Fay', '--role', 'funder'], {
      KOLO_NEW_PASSWORD: PASSWORD,
    });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).not.toContain('password');
    const user = await userByEmail('funder@network.org');
    expect(await verifyPassword(user?.hash, PASSWORD)).toBe(true);
    expect(user?.mustChangePassword).toBe(false);
  });

  it('should assign a monitor to sites of the organization only', async () => {
    const [org] = await database.db.select().from(organizations).where(eq(organizations.slug, 'network'));
    const [site] = await database.db
      .insert(sites)
      .values({ orgId: org?.id ?? '', name: 'Drop-in', country: 'UA', city: 'Kyiv' })
      .returning();
    const ok = await create([
      ...['--email', 'mo@network.org', '--name', 'Mo', '--role', 'monitor'],
      ...['--sites', site?.id ?? '', '--password', PASSWORD],
    ]);
    expect(ok.code, ok.stderr).toBe(0);
    expect((await userByEmail('mo@network.org'))?.siteIds).toEqual([site?.id]);
    const other = '00000000-0000-4000-8000-000000000000';
    const wrong = await create([
      ...['--email', 'mo2@network.org', '--name', 'Mo', '--role', 'monitor'],
      ...['--sites', other, '--password', PASSWORD],
    ]);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain(`no site ${other}`);
  });

  it('should refuse a short password, a taken email, and an unknown organization without --org-name', async () => {
    const short = await create([
      '--email',
      'x@network.org',
      '--name',
      'X',
      '--role',
      'staff',
      '--password',
      'short',
    ]);
    expect(short.code).toBe(2);
    expect(short.stderr).toContain('at least 10 characters');
    const taken = await create(['--email', 'ANA@network.org', '--name', 'A', '--role', 'staff']);
    expect(taken.code).toBe(1);
    expect(taken.stderr).toContain('a user with the email ana@network.org exists already');
    const typo = await create([
      '--email',
      'y@network.org',
      '--name',
      'Y',
      '--role',
      'staff',
      '--org',
      'netwrok',
    ]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('no organization "netwrok" (there are: network)');
    expect(await userByEmail('y@network.org')).toBeUndefined();
  });

  it('should create a second organization only when asked to, then need --org', async () => {
    const second = await create([
      ...['--email', 'lead@other.org', '--name', 'Lee', '--role', 'admin'],
      ...['--org', 'other', '--org-name', 'Other Network', '--password', PASSWORD],
    ]);
    expect(second.code, second.stderr).toBe(0);
    const ambiguous = await create(['--email', 'z@other.org', '--name', 'Z', '--role', 'staff']);
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toContain('several organizations: give --org SLUG (network, other)');
  });
});
