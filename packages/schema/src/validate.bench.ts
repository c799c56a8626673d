import fc from 'fast-check';
import { afterAll, bench, describe } from 'vitest';
import { parseSurvey } from './check-survey.ts';
import { validateAnswers } from './compile.ts';
import { answersArb } from './fixtures/arbitraries.ts';
import { sixtyQuestions } from './fixtures/sixty-questions.ts';

const SUBMISSIONS = 10_000;

if (!parseSurvey(sixtyQuestions).success) throw new Error('the benchmark survey is not valid');
const submissions = fc.sample(answersArb(sixtyQuestions), { numRuns: SUBMISSIONS, seed: 60 });

let validated = 0;
let elapsed = 0;

describe('validateAnswers', () => {
  bench(
    `${SUBMISSIONS.toLocaleString('en')} submissions of a 60-question survey`,
    () => {
      const start = performance.now();
      for (const answers of submissions) {
        if (!validateAnswers(sixtyQuestions, answers).success)
          throw new Error('a generated submission was refused');
      }
      elapsed += performance.now() - start;
      validated += submissions.length;
    },
    { iterations: 5, warmupIterations: 1 },
  );
});

afterAll(() => {
  const perSecond = Math.round(validated / (elapsed / 1000));
  console.log(`validateAnswers: ${perSecond.toLocaleString('en')} submissions/s (${validated} validated)`);
});
