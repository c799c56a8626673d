import { readFileSync } from 'node:fs';
import { type Db, resultRows } from '@kolo/db';
import { type SQL, sql } from 'drizzle-orm';
import { BACKUP_TABLES, type MigrationLevel, RESTORE_EMPTY_TABLES } from './format.ts';

/** The rows of a raw query, whichever driver ran it. */
export async function queryRows<TRow>(db: Pick<Db, 'execute'>, query: SQL): Promise<TRow[]> {
  return resultRows<TRow>(await db.execute(query));
}

const JOURNAL = new URL('../../../../packages/db/migrations/meta/_journal.json', import.meta.url);

/** Migration names by their `when`, read from @kolo/db's journal (empty if it cannot be read). */
function migrationTags(): Map<number, string> {
  try {
    const journal = JSON.parse(readFileSync(JOURNAL, 'utf8')) as {
      entries: Array<{ when: number; tag: string }>;
    };
    return new Map(journal.entries.map((e) => [e.when, e.tag]));
  } catch {
    return new Map();
  }
}

/** How many migrations drizzle has applied to the database, and the latest one. */
export async function migrationLevel(db: Pick<Db, 'execute'>): Promise<MigrationLevel> {
  const [exists] = await queryRows<{ present: boolean }>(
    db,
    sql`select to_regclass('drizzle.__drizzle_migrations') is not null as present`,
  );
  if (!exists?.present) return { count: 0, latest: null, tag: null };
  const [row] = await queryRows<{ count: number | string; latest: string | null }>(
    db,
    sql`select count(*)::int as count, max(created_at)::text as latest from drizzle.__drizzle_migrations`,
  );
  const latest = row?.latest == null ? null : Number(row.latest);
  return {
    count: Number(row?.count ?? 0),
    latest,
    tag: latest === null ? null : (migrationTags().get(latest) ?? null),
  };
}

/** The tables of kolo's data that already hold rows (sessions included); empty means restorable. */
export async function nonEmptyTables(db: Pick<Db, 'execute'>): Promise<string[]> {
  const probes = RESTORE_EMPTY_TABLES.map(
    (name) => sql`select ${name}::text as name where exists (select 1 from ${sql.identifier(name)})`,
  );
  const rows = await queryRows<{ name: string }>(db, sql.join(probes, sql` union all `));
  return rows.map((r) => r.name);
}

/** Column names of every backed-up table, in the order the table defines them. */
export async function tableColumns(db: Pick<Db, 'execute'>): Promise<Record<string, string[]>> {
  const names = BACKUP_TABLES.map((t) => t.name);
  const rows = await queryRows<{ table_name: string; column_name: string }>(
    db,
    sql`select table_name::text, column_name::text from information_schema.columns
      where table_schema = current_schema() and table_name in (${sql.join(
        names.map((n) => sql`${n}`),
        sql`, `,
      )})
      order by table_name, ordinal_position`,
  );
  const columns: Record<string, string[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (const row of rows) columns[row.table_name]?.push(row.column_name);
  return columns;
}
