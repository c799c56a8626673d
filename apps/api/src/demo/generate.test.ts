import {
  answerRollups,
  answerRollupsMonthly,
  type Database,
  type NewSubmission,
  storeSubmissions,
  submissionFacts,
  submissionHash,
  submissions,
  surveyVersions,
} from '@kolo/db';
import { openTestDatabase, testEngines } from '@kolo/db/testing';
import { type SurveyDefinition, validateAnswers } from '@kolo/schema';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSubmissionsInBulk } from './generate.ts';
import { seedDemo } from './seed.ts';

describe.each(testEngines())('bulk generation on %s', (engine) => {
  let database: Database;
  let survey: SurveyDefinition;
  let orgId: string;

  const rollups = async () => {
    const daily = await database.db.select().from(answerRollups);
    const monthly = await database.db.select().from(answerRollupsMonthly);
    const rows = [...daily, ...monthly].map((r) => {
      const { total, totalSquares, ...key } = r as typeof r & { total: number; totalSquares: number };
      return { ...key, total: Number(total.toFixed(6)), totalSquares: Number(totalSquares.toFixed(6)) };
    });
    return rows.map((r) => JSON.stringify(r)).sort();
  };

  beforeAll(async () => {
    database = await openTestDatabase(engine);
    await seedDemo(database.db, { password: 'demo-password-1', volume: 0 });
    const [row] = await database.db
      .select({ definition: surveyVersions.definition, orgId: surveyVersions.orgId })
      .from(surveyVersions)
      .where(eq(surveyVersions.surveyId, 'service-satisfaction'));
    survey = row?.definition as SurveyDefinition;
    orgId = row?.orgId ?? '';
    await generateSubmissionsInBulk(database.db, {
      orgId,
      survey,
      count: 3000,
      months: 3,
      seed: 11,
      batchSize: 1000,
    });
  });
  afterAll(async () => {
    await database?.close();
  });

  it('should store valid submissions with the hashes and facts of the normal ingest path', async () => {
    const rows = await database.db.select().from(submissions);
    expect(rows).toHaveLength(3000);
    expect(new Set(rows.map((r) => r.locale))).toEqual(new Set(survey.locales));
    for (const row of rows) {
      const answers = row.answers as Record<string, unknown>;
      expect(validateAnswers(survey, answers).success).toBe(true);
      expect(row.facts).toEqual(submissionFacts(survey, answers));
      expect(row.contentHash).toBe(submissionHash({ ...row, answers }));
    }
  });

  it('should build the same rollups as storing the same submissions through storeSubmissions', async () => {
    const generated = await rollups();
    expect(generated.length).toBeGreaterThan(0);
    const rows = await database.db.select().from(submissions);
    await database.db.delete(answerRollups);
    await database.db.delete(answerRollupsMonthly);
    await database.db.delete(submissions);
    const batch: NewSubmission[] = rows.map((r) => ({
      ...r,
      answers: r.answers as Record<string, unknown>,
      facts: submissionFacts(survey, r.answers as Record<string, unknown>),
    }));
    for (let i = 0; i < batch.length; i += 1000) {
      const outcomes = await storeSubmissions(database.db, batch.slice(i, i + 1000));
      expect(outcomes.every((o) => o === 'created')).toBe(true);
    }
    expect(await rollups()).toEqual(generated);
    // 3,000 submissions stored twice on PGlite: ~50 s on a loaded 2-core machine
  }, 180_000);

  it('should add nothing when run again with the same seed', async () => {
    const stored = await generateSubmissionsInBulk(database.db, {
      orgId,
      survey,
      count: 500,
      months: 3,
      seed: 11,
    });
    expect(stored).toBe(0);
  });
});
