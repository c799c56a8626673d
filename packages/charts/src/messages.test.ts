import { describe, expect, it } from 'vitest';
import { CHART_MESSAGES, type ChartMessages, chartMessages, fillMessage } from './messages.ts';

const COUNTS = [1, 2, 5, 21, 22, 25];

describe('chart messages', () => {
  it.each(Object.entries(CHART_MESSAGES))(
    'should give every counted %s message each plural form',
    (locale, messages) => {
      const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
      const missing = Object.entries(messages).flatMap(([key, value]) =>
        typeof value === 'string' ? [] : categories.filter((c) => !(c in value)).map((c) => `${key}.${c}`),
      );
      expect(missing).toEqual([]);
    },
  );

  it('should count responses in every message that puts a word after {k}', () => {
    const single = Object.entries(CHART_MESSAGES).flatMap(([locale, messages]) =>
      Object.entries(messages as ChartMessages)
        .filter(([, value]) => typeof value === 'string' && /\{k\}\s+\p{L}/u.test(value))
        .map(([key]) => `${locale}.${key}`),
    );
    expect(single).toEqual([]);
  });

  it.each([
    ['uk', ['1 відповідь', '2 відповіді', '5 відповідей', '21 відповідь', '22 відповіді', '25 відповідей']],
    ['ru', ['1 ответе', '2 ответах', '5 ответах', '21 ответе', '22 ответах', '25 ответах']],
    [
      'pl',
      [
        '1 odpowiedzi',
        '2 odpowiedziach',
        '5 odpowiedziach',
        '21 odpowiedziach',
        '22 odpowiedziach',
        '25 odpowiedziach',
      ],
    ],
  ] as const)(
    'should agree the suppression explanation with 1, 2, 5, 21, 22 and 25 in %s',
    (locale, words) => {
      const messages = CHART_MESSAGES[locale] as ChartMessages;
      expect(COUNTS.map((k) => fillMessage(messages.suppressedExplanation, { k }, locale, k))).toEqual(
        words.map((w) => expect.stringMatching(new RegExp(`${w}(?!\\p{L})`, 'u'))),
      );
    },
  );

  it.each([
    ['uk', ['1 відповідь', '2 відповіді', '5 відповідей', '21 відповідь', '22 відповіді', '25 відповідей']],
    ['ru', ['1 ответа', '2 ответов', '5 ответов', '21 ответа', '22 ответов', '25 ответов']],
    [
      'pl',
      ['1 odpowiedź', '2 odpowiedzi', '5 odpowiedzi', '21 odpowiedzi', '22 odpowiedzi', '25 odpowiedzi'],
    ],
    [
      'ro',
      [
        '1 răspuns',
        '2 răspunsuri',
        '5 răspunsuri',
        '21 de răspunsuri',
        '22 de răspunsuri',
        '25 de răspunsuri',
      ],
    ],
    ['sr', ['1 одговора', '2 одговора', '5 одговора', '21 одговора', '22 одговора', '25 одговора']],
    ['sr-Latn', ['1 odgovora', '2 odgovora', '5 odgovora', '21 odgovora', '22 odgovora', '25 odgovora']],
    ['en', ['1 response', '2 responses', '5 responses', '21 responses', '22 responses', '25 responses']],
  ] as const)('should agree "no figure" with 1, 2, 5, 21, 22 and 25 in %s', (locale, words) => {
    const messages = CHART_MESSAGES[locale] as ChartMessages;
    expect(COUNTS.map((k) => fillMessage(messages.noFigure, { k }, locale, k))).toEqual(
      words.map((w) => expect.stringMatching(new RegExp(`${w}(?!\\p{L})`, 'u'))),
    );
  });

  it('should speak Romanian and Serbian, Serbian in Latin script only as a transliteration', () => {
    expect(chartMessages('ro-MD').noData).toBe('Încă nu există date');
    expect(chartMessages('sr').noData).toBe('Још нема података');
    expect(chartMessages('sr-Latn').noData).toBe('Još nema podataka');
    expect(chartMessages('sr-Latn').quarter).toBe('{q}. kvartal {year}.');
    expect(JSON.stringify(CHART_MESSAGES['sr-Latn'])).not.toMatch(/\p{Script=Cyrillic}/u);
    expect(JSON.stringify(CHART_MESSAGES.sr)).not.toMatch(/[йщьъыэюяёіїєґčćđšž]/i);
    expect(JSON.stringify(CHART_MESSAGES.ro)).not.toMatch(/[şţŞŢ]/);
  });
});
