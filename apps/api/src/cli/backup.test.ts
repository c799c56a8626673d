import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import {
  auditLog,
  type Database,
  type Db,
  findingNotes,
  findings,
  indicatorStandards,
  organizations,
  reports,
  sessions,
  shareLinks,
  syncDisaggregations,
  users,
  validatedPeriods,
} from '@kolo/db';
import { openTestDatabase, testEngines } from '@kolo/db/testing';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import journal from '../../../../packages/db/migrations/meta/_journal.json' with { type: 'json' };
import { audit } from '../audit.ts';
import { nonEmptyTables, queryRows } from '../backup/database-state.ts';
import { RESTORE_EMPTY_TABLES } from '../backup/format.ts';
import { writeBackup } from '../backup/write-backup.ts';
import { seedDemo } from '../demo/seed.ts';
import { run } from './main.ts';
import { testIo } from './test-io.ts';

/** Migrations the database has after `migrate`. */
const MIGRATION_COUNT = journal.entries.length;

/** SHA-256 of every row of a table, as PostgreSQL prints it, in a fixed order: equal means identical. */
async function canonicalDump(db: Db): Promise<Record<string, { rows: number; sha256: string }>> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local timezone = 'UTC'`);
    const dump: Record<string, { rows: number; sha256: string }> = {};
    for (const table of RESTORE_EMPTY_TABLES) {
      const name = sql.identifier(table);
      const rows = await queryRows<{ row: string }>(tx, sql`select t::text as row from ${name} t order by 1`);
      const hash = createHash('sha256');
      for (const { row } of rows) hash.update(`${row}\n`);
      dump[table] = { rows: rows.length, sha256: hash.digest('hex') };
    }
    return dump;
  });
}

/** A demo network plus the awkward values a backup must carry exactly. */
async function seedSource(db: Db): Promise<void> {
  await seedDemo(db, { password: 'demo-password-1', volume: 0.05 });
  const [org] = await db.select().from(organizations);
  const [user] = await db.select().from(users).where(eq(users.email, 'admin@demo.kolo'));
  if (!org || !user) throw new Error('seed failed');
  await audit(db, { orgId: org.id, userId: user.id }, 'login');
  await audit(db, { orgId: org.id, userId: null }, 'export', 'service-satisfaction', {
    note: 'Bălți «квартал» 🏳️‍🌈 "quoted"\n\ttabbed',
    numbers: [0.1, 1e-7, 12345678901234, -0],
    nested: { empty: {}, list: [], none: null },
  });
  await db.insert(shareLinks).values({
    orgId: org.id,
    surveyId: 'service-satisfaction',
    tokenHash: 'a'.repeat(64),
    label: null,
    createdBy: user.id,
  });
  // the accountability cycle the demo does not fill: a note, a report, a standard, a validated quarter
  const [finding] = await db.select({ id: findings.id }).from(findings).orderBy(findings.id).limit(1);
  if (!finding) throw new Error('the demo seeds no finding');
  await db.insert(findingNotes).values({
    orgId: org.id,
    findingId: finding.id,
    kind: 'correction',
    body: 'Черга в Кишиневі: 3 години, не 30 хвилин',
    createdBy: user.id,
  });
  await db.insert(reports).values({
    orgId: org.id,
    surveyId: 'service-satisfaction',
    title: 'Q1 community report',
    language: 'uk',
    periodFrom: '2025-01-01',
    periodTo: '2025-03-31',
    scope: { level: 'network' },
    dataVersion: { submissions: 12, latest: '2025-03-31T10:00:00.000Z', versions: [1] },
    model: { sections: [{ kind: 'narrative', text: 'Що змінилося' }], share: 0.125 },
    createdBy: user.id,
  });
  await db.insert(indicatorStandards).values({
    orgId: org.id,
    surveyId: 'service-satisfaction',
    indicatorId: 'satisfaction',
    direction: 'higher',
    green: 0.8,
    amber: 0.6,
    target: 0.9,
    source: 'national guideline',
    updatedBy: user.id,
  });
  await db.insert(validatedPeriods).values({
    orgId: org.id,
    surveyId: 'service-satisfaction',
    periodStart: '2025-01-01',
    periodEnd: '2025-03-31',
    meetingDate: '2025-04-10',
    participants: 14,
    notes: null,
    createdBy: user.id,
  });
  await db.insert(sessions).values({
    id: 'b'.repeat(64),
    userId: user.id,
    orgId: org.id,
    expiresAt: new Date(Date.now() + 3_600_000),
  });
  // as a running server does at start: the disaggregated counts a restore must carry
  expect(await syncDisaggregations(db)).toBeGreaterThan(0);
  await db.execute(sql`update surveys set draft = '{"id": "x", "title": {"uk": "Опитування"}, "n": 2.5}'::jsonb
    where id = 'service-access'`);
  await db.execute(sql`update submissions set received_at = '2024-02-29 23:59:59.123456+00'
    where id = (select id from submissions order by id limit 1)`);
  await db.execute(sql`update answer_rollups set total = 0.1 + 0.2, total_squares = 1e300
    where (org_id, survey_id, day, site_id, question, value) = (select org_id, survey_id, day, site_id, question, value
      from answer_rollups order by 1, 2, 3, 4, 5, 6 limit 1)`);
}

const cut = (file: string, to: string, transform: (text: string) => string) =>
  writeFileSync(to, gzipSync(transform(gunzipSync(readFileSync(file)).toString('utf8'))));

describe('kolo backup / restore', () => {
  let dir: string;
  let source: Database;
  let file: string;
  let before: Awaited<ReturnType<typeof canonicalDump>>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kolo-backup-'));
    file = join(dir, 'demo.kolo');
    source = await openTestDatabase('pglite');
    await seedSource(source.db);
    before = await canonicalDump(source.db);
    const t = testIo({ database: source, env: { INIT_CWD: dir } });
    expect(await run(['backup', 'demo.kolo'], t.io), t.stderr()).toBe(0);
    expect(t.stdout()).toContain(`backup written: ${file}`);
    expect(t.stdout()).toMatch(/sha256 [0-9a-f]{64}/);
  });

  afterAll(async () => {
    await source?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('should hold a versioned header, one line per row and a checksummed trailer, without sessions', () => {
    const lines = gunzipSync(readFileSync(file)).toString('utf8').trimEnd().split('\n');
    const header = JSON.parse(lines[0] as string);
    expect(header).toMatchObject({
      format: 'kolo-backup',
      version: 1,
      migration: { count: MIGRATION_COUNT },
    });
    const trailer = JSON.parse(lines[lines.length - 1] as string);
    const body = `${lines.slice(0, -1).join('\n')}\n`;
    expect(trailer.sha256).toBe(createHash('sha256').update(body).digest('hex'));
    expect(trailer.rows).toBe(lines.length - 2);
    expect(trailer.counts.submissions).toBe(before.submissions?.rows);
    expect(body).not.toContain('"t":"sessions"');
  });

  for (const engine of testEngines()) {
    it(`should restore into an empty ${engine} database with identical data`, async () => {
      const target = await openTestDatabase(engine);
      try {
        const t = testIo({ database: target });
        expect(await run(['restore', file], t.io), t.stderr()).toBe(0);
        expect(t.stdout()).toMatch(/restored [\d,]+ rows/);
        const after = await canonicalDump(target.db);
        expect(before.submissions?.rows).toBeGreaterThan(300);
        expect(before.answer_rollups?.rows).toBeGreaterThan(1000);
        // the demo's four accounts (created through createMember, audited) and the two entries above
        expect(before.audit_log?.rows).toBe(6);
        // the accountability cycle: the demo's findings, actions and observations, and the rows above
        for (const table of ['findings', 'actions', 'action_events', 'observations'])
          expect(before[table]?.rows, table).toBeGreaterThan(0);
        for (const table of ['finding_notes', 'reports', 'indicator_standards', 'validated_periods'])
          expect(before[table]?.rows, table).toBe(1);
        // the derived disaggregated counts are carried exactly, not rebuilt with other rounding
        expect(before.disaggregated_rollups_monthly?.rows).toBeGreaterThan(1000);
        const { sessions: sourceSessions, ...sourceTables } = before;
        const { sessions: targetSessions, ...targetTables } = after;
        expect(targetTables).toEqual(sourceTables);
        expect(sourceSessions?.rows).toBe(1);
        expect(targetSessions?.rows).toBe(0);
        // the audit log's id sequence continues after the restored entries
        await audit(target.db, { orgId: null, userId: null }, 'login');
        const ids = await target.db.select({ id: auditLog.id }).from(auditLog).orderBy(auditLog.id);
        expect(ids.map((r) => r.id)).toEqual([1, 2, 3, 4, 5, 6, 7]);
      } finally {
        await target.close();
      }
    });
  }

  it('should back up a restored database to the same content', async () => {
    const target = await openTestDatabase('pglite');
    try {
      expect(await run(['restore', file], testIo({ database: target }).io)).toBe(0);
      const now = new Date('2025-01-01T00:00:00Z');
      const a = await writeBackup(source.db, join(dir, 'a.kolo'), { now });
      const b = await writeBackup(target.db, join(dir, 'b.kolo'), { now });
      expect(b.trailer).toEqual(a.trailer);
    } finally {
      await target.close();
    }
  });

  it('should refuse to restore into a database that holds data, and change nothing', async () => {
    const t = testIo({ database: source });
    expect(await run(['restore', file], t.io)).toBe(1);
    expect(t.stderr()).toContain('the database is not empty');
    expect(await canonicalDump(source.db)).toEqual(before);
  });

  it('should not overwrite an existing file unless --force is given', async () => {
    const t = testIo({ database: source });
    expect(await run(['backup', file], t.io)).toBe(1);
    expect(t.stderr()).toContain('exists');
    expect(await run(['backup', file, '--force'], testIo({ database: source }).io)).toBe(0);
  });

  describe('a damaged file', () => {
    let target: Database;
    beforeAll(async () => {
      target = await openTestDatabase('pglite');
    });
    afterAll(async () => {
      await target?.close();
    });

    const expectRefused = async (damaged: string, message: RegExp) => {
      const t = testIo({ database: target });
      expect(await run(['restore', damaged], t.io)).toBe(1);
      expect(t.stderr()).toMatch(message);
      expect(t.stderr()).toContain('nothing was written');
      expect(t.stderr()).not.toMatch(/\n\s+at /);
      expect(await nonEmptyTables(target.db)).toEqual([]);
    };

    it('should fail on a truncated file and write nothing', async () => {
      const bytes = readFileSync(file);
      const half = join(dir, 'half.kolo');
      writeFileSync(half, bytes.subarray(0, Math.floor(bytes.length / 2)));
      await expectRefused(half, /truncated \(the compressed data ends early\)/);
      const noTrailer = join(dir, 'no-trailer.kolo');
      cut(file, noTrailer, (text) => `${text.trimEnd().split('\n').slice(0, -1).join('\n')}\n`);
      await expectRefused(noTrailer, /truncated: it ends after \d+ rows, without its trailer/);
      const midLine = join(dir, 'mid-line.kolo');
      cut(file, midLine, (text) => text.slice(0, Math.floor(text.length * 0.7)));
      await expectRefused(midLine, /truncated/);
    });

    it('should fail on a corrupted file and write nothing', async () => {
      const flipped = join(dir, 'flipped.kolo');
      const bytes = Buffer.from(readFileSync(file));
      const at = Math.floor(bytes.length / 3);
      for (let i = at; i < at + 8; i += 1) bytes[i] = (bytes[i] ?? 0) ^ 0xff;
      writeFileSync(flipped, bytes);
      await expectRefused(flipped, /corrupted/);
      const edited = join(dir, 'edited.kolo');
      cut(file, edited, (text) => text.replace('"Bălți', '"Balti'));
      await expectRefused(edited, /corrupted: its SHA-256 is [0-9a-f]{64}, the trailer says/);
      const dropped = join(dir, 'dropped.kolo');
      cut(file, dropped, (text) => text.replace(/\n\{"t":"submissions"[^\n]*/, ''));
      await expectRefused(dropped, /corrupted/);
      const garbage = join(dir, 'garbage.kolo');
      writeFileSync(garbage, 'organizations,sites\n1,2\n');
      await expectRefused(garbage, /not a kolo backup \(not a gzip file\)/);
    });

    it('should fail on a backup of a newer format version and write nothing', async () => {
      const newer = join(dir, 'newer.kolo');
      cut(file, newer, (text) => text.replace('"version":1,', '"version":2,'));
      await expectRefused(newer, /version 2 kolo backup; this kolo reads version 1/);
    });

    it('should fail on a missing file', async () => {
      await expectRefused(join(dir, 'missing.kolo'), /cannot read .*missing\.kolo \(no such file\)/);
    });
  });
});
