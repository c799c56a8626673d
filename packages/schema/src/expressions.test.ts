// biome-ignore-all lint/suspicious/noTemplateCurlyInString: XLSForm expressions write references as ${name}
import { describe, expect, it } from 'vitest';
import { calculateAnswers } from './calculate.ts';
import { parseSurvey } from './check-survey.ts';
import { validateAnswers } from './compile.ts';
import { offeredChoices } from './constraint.ts';
import type { SurveyDefinition } from './definition.ts';
import { expressionSurvey } from './fixtures/expression-survey.ts';

const survey: SurveyDefinition = expressionSurvey;
const TODAY = { today: '2026-12-06' };
const base = { birth_year: 1990, service: 'nsp' };

function withItem(patch: (s: SurveyDefinition) => void): SurveyDefinition {
  const copy = structuredClone(survey);
  patch(copy);
  return copy;
}

describe('calculations', () => {
  it('should compute a calculation on validation and replace what the client sent', () => {
    const result = validateAnswers(survey, { ...base, age: 99 }, TODAY);
    expect(result.success && result.answers).toMatchObject({ age: 36 });
  });

  it('should accept a client that sends no calculated value and add the server one', () => {
    const result = validateAnswers(survey, base, TODAY);
    expect(result.success && result.answers.age).toBe(36);
  });

  it('should leave a calculation out when it makes no sense (no number)', () => {
    const answers = calculateAnswers(survey, { service: 'nsp' }, TODAY);
    expect(answers).not.toHaveProperty('age');
  });

  it('should use the day given, so an offline submission keeps its collection day', () => {
    expect(calculateAnswers(survey, base, { today: '2030-01-01' }).age).toBe(40);
  });

  it('should leave a hidden calculation out', () => {
    const hidden = withItem((s) => {
      const age = s.sections[0]?.items[1];
      if (age) age.showIf = { question: 'service', op: 'eq', value: 'ost' };
    });
    const result = validateAnswers(hidden, { ...base, age: 5 }, TODAY);
    expect(result.success && result.answers).not.toHaveProperty('age');
  });
});

describe('constraints', () => {
  it('should refuse an answer outside a range with the constraint message', () => {
    const result = validateAnswers(survey, { ...base, birth_year: 1800 }, TODAY);
    expect(result.success ? [] : result.issues).toEqual([
      { path: 'birth_year', code: 'constraint', message: 'Enter a year between 1920 and 2012' },
    ]);
  });

  it('should compare two answers', () => {
    const bad = validateAnswers(
      survey,
      { ...base, first_visit: '2026-05-01', last_visit: '2026-04-01' },
      TODAY,
    );
    expect(bad.success ? [] : bad.issues.map((i) => i.code)).toEqual(['constraint']);
    const good = validateAnswers(
      survey,
      { ...base, first_visit: '2026-04-01', last_visit: '2026-05-01' },
      TODAY,
    );
    expect(good.success).toBe(true);
  });

  it('should let "none" exclude the other choices', () => {
    expect(validateAnswers(survey, { ...base, needs: ['none', 'food'] }, TODAY).success).toBe(false);
    expect(validateAnswers(survey, { ...base, needs: ['food', 'shelter'] }, TODAY).success).toBe(true);
  });

  it('should check a regex constraint', () => {
    const phone = withItem((s) => {
      s.sections[0]?.items.push({
        id: 'code',
        kind: 'text',
        label: { en: 'Code', uk: 'Код' },
        constraint: "regex(., '[A-Z]{2}[0-9]{4}')",
      });
    });
    expect(validateAnswers(phone, { ...base, code: 'AB1234' }, TODAY).success).toBe(true);
    expect(validateAnswers(phone, { ...base, code: 'AB12345' }, TODAY).success).toBe(false);
  });

  it('should not run a constraint on a value of the wrong type', () => {
    const result = validateAnswers(survey, { ...base, birth_year: 'nineteen' }, TODAY);
    expect(result.success ? [] : result.issues.map((i) => i.code)).toEqual(['invalid_type']);
  });
});

describe('choice filters', () => {
  it('should offer only the cities of the chosen country', () => {
    const city = survey.sections[0]?.items.find((i) => i.id === 'city');
    if (!city) throw new Error('no city');
    expect(offeredChoices(survey, city, { country: 'kg' }).map((c) => c.value)).toEqual(['bishkek', 'osh']);
    expect(offeredChoices(survey, city, {}).map((c) => c.value)).toEqual([]);
  });

  it('should refuse a value the filter excludes', () => {
    const result = validateAnswers(survey, { ...base, country: 'ua', city: 'osh' }, TODAY);
    expect(result.success ? [] : result.issues).toEqual([
      { path: 'city', code: 'filtered', message: '"osh" is not offered for the earlier answers' },
    ]);
    expect(validateAnswers(survey, { ...base, country: 'kg', city: 'osh' }, TODAY).success).toBe(true);
  });
});

describe('parseSurvey expression checks', () => {
  it('should accept the survey', () => {
    expect(parseSurvey(survey)).toMatchObject({ success: true });
  });

  it.each([
    [
      'an unknown function',
      (s: SurveyDefinition) =>
        Object.assign(s.sections[0]?.items[1] ?? {}, { calculation: '${birth_year} + sum2(1)' }),
      'sections[0].items[1].calculation',
      "col 17: unknown function 'sum2'",
    ],
    [
      'an unknown reference',
      (s: SurveyDefinition) =>
        Object.assign(s.sections[0]?.items[5] ?? {}, { constraint: '. >= ${first_vist}' }),
      'sections[0].items[5].constraint',
      'col 6: question "first_vist" does not exist',
    ],
    [
      '"." outside a constraint',
      (s: SurveyDefinition) => Object.assign(s.sections[0]?.items[1] ?? {}, { calculation: '. + 1' }),
      'sections[0].items[1].calculation',
      'col 1: "." (this answer) is only for constraints',
    ],
    [
      'a filter on a later question',
      (s: SurveyDefinition) =>
        Object.assign(s.sections[0]?.items[7] ?? {}, { choiceFilter: 'country = ${needs}' }),
      'sections[0].items[7].choiceFilter',
      'col 11: question "needs" comes later in the survey',
    ],
    [
      'a filter on a property no choice has',
      (s: SurveyDefinition) =>
        Object.assign(s.sections[0]?.items[7] ?? {}, { choiceFilter: 'region = ${country}' }),
      'sections[0].items[7].choiceFilter',
      "col 1: no choice of this question has the property 'region'",
    ],
    [
      'a regex pattern that can hang',
      (s: SurveyDefinition) =>
        Object.assign(s.sections[0]?.items[5] ?? {}, { constraint: "regex(., '(a+)+b')" }),
      'sections[0].items[5].constraint',
      "col 1: '(a+)+b' repeats a group that itself repeats, which can hang the check: simplify it",
    ],
    [
      'a regex pattern from an answer',
      (s: SurveyDefinition) =>
        Object.assign(s.sections[0]?.items[5] ?? {}, { constraint: 'regex(., ${first_visit})' }),
      'sections[0].items[5].constraint',
      'col 1: regex() needs its pattern written in quotes',
    ],
    [
      'a piped name that does not exist',
      (s: SurveyDefinition) =>
        Object.assign(s.sections[0]?.items[3] ?? {}, {
          label: { en: 'How was ${servic}?', uk: 'Як вам ${service}?' },
        }),
      'sections[0].items[3].label.en',
      'col 9: question "servic" does not exist',
    ],
    [
      'a syntax error',
      (s: SurveyDefinition) => Object.assign(s.sections[0]?.items[0] ?? {}, { constraint: '. >= 1920 and' }),
      'sections[0].items[0].constraint',
      'col 14: the expression ends too early: a value is missing',
    ],
  ])('should locate %s', (_, patch, path, message) => {
    const result = parseSurvey(withItem(patch));
    expect(result.success ? [] : result.errors).toContainEqual(expect.objectContaining({ path, message }));
  });

  it('should refuse a calculation that uses a later calculation', () => {
    const result = parseSurvey(
      withItem((s) => {
        s.sections[0]?.items.splice(1, 0, {
          id: 'decade',
          kind: 'calculate',
          label: { en: 'Decade', uk: 'Десятиліття' },
          calculation: 'int(${age} div 10)',
        });
      }),
    );
    expect(result.success ? [] : result.errors).toContainEqual(
      expect.objectContaining({
        code: 'forward_reference',
        message: 'col 5: calculation "age" comes later in the survey',
      }),
    );
  });

  it('should ask for every language of a constraint message', () => {
    const result = parseSurvey(
      withItem((s) =>
        Object.assign(s.sections[0]?.items[0] ?? {}, { constraintMessage: { en: 'Too early' } }),
      ),
    );
    expect(result.success ? [] : result.errors).toContainEqual(
      expect.objectContaining({
        path: 'sections[0].items[0].constraintMessage',
        code: 'missing_translation',
      }),
    );
  });
});
