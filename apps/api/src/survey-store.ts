import { type Db, surveys, surveyVersions } from '@kolo/db';
import type { SurveyDefinition } from '@kolo/schema';
import { and, desc, eq } from 'drizzle-orm';
import { notFound } from './errors.ts';

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

/** Publish a checked definition as the next version; returns the stored definition. */
export async function publishVersion(
  db: Db,
  orgId: string,
  definition: SurveyDefinition,
  publishedBy: string | null,
  changeSummary: unknown,
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
    return stored;
  });
}
