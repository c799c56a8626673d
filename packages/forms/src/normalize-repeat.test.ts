import { validateAnswers } from '@kolo/schema';
import { describe, expect, it } from 'vitest';
import { repeatSurvey } from '../../schema/src/fixtures/repeat-survey.ts';
import { answersAt, normalizeAnswers, stalePaths, toFormValues } from './normalize.ts';

const values = {
  age: '40',
  partners: [
    { partner_age: ' 31 ', partner_tested: 'yes', partner_test_place: ' clinic ' },
    { partner_age: '27', partner_tested: 'no', partner_test_place: 'left over' },
  ],
};

describe('normalizeAnswers with a repeat section', () => {
  it('should normalize each instance, computing its calculations and leaving out its hidden questions', () => {
    expect(normalizeAnswers(repeatSurvey, values)).toEqual({
      age: 40,
      partners: [
        { partner_age: 31, age_gap: 9, partner_tested: 'yes', partner_test_place: 'clinic' },
        { partner_age: 27, age_gap: 13, partner_tested: 'no' },
      ],
      partner_count: 2,
      oldest_partner: 31,
    });
  });

  it('should give answers the server accepts unchanged', () => {
    const answers = normalizeAnswers(repeatSurvey, values);
    const result = validateAnswers(repeatSurvey, answers);
    expect(result.success && result.answers).toEqual(answers);
  });

  it('should name the stale field of an instance by its path', () => {
    expect(stalePaths(repeatSurvey, values)).toEqual(['partners.1.partner_test_place']);
  });

  it('should turn a saved draft with instances back into form values', () => {
    const draft = normalizeAnswers(repeatSurvey, values);
    const restored = toFormValues(repeatSurvey, draft);
    expect(restored.partners).toEqual([
      { partner_age: '31', age_gap: 9, partner_tested: 'yes', partner_test_place: 'clinic' },
      { partner_age: '27', age_gap: 13, partner_tested: 'no' },
    ]);
    expect(normalizeAnswers(repeatSurvey, restored)).toEqual(draft);
  });

  it('should give the answers an instance reads: its own over the top-level ones', () => {
    const view = answersAt(repeatSurvey, values, { section: 'partners', index: 1 });
    expect(view).toMatchObject({ age: 40, partner_age: 27, age_gap: 13 });
  });
});
