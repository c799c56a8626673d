import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
// the browser's path: what the form turns its values into before it submits
import { normalizeAnswers, toFormValues } from '../../forms/src/normalize.ts';
import { calculateAnswers } from './calculate.ts';
import { validateAnswers } from './compile.ts';
import { repeatSurvey } from './fixtures/repeat-survey.ts';

const RUNS = { numRuns: 200 };

/** What a phone may hold for one instance: good and bad values, calculations it made up. */
const instanceArb = fc.record(
  {
    partner_age: fc.oneof(fc.integer({ min: 10, max: 110 }), fc.constant('abc')),
    age_gap: fc.integer(),
    partner_tested: fc.constantFrom('yes', 'no', 'maybe'),
    partner_test_place: fc.constantFrom('clinic', ' ', 'home'),
  },
  { requiredKeys: [] },
);

const answersArb = fc.record(
  {
    age: fc.integer({ min: 10, max: 110 }),
    partners: fc.array(instanceArb, { maxLength: 6 }),
    partner_count: fc.integer(),
    comment: fc.constantFrom('fine', ''),
  },
  { requiredKeys: [] },
);

describe('repeat answers: the browser and the server agree', () => {
  it('should store exactly what the form submits whenever the server accepts it', () => {
    fc.assert(
      fc.property(answersArb, (raw) => {
        const submitted = normalizeAnswers(repeatSurvey, toFormValues(repeatSurvey, raw));
        const result = validateAnswers(repeatSurvey, submitted);
        if (result.success) expect(result.answers).toEqual(submitted);
        // the calculations the form showed are the ones the server computes
        expect(calculateAnswers(repeatSurvey, submitted)).toEqual(submitted);
      }),
      RUNS,
    );
  });

  it('should replace calculated values a client made up, in every instance, and locate every problem', () => {
    fc.assert(
      fc.property(answersArb, (raw) => {
        const result = validateAnswers(repeatSurvey, raw);
        const honest = validateAnswers(repeatSurvey, calculateAnswers(repeatSurvey, raw));
        expect(result.success).toBe(honest.success);
        if (result.success && honest.success) expect(result.answers).toEqual(honest.answers);
        if (!result.success)
          for (const issue of result.issues)
            expect(issue.path).toMatch(/^(age|comment|partner_count|partners(\.\d+(\.[a-z_]+)?)?)$/);
      }),
      RUNS,
    );
  });
});
