import { type Db, surveys } from '@kolo/db';
import { LOOKUP_MAX_CELLS, LOOKUP_MAX_TABLES, type LookupTable, type SurveyDefinition } from '@kolo/schema';
import { and, eq } from 'drizzle-orm';
import { audit } from '../audit.ts';
import type { DraftAuthor } from '../survey-store.ts';
import { checked, surveyVersion } from '../survey-store.ts';
import { LookupRefusedError } from './refusal.ts';

type Lookups = Record<string, LookupTable>;

/** Which definition a table is read from: the working draft, or a published version. */
export type LookupSource = { readonly draft: true } | { readonly version: number | 'latest' };

const lookupsOf = (definition: unknown): Lookups => {
  const value = (definition as { lookups?: unknown } | null)?.lookups;
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Lookups) : {};
};

const cellsOf = (lookups: Lookups) =>
  Object.values(lookups).reduce((sum, t) => sum + t.rows.length * t.columns.length, 0);

/**
 * Lock a survey of the organization and give its working draft: the draft, or a copy of its latest
 * published version when it has none (what the builder shows). Undefined when there is no survey.
 */
async function lockedDraft(
  tx: Db,
  orgId: string,
  surveyId: string,
): Promise<Record<string, unknown> | undefined> {
  const [row] = await tx
    .select({ draft: surveys.draft, latest: surveys.latestVersion })
    .from(surveys)
    .where(and(eq(surveys.orgId, orgId), eq(surveys.id, surveyId)))
    .for('update');
  if (!row) return undefined;
  if (row.draft !== null) return row.draft as Record<string, unknown>;
  const published = row.latest ? await surveyVersion(tx, orgId, surveyId, row.latest) : undefined;
  return published ? { ...(published as unknown as Record<string, unknown>) } : {};
}

async function storeDraft(tx: Db, orgId: string, surveyId: string, draft: Record<string, unknown>) {
  await tx
    .update(surveys)
    .set({ draft, updatedAt: new Date() })
    .where(and(eq(surveys.orgId, orgId), eq(surveys.id, surveyId)));
}

/** What a change of a draft's lookup tables answers: the draft's problems after it, like a draft save. */
export interface LookupChange {
  readonly id: string;
  readonly errors: ReturnType<typeof checked>['errors'];
  readonly warnings: ReturnType<typeof checked>['warnings'];
}

/**
 * Attach a lookup table to a survey's draft, or replace the one of that name, audited in the same
 * transaction with the table's name and size (never its cells). Refuses past the tables' caps over
 * the whole survey (they travel to every phone with the form); undefined when there is no survey.
 */
export async function attachLookup(
  db: Db,
  author: DraftAuthor,
  surveyId: string,
  name: string,
  table: LookupTable,
): Promise<(LookupChange & { replaced: boolean }) | undefined> {
  return db.transaction(async (tx) => {
    const draft = await lockedDraft(tx, author.orgId, surveyId);
    if (!draft) return undefined;
    const before = lookupsOf(draft);
    const replaced = Object.hasOwn(before, name);
    const lookups: Lookups = { ...before, [name]: table };
    if (Object.keys(lookups).length > LOOKUP_MAX_TABLES)
      throw new LookupRefusedError(
        'too_many_tables',
        `a survey carries at most ${LOOKUP_MAX_TABLES} lookup tables: remove one before attaching "${name}"`,
        { cap: LOOKUP_MAX_TABLES },
      );
    const cells = cellsOf(lookups);
    if (cells > LOOKUP_MAX_CELLS)
      throw new LookupRefusedError(
        'too_many_cells',
        `with "${name}" the survey's lookup tables hold ${cells} cells; at most ${LOOKUP_MAX_CELLS} travel with a survey`,
        { cap: LOOKUP_MAX_CELLS, cells },
      );
    const next = { ...draft, lookups };
    await storeDraft(tx, author.orgId, surveyId, next);
    await audit(tx, author, 'lookup_attach', surveyId, {
      table: name,
      rows: table.rows.length,
      columns: table.columns.length,
      replaced,
    });
    const { errors, warnings } = checked(next);
    return { id: surveyId, errors, warnings, replaced };
  });
}

/** Remove a lookup table from a survey's draft, audited; undefined when there is no survey or table. */
export async function removeLookup(
  db: Db,
  author: DraftAuthor,
  surveyId: string,
  name: string,
): Promise<LookupChange | undefined> {
  return db.transaction(async (tx) => {
    const draft = await lockedDraft(tx, author.orgId, surveyId);
    if (!draft) return undefined;
    const before = lookupsOf(draft);
    const table = Object.hasOwn(before, name) ? before[name] : undefined;
    if (!table) return undefined;
    const { [name]: _removed, ...rest } = before;
    const { lookups: _all, ...others } = draft;
    const next = Object.keys(rest).length > 0 ? { ...others, lookups: rest } : others;
    await storeDraft(tx, author.orgId, surveyId, next);
    await audit(tx, author, 'lookup_remove', surveyId, {
      table: name,
      rows: table.rows.length,
      columns: table.columns.length,
    });
    const { errors, warnings } = checked(next);
    return { id: surveyId, errors, warnings };
  });
}

/** One lookup table of a survey of the organization, from its draft or a published version. */
export async function lookupTable(
  db: Db,
  orgId: string,
  surveyId: string,
  name: string,
  source: LookupSource,
): Promise<LookupTable | undefined> {
  const [row] = await db
    .select({ draft: surveys.draft, latest: surveys.latestVersion })
    .from(surveys)
    .where(and(eq(surveys.orgId, orgId), eq(surveys.id, surveyId)));
  if (!row) return undefined;
  let definition: unknown;
  if ('draft' in source && row.draft !== null) definition = row.draft;
  else {
    const version = 'version' in source && source.version !== 'latest' ? source.version : row.latest;
    definition = version ? await surveyVersion(db, orgId, surveyId, version) : undefined;
  }
  const lookups = lookupsOf(definition);
  return Object.hasOwn(lookups, name) ? lookups[name] : undefined;
}

/**
 * A draft saved without `lookups` keeps the tables its survey's draft (or latest version) carries:
 * tables are attached and removed through their own routes, so the builder need not send them back.
 */
export async function withKeptLookups(
  db: Db,
  orgId: string,
  surveyId: string,
  definition: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  if (Object.hasOwn(definition, 'lookups')) return definition;
  const [row] = await db
    .select({ draft: surveys.draft, latest: surveys.latestVersion })
    .from(surveys)
    .where(and(eq(surveys.orgId, orgId), eq(surveys.id, surveyId)));
  if (!row) return definition;
  const stored: SurveyDefinition | Record<string, unknown> | undefined =
    row.draft !== null
      ? (row.draft as Record<string, unknown>)
      : row.latest
        ? await surveyVersion(db, orgId, surveyId, row.latest)
        : undefined;
  const lookups = lookupsOf(stored);
  return Object.keys(lookups).length > 0 ? { ...definition, lookups } : definition;
}
