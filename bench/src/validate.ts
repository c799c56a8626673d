import { type SurveyDefinition, validateAnswers } from '@kolo/schema';
import { library } from '@kolo/surveys';
import { seededRandom } from '../../apps/api/src/demo/random.ts';
import { syntheticAnswers } from '../../apps/api/src/demo/synthetic.ts';
import type { BenchOptions, Metrics } from './metric.ts';

/** Answer validation speed with @kolo/schema (conditions, required, choices), in this process. */
export async function validateMetrics(options: BenchOptions): Promise<Metrics> {
  const survey = library.find((s) => s.id === 'service-satisfaction') as SurveyDefinition;
  const random = seededRandom(3);
  const pool = Array.from({ length: 500 }, () =>
    syntheticAnswers(survey, random, { mood: random() * 2 - 1, siteBias: random() }),
  );
  const seconds = options.smoke ? 0.5 : 3;
  let done = 0;
  let valid = 0;
  const started = performance.now();
  while (performance.now() - started < seconds * 1000) {
    for (const answers of pool) if (validateAnswers(survey, answers).success) valid += 1;
    done += pool.length;
  }
  const elapsed = (performance.now() - started) / 1000;
  if (valid !== done) throw new Error('validate: synthetic answers were refused');
  return {
    'validate.submissions_per_s': {
      value: done / elapsed,
      unit: 'submissions/s',
      baseline: null,
      note: `validateAnswers of ${survey.id} (${pool.length} distinct answer sets), one core`,
    },
  };
}
