// biome-ignore-all lint/suspicious/noTemplateCurlyInString: XLSForm expressions write references as ${name}
import type { SurveyDefinition } from '@kolo/schema';
import { validateAnswers } from '@kolo/schema';
import { describe, expect, it } from 'vitest';
import { submissionFacts } from './facts.ts';

const survey: SurveyDefinition = {
  id: 'calc',
  version: 1,
  locales: ['en'],
  title: { en: 'Calc' },
  sections: [
    {
      id: 's',
      title: { en: 'S' },
      items: [
        { id: 'birth_year', kind: 'number', integer: true, label: { en: 'Born' } },
        {
          id: 'age',
          kind: 'calculate',
          label: { en: 'Age' },
          calculation: "format-date(today(), '%Y') - ${birth_year}",
          valueType: 'number',
        },
        { id: 'tag', kind: 'calculate', label: { en: 'Tag' }, calculation: "concat('b', ${birth_year})" },
      ],
    },
  ],
};

describe('facts of calculated values', () => {
  it('should sum a numeric calculation like a number question, from the server-computed value', () => {
    const validation = validateAnswers(
      survey,
      { birth_year: 1990, age: 5, tag: 'x' },
      { today: '2026-12-06' },
    );
    if (!validation.success) throw new Error('refused');
    const facts = submissionFacts(survey, validation.answers);
    expect(facts).toContainEqual({ q: 'age', v: '*', x: 36 });
    expect(facts).toContainEqual({ q: 'age', v: '36' });
    expect(facts).not.toContainEqual(expect.objectContaining({ q: 'age', v: '5' }));
  });

  it('should only count a text calculation, never copy its text', () => {
    const validation = validateAnswers(survey, { birth_year: 1990 }, { today: '2026-12-06' });
    if (!validation.success) throw new Error('refused');
    const facts = submissionFacts(survey, validation.answers).filter((f) => f.q === 'tag');
    expect(facts).toEqual([{ q: 'tag', v: '*' }]);
  });
});
