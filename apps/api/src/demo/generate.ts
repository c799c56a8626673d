import {
  type Db,
  generateFromSamples,
  type NewSubmission,
  type SubmissionSample,
  sites,
  storeSubmissions,
  submissionFacts,
} from '@kolo/db';
import type { SurveyDefinition } from '@kolo/schema';
import { eq, sql } from 'drizzle-orm';
import { seededRandom, seededUuid } from './random.ts';
import { type DemoStory, respondentSource } from './respondents.ts';

export interface GenerateOptions {
  readonly orgId: string;
  readonly survey: SurveyDefinition;
  readonly count: number;
  /** Submissions are spread over the `months` before `until`. */
  readonly months?: number;
  readonly until?: Date;
  readonly seed?: number;
  readonly collectedBy?: string | null;
  readonly batchSize?: number;
  readonly onProgress?: (done: number) => void;
  /** How each site fares (by name); without it, sites get a random quality. */
  readonly story?: DemoStory;
}

const MONTH_MS = 30.44 * 86_400_000;

/** Draws of synthetic respondents across the organization's sites, as the story (if any) says. */
async function respondents(db: Db, options: GenerateOptions) {
  const random = seededRandom(options.seed ?? 42);
  const orgSites = await db
    .select({ id: sites.id, name: sites.name, serviceTypes: sites.serviceTypes })
    .from(sites)
    .where(eq(sites.orgId, options.orgId));
  const span = (options.months ?? 12) * MONTH_MS;
  const source = respondentSource(options.survey, orgSites, random, {
    ...(options.story ? { story: options.story } : {}),
    spanDays: span / 86_400_000,
    until: options.until ?? new Date(),
  });
  const survey = options.survey;
  return {
    random,
    /** One valid respondent at position `t` (0..1) of the period. */
    next(t: number, collectedAt?: Date): SubmissionSample {
      const { siteId, answers } = source.next(t, collectedAt);
      return { siteId, at: t, answers, facts: submissionFacts(survey, answers) };
    },
  };
}

/**
 * Store `count` synthetic, valid submissions of a survey across the organization's sites through
 * the normal ingest path ({@link storeSubmissions}), one batch at a time.
 */
export async function generateSubmissions(db: Db, options: GenerateOptions): Promise<number> {
  const { random, next } = await respondents(db, options);
  const until = options.until ?? new Date();
  const span = (options.months ?? 12) * MONTH_MS;
  const locales = options.survey.locales;
  const batchSize = options.batchSize ?? 1000;
  let stored = 0;
  let batch: NewSubmission[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    await storeSubmissions(db, batch);
    stored += batch.length;
    batch = [];
    options.onProgress?.(stored);
  };
  for (let i = 0; i < options.count; i += 1) {
    // more submissions later in the period, as a network's monitoring grows
    const t = Math.sqrt(random());
    const collectedAt = new Date(until.getTime() - span + t * span - random() * 3_600_000);
    const sample = next(t, collectedAt);
    batch.push({
      id: seededUuid(random),
      orgId: options.orgId,
      surveyId: options.survey.id,
      version: options.survey.version,
      siteId: sample.siteId,
      collectedBy: options.collectedBy ?? null,
      collectedAt,
      locale: locales[Math.floor(random() * locales.length)] ?? 'en',
      answers: sample.answers,
      facts: sample.facts,
    });
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  return stored;
}

/** Distinct respondents drawn in JavaScript for {@link generateSubmissionsInBulk}; rows reuse them. */
const SAMPLES = 4000;

/**
 * The fast way to store many synthetic submissions: a few thousand respondents are drawn and
 * validated here, and the database makes the rows from them (ids, times, locales, hashes and
 * rollups) in large statements, about a hundred times faster than {@link generateSubmissions}.
 * The same seed makes the same submissions.
 */
export async function generateSubmissionsInBulk(db: Db, options: GenerateOptions): Promise<number> {
  const { random, next } = await respondents(db, options);
  const samples = Array.from({ length: Math.min(options.count, SAMPLES) }, () => next(Math.sqrt(random())));
  const stored = await generateFromSamples(db, {
    orgId: options.orgId,
    surveyId: options.survey.id,
    version: options.survey.version,
    locales: options.survey.locales,
    collectedBy: options.collectedBy ?? null,
    until: options.until ?? new Date(),
    spanMs: (options.months ?? 12) * MONTH_MS,
    count: options.count,
    seed: options.seed ?? 42,
    samples,
    ...(options.batchSize ? { chunkSize: options.batchSize } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  // fresh planner statistics after a bulk load, so the first results are not planned for empty tables
  await db.execute(sql`analyze submissions, answer_rollups, answer_rollups_monthly`);
  return stored;
}
