import { type Db, surveys, surveyVersions } from '@kolo/db';
import { lintSurvey, parseSurvey, type SurveyDefinition } from '@kolo/schema';
import { and, asc, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { audit } from './audit.ts';
import { ApiError, notFound } from './errors.ts';

/** Published versions never change, so they are cached by organization, survey and version. */
const versionCache = new Map<string, SurveyDefinition>();
const CACHE_LIMIT = 1000;

export async function surveyVersion(
  db: Db,
  orgId: string,
  surveyId: string,
  version: number,
): Promise<SurveyDefinition | undefined> {
  const key = `${orgId}|${surveyId}|${version}`;
  const hit = versionCache.get(key);
  if (hit) return hit;
  const [row] = await db
    .select({ definition: surveyVersions.definition })
    .from(surveyVersions)
    .where(
      and(
        eq(surveyVersions.orgId, orgId),
        eq(surveyVersions.surveyId, surveyId),
        eq(surveyVersions.version, version),
      ),
    );
  if (!row) return undefined;
  const definition = row.definition as SurveyDefinition;
  if (versionCache.size >= CACHE_LIMIT) versionCache.clear();
  versionCache.set(key, definition);
  return definition;
}

/** The latest published version of a survey, or a 404. */
export async function latestSurvey(db: Db, orgId: string, surveyId: string): Promise<SurveyDefinition> {
  const [row] = await db
    .select({ version: surveyVersions.version })
    .from(surveyVersions)
    .where(and(eq(surveyVersions.orgId, orgId), eq(surveyVersions.surveyId, surveyId)))
    .orderBy(desc(surveyVersions.version))
    .limit(1);
  const definition = row ? await surveyVersion(db, orgId, surveyId, row.version) : undefined;
  if (!definition) throw notFound(`survey "${surveyId}"`);
  return definition;
}

/**
 * Publish a checked definition as the next version; returns the stored definition. With `audited`,
 * its `publish` audit entry is written in the same transaction.
 */
export async function publishVersion(
  db: Db,
  orgId: string,
  definition: SurveyDefinition,
  publishedBy: string | null,
  changeSummary: unknown,
  audited = false,
): Promise<SurveyDefinition> {
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select({ latest: surveys.latestVersion })
      .from(surveys)
      .where(and(eq(surveys.orgId, orgId), eq(surveys.id, definition.id)))
      .for('update');
    const version = (current?.latest ?? 0) + 1;
    const stored: SurveyDefinition = { ...definition, version };
    if (current) {
      await tx
        .update(surveys)
        .set({ latestVersion: version, draft: null, updatedAt: new Date() })
        .where(and(eq(surveys.orgId, orgId), eq(surveys.id, definition.id)));
    } else {
      await tx.insert(surveys).values({ orgId, id: definition.id, latestVersion: version });
    }
    await tx.insert(surveyVersions).values({
      orgId,
      surveyId: definition.id,
      version,
      definition: stored,
      publishedBy,
      changeSummary: changeSummary ?? null,
    });
    if (audited) await audit(tx, { orgId, userId: publishedBy }, 'publish', definition.id, { version });
    return stored;
  });
}

/** A survey id: lowercase letters, digits and "-", starting with a letter. */
export const SurveyId = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,62}$/, 'a survey id is lowercase letters, digits and "-"');
/** A definition's errors and lint warnings; the parsed survey when it has no error. */
export function checked(definition: unknown) {
  const result = parseSurvey(definition);
  return result.success
    ? { errors: [], warnings: lintSurvey(result.survey), survey: result.survey }
    : { errors: result.errors, warnings: [], survey: undefined };
}

/** Who creates a draft: a signed-in user, or the command line (no user). */
export interface DraftAuthor {
  readonly orgId: string;
  readonly userId: string | null;
}

/**
 * Create a survey as a draft in the author's organization, audited, and give back its errors and
 * lint warnings (a draft may have errors; publishing refuses them). 422 for an invalid id, 409
 * when the id is taken (`conflict` says what to do instead).
 */
export async function createDraft(
  db: Db,
  author: DraftAuthor,
  definition: Record<string, unknown>,
  conflict: (id: string) => string = (id) => `a survey "${id}" already exists: edit its draft instead`,
) {
  const id = SurveyId.safeParse(definition.id);
  if (!id.success)
    throw new ApiError(422, 'invalid', `definition.id: ${id.error.issues[0]?.message ?? 'invalid'}`);
  const [existing] = await db
    .select({ id: surveys.id })
    .from(surveys)
    .where(and(eq(surveys.orgId, author.orgId), eq(surveys.id, id.data)));
  if (existing) throw new ApiError(409, 'conflict', conflict(id.data));
  await db.insert(surveys).values({ orgId: author.orgId, id: id.data, draft: definition });
  await audit(db, author, 'survey_draft', id.data, { created: true });
  const { errors, warnings } = checked(definition);
  return { id: id.data, errors, warnings };
}

/** A survey of an organization as stored: its latest version and working draft. */
export type SurveyRow = typeof surveys.$inferSelect;

/** The surveys of an organization by id. */
export async function surveysOf(db: Db, orgId: string): Promise<SurveyRow[]> {
  return db.select().from(surveys).where(eq(surveys.orgId, orgId)).orderBy(asc(surveys.id));
}

/** One survey of an organization, or undefined. */
export async function surveyRow(db: Db, orgId: string, id: string): Promise<SurveyRow | undefined> {
  const [row] = await db
    .select()
    .from(surveys)
    .where(and(eq(surveys.orgId, orgId), eq(surveys.id, id)));
  return row;
}

/** The published versions of a survey, oldest first, with when and the summary of changes. */
export async function versionHistory(db: Db, orgId: string, surveyId: string) {
  return db
    .select({
      version: surveyVersions.version,
      publishedAt: surveyVersions.publishedAt,
      changeSummary: surveyVersions.changeSummary,
    })
    .from(surveyVersions)
    .where(and(eq(surveyVersions.orgId, orgId), eq(surveyVersions.surveyId, surveyId)))
    .orderBy(asc(surveyVersions.version));
}

/** Save the working draft of a survey of the organization; false when it has no such survey. */
export async function saveDraft(
  db: Db,
  orgId: string,
  id: string,
  definition: Record<string, unknown>,
): Promise<boolean> {
  const updated = await db
    .update(surveys)
    .set({ draft: definition, updatedAt: new Date() })
    .where(and(eq(surveys.orgId, orgId), eq(surveys.id, id)))
    .returning({ id: surveys.id });
  return updated.length > 0;
}
