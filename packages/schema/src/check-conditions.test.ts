import { describe, expect, it } from 'vitest';
import { parseSurvey } from './check-survey.ts';

/** A survey whose question shows when a calculation (of the given type) compares with `value`. */
function survey(valueType: 'number' | 'text' | 'date' | undefined, op: string, value: unknown) {
  return {
    id: 'calc',
    version: 1,
    locales: ['en'],
    title: { en: 'Calc' },
    sections: [
      {
        id: 's',
        title: { en: 'S' },
        items: [
          { id: 'age', kind: 'number', label: { en: 'Age in days' } },
          {
            id: 'is_newborn',
            kind: 'calculate',
            label: { en: 'Newborn' },
            // biome-ignore lint/suspicious/noTemplateCurlyInString: an XLSForm reference, not a template
            calculation: 'if(${age} <= 27, 1, 0)',
            ...(valueType ? { valueType } : {}),
          },
          {
            id: 'feeding',
            kind: 'text',
            label: { en: 'Feeding?' },
            showIf: { question: 'is_newborn', op, value },
          },
        ],
      },
    ],
  };
}

describe('conditions on calculations', () => {
  it('should compare a number calculation like a number question', () => {
    expect(parseSurvey(survey('number', 'eq', 1)).success).toBe(true);
    expect(parseSurvey(survey('number', 'gte', 1)).success).toBe(true);
    const text = parseSurvey(survey('number', 'eq', '1'));
    expect(text.success ? [] : text.errors.map((e) => e.code)).toEqual(['invalid_value']);
  });

  it('should compare a date calculation with dates, and a text one only for equality', () => {
    expect(parseSurvey(survey('date', 'lt', '2024-01-01')).success).toBe(true);
    const ordered = parseSurvey(survey('text', 'gt', '1'));
    expect(ordered.success ? [] : ordered.errors.map((e) => e.code)).toEqual(['invalid_operator']);
    expect(parseSurvey(survey(undefined, 'eq', '1')).success).toBe(true);
  });
});
