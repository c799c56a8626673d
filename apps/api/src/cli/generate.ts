import { type Db, organizations, surveyVersions } from '@kolo/db';
import type { SurveyDefinition } from '@kolo/schema';
import { eq } from 'drizzle-orm';
import { generateSubmissionsInBulk } from '../demo/generate.ts';
import { ApiError } from '../errors.ts';
import { latestSurvey } from '../survey-store.ts';
import { type Command, numberFlag, parseCommandArgs, required } from './args.ts';
import { withDatabase } from './database.ts';
import { count, failure, say, usageError } from './io.ts';
import { progress } from './progress.ts';

const NAME = 'generate';
/** Submissions made per statement (each its own transaction). */
const BATCH_SIZE = 50_000;

async function organizationId(db: Db, slug: string | undefined): Promise<{ id: string; slug: string }> {
  const orgs = await db
    .select({ id: organizations.id, slug: organizations.slug })
    .from(organizations)
    .orderBy(organizations.slug);
  const org = slug === undefined && orgs.length === 1 ? orgs[0] : orgs.find((o) => o.slug === slug);
  if (org) return org;
  if (orgs.length === 0) throw failure('the database has no organization: run "pnpm kolo seed-demo" first');
  const known = orgs.map((o) => o.slug).join(', ');
  throw slug === undefined
    ? usageError(`${NAME}: there are several organizations: give --org SLUG (${known})`)
    : failure(`no organization "${slug}" (there are: ${known})`);
}

async function latestVersion(db: Db, orgId: string, surveyId: string): Promise<SurveyDefinition> {
  try {
    return await latestSurvey(db, orgId, surveyId);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
  }
  const published = await db
    .selectDistinct({ id: surveyVersions.surveyId })
    .from(surveyVersions)
    .where(eq(surveyVersions.orgId, orgId))
    .orderBy(surveyVersions.surveyId);
  throw failure(
    `no published survey "${surveyId}" in this organization (published: ${published.map((s) => s.id).join(', ') || 'none'})`,
  );
}

/** `pnpm kolo generate`: many valid synthetic submissions, for benchmarks. */
export const generateCommand: Command = {
  name: NAME,
  summary: 'Store N synthetic submissions of a published survey (for benchmarks)',
  usage: `Usage: pnpm kolo generate --survey ID --count N [--org SLUG] [--months 12] [--seed S]

Store N valid synthetic submissions of the latest published version of a survey, spread over
the organization's sites and the last months, and print the rate. A few thousand respondents are
drawn and validated first; the database then makes the rows from them in batches of ${count(BATCH_SIZE)}, with
the same hashes and rollups as submissions sent to the API (a million takes a minute or two).

Options:
  --survey ID    a published survey, e.g. service-satisfaction
  --count N      how many submissions (up to 100,000,000)
  --org SLUG     the organization (may be left out when there is exactly one)
  --months M     spread them over the last M months (default 12)
  --seed S       make the data repeatable (default: random, printed); the same seed makes the
                 same ids, so a second run with it adds nothing new`,
  async run(argv, io) {
    const { values } = parseCommandArgs(NAME, argv, {
      survey: { type: 'string' },
      count: { type: 'string' },
      org: { type: 'string' },
      months: { type: 'string' },
      seed: { type: 'string' },
    });
    const surveyId = required(NAME, 'survey', values.survey);
    const total = numberFlag(NAME, 'count', required(NAME, 'count', values.count), {
      min: 1,
      max: 100_000_000,
      integer: true,
      fallback: 0,
    });
    const months = numberFlag(NAME, 'months', values.months, { min: 0.1, max: 240, fallback: 12 });
    const seed = numberFlag(NAME, 'seed', values.seed, {
      min: 0,
      max: 2 ** 32 - 1,
      integer: true,
      fallback: Math.floor(Math.random() * 2 ** 31),
    });
    await withDatabase(io, async ({ database, where }) => {
      const db = database.db;
      const org = await organizationId(db, values.org);
      const survey = await latestVersion(db, org.id, surveyId);
      say(io, `database: ${where}`);
      say(
        io,
        `generate: ${count(total)} submissions of ${survey.id} v${survey.version} in "${org.slug}", seed ${seed}`,
      );
      const bar = progress(io, 'generate', total);
      bar.update(0);
      const started = performance.now();
      const stored = await generateSubmissionsInBulk(db, {
        orgId: org.id,
        survey,
        count: total,
        months,
        seed,
        batchSize: BATCH_SIZE,
        onProgress: (done) => bar.update(done),
      });
      bar.end();
      const seconds = (performance.now() - started) / 1000;
      say(
        io,
        `generated ${count(stored)} submissions in ${seconds.toFixed(1)} s: ${count(Math.round(stored / Math.max(seconds, 0.001)))} submissions/s`,
      );
    });
  },
};
