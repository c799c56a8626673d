import { openTestDatabase } from '@kolo/db/testing';
import { getTableName, is, sql } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import * as accountability from '../../../../packages/db/src/accountability-schema.ts';
import * as reports from '../../../../packages/db/src/reports-schema.ts';
import * as core from '../../../../packages/db/src/schema.ts';
import * as standards from '../../../../packages/db/src/standards-schema.ts';
import { queryRows } from './database-state.ts';
import { BACKUP_TABLES, RESTORE_EMPTY_TABLES, TABLES_LEFT_OUT } from './format.ts';

/** Every table the drizzle schema declares, by its SQL name. */
const schemaTables = [
  ...new Set(
    [core, accountability, reports, standards]
      .flatMap((module) => Object.values(module))
      .filter((value): value is PgTable => is(value, PgTable))
      .map((table) => getTableName(table)),
  ),
];

const backedUp = BACKUP_TABLES.map((t) => t.name);
const leftOut = Object.keys(TABLES_LEFT_OUT);

describe('the backup table list', () => {
  it('should back up, or deliberately leave out, every table of the drizzle schema', () => {
    const unaccounted = schemaTables.filter((name) => !backedUp.includes(name) && !leftOut.includes(name));
    expect(unaccounted).toEqual([]);
  });

  it('should back up, or deliberately leave out, every table the migrations create', async () => {
    const database = await openTestDatabase('pglite');
    try {
      const rows = await queryRows<{ name: string }>(
        database.db,
        sql`select table_name::text as name from information_schema.tables
          where table_schema = current_schema() and table_type = 'BASE TABLE' order by 1`,
      );
      const unaccounted = rows
        .map((r) => r.name)
        .filter((n) => !backedUp.includes(n) && !leftOut.includes(n));
      expect(unaccounted).toEqual([]);
    } finally {
      await database.close();
    }
  });

  it('should name no table both backed up and left out, nor any table twice', () => {
    expect(backedUp.filter((name) => leftOut.includes(name))).toEqual([]);
    expect(new Set(backedUp).size).toBe(backedUp.length);
  });

  it('should list tables in foreign-key order: each after every table it references', async () => {
    const database = await openTestDatabase('pglite');
    try {
      const edges = await queryRows<{ child: string; parent: string }>(
        database.db,
        sql`select c.conrelid::regclass::text as child, c.confrelid::regclass::text as parent
          from pg_constraint c where c.contype = 'f' and c.connamespace = current_schema()::regnamespace`,
      );
      const misplaced = edges
        .filter((e) => backedUp.includes(e.child) && e.child !== e.parent)
        .filter(
          (e) => !(backedUp.indexOf(e.parent) >= 0 && backedUp.indexOf(e.parent) < backedUp.indexOf(e.child)),
        )
        .map((e) => `${e.child} -> ${e.parent}`);
      expect(misplaced).toEqual([]);
    } finally {
      await database.close();
    }
  });

  it('should require the derived tables it leaves out to be empty before a restore', () => {
    for (const [name, why] of Object.entries(TABLES_LEFT_OUT))
      if (why.emptyBeforeRestore) expect(RESTORE_EMPTY_TABLES).toContain(name);
    expect(RESTORE_EMPTY_TABLES).toEqual(expect.arrayContaining(backedUp));
  });
});
