// biome-ignore-all lint/suspicious/noTemplateCurlyInString: survey expressions write references as ${name}
import type { Item, SurveyDefinition } from '@kolo/schema';
import { describe, expect, it } from 'vitest';
import { answerLabel } from './answer-label.ts';
import { formMessages } from './messages/index.ts';
import { pipedText } from './piping.ts';

const birthYear: Item = { id: 'birth_year', kind: 'number', integer: true, label: { en: 'Year of birth' } };
const dose: Item = { id: 'dose', kind: 'number', unit: { en: 'ml' }, label: { en: 'Dose' } };
const total: Item = {
  id: 'total',
  kind: 'calculate',
  label: { en: 'Total' },
  calculation: '${birth_year} + 1',
  valueType: 'number',
  display: 'read_only',
};
const survey: SurveyDefinition = {
  id: 'numbers',
  version: 1,
  locales: ['en'],
  title: { en: 'Numbers' },
  sections: [{ id: 'main', title: { en: 'Main' }, items: [birthYear, dose, total] }],
};

const label = (item: Item, value: unknown, locale: string) =>
  answerLabel(survey, item, { [item.id]: value }, locale, formMessages(locale));

describe('answerLabel', () => {
  it('should show an integer answer as the monitor typed it, with no thousands grouping', () => {
    for (const locale of ['en', 'uk', 'ru', 'pl', 'ky', 'ro', 'sr', 'de'])
      expect(label(birthYear, 1990, locale)).toEqual(['1990']);
    expect(label(birthYear, 1234567, 'en')).toEqual(['1234567']);
    expect(label(birthYear, -12000, 'uk')).toEqual(['-12000']);
  });

  it('should show a decimal with the reader’s decimal sign and every digit typed', () => {
    expect(label(dose, 2.5, 'en')).toEqual(['2.5 ml']);
    expect(label(dose, 2.5, 'uk')).toEqual(['2,5 ml']);
    expect(label(dose, 12345.125, 'pl')).toEqual(['12345,125 ml']);
    expect(label(dose, 0.0001234, 'en')).toEqual(['0.0001234 ml']);
  });

  it('should show a calculated number the same way', () => {
    expect(label(total, 1991, 'ru')).toEqual(['1991']);
    expect(label(total, 1991.75, 'ro')).toEqual(['1991,75']);
  });

  it('should pipe an integer answer into a label without grouping', () => {
    const text = pipedText(survey, 'Born in ${birth_year}?', { birth_year: 1990 }, 'en', formMessages('en'));
    expect(text).toBe('Born in 1990?');
  });
});
