import { computeIndicators, validateAnswers } from '@kolo/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryAnswers } from './arbitrary-answers.ts';
import { library } from './index.ts';

describe.each(library.map((survey) => [survey.id, survey] as const))('answers to %s', (_id, survey) => {
  it('should accept any answers a respondent can give', () => {
    fc.assert(
      fc.property(arbitraryAnswers(survey), (answers) => {
        const result = validateAnswers(survey, answers);
        expect(result.success ? [] : result.issues).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('should score every indicator within 0..100, or leave it empty', () => {
    fc.assert(
      fc.property(arbitraryAnswers(survey), (answers) => {
        const values = computeIndicators(survey, answers);
        expect(Object.keys(values).sort()).toEqual((survey.indicators ?? []).map((i) => i.id).sort());
        for (const value of Object.values(values)) {
          if (value === null) continue;
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(100);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('should reject an answer to a question that is not in the survey', () => {
    fc.assert(
      fc.property(arbitraryAnswers(survey), (answers) => {
        const result = validateAnswers(survey, { ...answers, respondent_name: 'x' });
        expect(result.success).toBe(false);
      }),
      { numRuns: 20 },
    );
  });
});
