import { describe, expect, it } from 'vitest';
import { parseSurvey } from './check-survey.ts';
import type { SurveyDefinition } from './definition.ts';
import { clinicVisit } from './fixtures/clinic-visit.ts';
import type { SurveyError } from './survey-errors.ts';

// clinicVisit: sections[0]: service (single_choice), received (multi_choice), respect (likert),
// overall (rating), recommend (yes_no); sections[1]: intro, visits, comment (text), last_visit, aspects

/** clinicVisit broken down by `by`, with a repeat section asking `contact_kind` once per contact. */
function survey(by: readonly string[]): SurveyDefinition {
  const definition = structuredClone(clinicVisit) as SurveyDefinition;
  definition.sections.push({
    id: 'contacts',
    title: { en: 'Contacts', uk: 'Контакти' },
    repeat: { max: 5 },
    items: [
      {
        id: 'contact_kind',
        kind: 'single_choice',
        label: { en: 'Kind of contact', uk: 'Вид контакту' },
        options: [
          { value: 'outreach', label: { en: 'Outreach', uk: 'Аутріч' } },
          { value: 'clinic', label: { en: 'Clinic', uk: 'Клініка' } },
        ],
      },
    ],
  } as SurveyDefinition['sections'][number]);
  return { ...definition, disaggregateBy: [...by] };
}

function disaggregationErrors(by: readonly string[]): readonly SurveyError[] {
  const result = parseSurvey(survey(by));
  if (result.success) return [];
  return result.errors.filter((e) => e.path.startsWith('disaggregateBy'));
}

describe('parseSurvey on disaggregateBy', () => {
  it('should accept single-choice, yes/no and likert questions asked once', () => {
    const result = parseSurvey(survey(['service', 'recommend', 'respect']));
    expect(result.success ? [] : result.errors).toEqual([]);
  });

  it('should refuse a question that does not exist, located at its entry', () => {
    expect(disaggregationErrors(['service', 'gendr'])).toEqual([
      { path: 'disaggregateBy[1]', code: 'unknown_reference', message: 'question "gendr" does not exist' },
    ]);
  });

  it('should refuse the same question twice', () => {
    expect(disaggregationErrors(['service', 'recommend', 'service'])).toEqual([
      {
        path: 'disaggregateBy[2]',
        code: 'invalid_disaggregation',
        message: 'question "service" is already listed at disaggregateBy[0]; list each question once',
      },
    ]);
  });

  it.each([
    ['received', 'multi_choice'],
    ['overall', 'rating'],
    ['comment', 'text'],
    ['visits', 'number'],
    ['aspects', 'matrix'],
    ['intro', 'note'],
  ])('should refuse %s, a %s question results cannot be filtered by', (id, kind) => {
    expect(disaggregationErrors([id])).toEqual([
      {
        path: 'disaggregateBy[0]',
        code: 'invalid_disaggregation',
        message: `question "${id}" is ${kind}: results can be broken down only by a single-choice, yes/no or likert question`,
      },
    ]);
  });

  it('should refuse a question inside a repeat section', () => {
    expect(disaggregationErrors(['contact_kind'])).toEqual([
      {
        path: 'disaggregateBy[0]',
        code: 'invalid_disaggregation',
        message:
          'question "contact_kind" is asked once per instance of the repeat section "contacts": results can be broken down only by a question asked once per submission',
      },
    ]);
  });

  it('should refuse the repeat section itself', () => {
    expect(disaggregationErrors(['contacts'])).toEqual([
      { path: 'disaggregateBy[0]', code: 'unknown_reference', message: 'question "contacts" does not exist' },
    ]);
  });

  it('should report every bad entry, not only the first', () => {
    expect(disaggregationErrors(['nope', 'comment', 'service', 'service']).map((e) => e.path)).toEqual([
      'disaggregateBy[0]',
      'disaggregateBy[1]',
      'disaggregateBy[3]',
    ]);
  });
});
