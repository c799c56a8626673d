// biome-ignore-all lint/suspicious/noTemplateCurlyInString: XLSForm expressions write references as ${name}
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSurvey } from './check-survey.ts';
import { validateAnswers } from './compile.ts';
import { type Condition, conditionQuestions, evaluateCondition } from './condition.ts';

/** A survey whose last question shows when `showIf` holds. */
function survey(showIf: unknown) {
  return {
    id: 'expr',
    version: 1,
    locales: ['en'],
    title: { en: 'Expr' },
    choiceLists: {
      services: [
        { value: 'nsp', label: { en: 'NSP' } },
        { value: 'ost', label: { en: 'OST' } },
      ],
    },
    sections: [
      {
        id: 's',
        title: { en: 'S' },
        items: [
          { id: 'counter', kind: 'number', label: { en: 'Counter' } },
          {
            id: 'services',
            kind: 'multi_choice',
            label: { en: 'Services' },
            choices: 'services',
          },
          { id: 'why', kind: 'text', label: { en: 'Why?' }, showIf },
          { id: 'later', kind: 'number', label: { en: 'Later' } },
        ],
      },
    ],
  };
}

describe('expression conditions', () => {
  it('should evaluate arithmetic, count-selected and mod like a calculation', () => {
    const every3rd: Condition = { expression: '${counter} mod 3 = 0' };
    expect(evaluateCondition(every3rd, { counter: 6 })).toBe(true);
    expect(evaluateCondition(every3rd, { counter: 7 })).toBe(false);
    const both: Condition = {
      all: [{ question: 'counter', op: 'answered' }, { expression: 'count-selected(${services}) > 1' }],
    };
    expect(evaluateCondition(both, { counter: 1, services: ['nsp', 'ost'] })).toBe(true);
    expect(evaluateCondition(both, { counter: 1, services: ['nsp'] })).toBe(false);
  });

  it('should use the day it is given for today()', () => {
    const recent: Condition = { expression: 'today() - ${visit} < 30' };
    expect(evaluateCondition(recent, { visit: '2026-12-01' }, '2026-12-06')).toBe(true);
    expect(evaluateCondition(recent, { visit: '2026-12-01' }, '2027-02-06')).toBe(false);
  });

  it('should list the questions an expression reads with those comparisons name', () => {
    expect(
      conditionQuestions({
        any: [{ question: 'a', op: 'answered' }, { expression: '${b} + ${c} > ${a}' }],
      }),
    ).toEqual(['a', 'b', 'c']);
  });

  it('should accept an expression condition reading earlier questions', () => {
    expect(parseSurvey(survey({ expression: 'count-selected(${services}) > 1' })).success).toBe(true);
  });

  it('should refuse an expression condition that does not parse or reads an unknown, later or own item', () => {
    const errors = (showIf: unknown) => {
      const parsed = parseSurvey(survey(showIf));
      return parsed.success ? [] : parsed.errors.map((e) => `${e.path}: ${e.code}: ${e.message}`);
    };
    expect(errors({ expression: '${counter} +' })[0]).toMatch(
      /^sections\[0\]\.items\[2\]\.showIf: invalid_expression/,
    );
    expect(errors({ expression: '${nope} = 1' })).toEqual([
      'sections[0].items[2].showIf: unknown_reference: col 1: question "nope" does not exist',
    ]);
    expect(
      errors({ all: [{ question: 'counter', op: 'answered' }, { expression: '${later} > 1' }] }),
    ).toEqual([
      'sections[0].items[2].showIf.all[1]: forward_reference: col 1: question "later" comes later in the survey',
    ]);
    expect(errors({ expression: "${why} = 'x'" })[0]).toMatch(/self_reference/);
    expect(errors({ expression: '. > 1' })[0]).toMatch(/invalid_expression/);
    expect(errors({ expression: "regex(${counter}, '(a+)+')" })[0]).toMatch(/repeats a group/);
    expect(errors({ expression: '  ' })[0]).toMatch(/invalid_shape/);
  });

  it('should refuse an answer to a question its expression condition hides, on the server', () => {
    const parsed = parseSurvey(survey({ expression: '${counter} mod 2 = 0' }));
    if (!parsed.success) throw new Error('survey should parse');
    expect(validateAnswers(parsed.survey, { counter: 4, why: 'because' }).success).toBe(true);
    const hidden = validateAnswers(parsed.survey, { counter: 3, why: 'because' });
    expect(hidden.success).toBe(false);
  });

  it('should let the server accept an answer exactly when the form shows the question (any answers)', () => {
    const showIf: Condition = {
      any: [
        { expression: '${counter} mod 3 = 0 and count-selected(${services}) > 1' },
        { expression: "${counter} * 2 > 50 or selected(${services}, 'ost')" },
      ],
    };
    const parsed = parseSurvey(survey(showIf));
    if (!parsed.success) throw new Error('survey should parse');
    fc.assert(
      fc.property(fc.integer({ min: -100, max: 100 }), fc.subarray(['nsp', 'ost']), (counter, services) => {
        // an empty choice list is sent as no answer
        const answers = { counter, ...(services.length > 0 ? { services } : {}), why: 'because' };
        const shown = evaluateCondition(showIf, answers);
        expect(validateAnswers(parsed.survey, answers).success).toBe(shown);
      }),
      { numRuns: 200 },
    );
  });
});
