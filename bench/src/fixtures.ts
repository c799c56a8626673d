import { randomUUID } from 'node:crypto';
import { type SurveyDefinition, validateAnswers } from '@kolo/schema';
import { seededRandom } from '../../apps/api/src/demo/random.ts';
import { syntheticAnswers } from '../../apps/api/src/demo/synthetic.ts';
import { type BenchDatabase, benchDatabase } from './database.ts';
import { BENCH_PASSWORD, type BenchServer, getJson, runCli } from './server.ts';

/** The survey every benchmark uses: the library's largest, about 30 questions. */
export const SURVEY_ID = 'service-satisfaction';

/** A fresh database with the demo network, accounts and library surveys, and no submissions. */
export async function seededDatabase(
  engine: 'pglite' | 'pg',
  workDir: string,
  name: string,
): Promise<BenchDatabase> {
  const target = await benchDatabase(engine, workDir, name);
  await runCli(['seed-demo', '--volume', '0', '--password', BENCH_PASSWORD], target.env);
  return target;
}

/** Makes valid submission bodies as JSON text, each with a new id, dated in the last `days`. */
export interface SubmissionMaker {
  readonly survey: SurveyDefinition;
  readonly siteIds: readonly string[];
  /** One submission as JSON text, with a fresh UUID. */
  one(): string;
}

/** Valid answer sets drawn once (and checked), then reused with new ids, sites and times. */
export async function submissionMaker(server: BenchServer, days = 1): Promise<SubmissionMaker> {
  const { definition: survey } = await getJson<{ definition: SurveyDefinition }>(
    server,
    `/api/surveys/${SURVEY_ID}`,
  );
  const { sites } = await getJson<{ sites: Array<{ id: string }> }>(server, '/api/sites');
  const random = seededRandom(9);
  const pool = Array.from({ length: 256 }, () => {
    const answers = syntheticAnswers(survey, random, { mood: random() * 2 - 1, siteBias: random() });
    if (!validateAnswers(survey, answers).success) throw new Error('synthetic answers are not valid');
    return JSON.stringify(answers);
  });
  const siteIds = sites.map((s) => s.id);
  let i = 0;
  return {
    survey,
    siteIds,
    one() {
      i += 1;
      const at = new Date(Date.now() - ((i * 7919) % 1000) * days * 86.4e3).toISOString();
      return `{"id":"${randomUUID()}","surveyId":"${SURVEY_ID}","version":${survey.version},"siteId":"${siteIds[i % siteIds.length]}","collectedAt":"${at}","locale":"${survey.locales[i % survey.locales.length]}","answers":${pool[i % pool.length]}}`;
    },
  };
}
