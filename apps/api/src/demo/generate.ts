import { type Db, type NewSubmission, sites, storeSubmissions, submissionFacts } from '@kolo/db';
import { type SurveyDefinition, validateAnswers } from '@kolo/schema';
import { eq } from 'drizzle-orm';
import { gaussian, seededRandom, seededUuid } from './random.ts';
import { syntheticAnswers } from './synthetic.ts';

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
}

/**
 * Store `count` synthetic, valid submissions of a survey across the organization's sites: sites
 * differ in quality, and things improve over the period, so dashboards show real patterns.
 */
export async function generateSubmissions(db: Db, options: GenerateOptions): Promise<number> {
  const random = seededRandom(options.seed ?? 42);
  const orgSites = await db.select({ id: sites.id }).from(sites).where(eq(sites.orgId, options.orgId));
  if (orgSites.length === 0) throw new Error('the organization has no sites: add sites first');
  const quality = orgSites.map(() => gaussian(random) * 0.35);
  const bias = orgSites.map(() => random());
  const until = options.until ?? new Date();
  const span = (options.months ?? 12) * 30.44 * 86_400_000;
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
    const s = Math.floor(random() * orgSites.length);
    const mood = Math.max(-1, Math.min(1, (quality[s] ?? 0) + (t - 0.5) * 0.5 + gaussian(random) * 0.35));
    const answers = syntheticAnswers(options.survey, random, { mood, siteBias: bias[s] ?? 0 });
    const check = validateAnswers(options.survey, answers);
    if (!check.success)
      throw new Error(`synthetic answers invalid for ${options.survey.id}: ${JSON.stringify(check.errors)}`);
    batch.push({
      id: seededUuid(random),
      orgId: options.orgId,
      surveyId: options.survey.id,
      version: options.survey.version,
      siteId: orgSites[s]?.id ?? '',
      collectedBy: options.collectedBy ?? null,
      collectedAt,
      locale: locales[Math.floor(random() * locales.length)] ?? 'en',
      answers,
      facts: submissionFacts(options.survey, answers),
    });
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  return stored;
}
