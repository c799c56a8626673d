import { type Db, submissions, surveys, surveyVersions } from '@kolo/db';
import { and, eq, isNull, sql } from 'drizzle-orm';

/** What deleting a draft did: the whole never-published survey, or the draft over a published version. */
export type DraftDeletion = 'survey' | 'draft' | 'none' | 'has_submissions';

/**
 * Delete an abandoned draft: a survey never published goes entirely (never one with submissions);
 * a draft over a published version is discarded and the published versions stay. 'none' when the
 * survey is not the organization's or has no draft.
 */
export async function deleteDraft(db: Db, orgId: string, surveyId: string): Promise<DraftDeletion> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ draft: surveys.draft, latestVersion: surveys.latestVersion })
      .from(surveys)
      .where(and(eq(surveys.orgId, orgId), eq(surveys.id, surveyId)))
      .for('update');
    if (!row || row.draft === null) return 'none';
    if (row.latestVersion !== null) {
      await tx
        .update(surveys)
        .set({ draft: null, updatedAt: new Date() })
        .where(and(eq(surveys.orgId, orgId), eq(surveys.id, surveyId)));
      return 'draft';
    }
    const [answered] = await tx
      .select({ n: sql<number>`1` })
      .from(submissions)
      .where(and(eq(submissions.orgId, orgId), eq(submissions.surveyId, surveyId)))
      .limit(1);
    const [versioned] = await tx
      .select({ n: sql<number>`1` })
      .from(surveyVersions)
      .where(and(eq(surveyVersions.orgId, orgId), eq(surveyVersions.surveyId, surveyId)))
      .limit(1);
    if (answered || versioned) return 'has_submissions';
    await tx
      .delete(surveys)
      .where(and(eq(surveys.orgId, orgId), eq(surveys.id, surveyId), isNull(surveys.latestVersion)));
    return 'survey';
  });
}
