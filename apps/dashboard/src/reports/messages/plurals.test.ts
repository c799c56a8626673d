import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { ACCOUNTABILITY_MESSAGES } from '../../accountability/messages/index.ts';
import { REPORTS_MESSAGES } from './index.ts';

const COUNTS = [1, 2, 5, 21, 22, 25];

async function translator(lng: keyof typeof REPORTS_MESSAGES) {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng,
    resources: {
      [lng]: {
        translation: { reports: REPORTS_MESSAGES[lng], accountability: ACCOUNTABILITY_MESSAGES[lng] },
      },
    },
    interpolation: { escapeValue: false },
  });
  return i18n.t;
}

describe('plural forms on the reports and accountability screens', () => {
  it.each([
    ['en', ['1 question', '2 questions', '5 questions', '21 questions', '22 questions', '25 questions']],
    ['uk', ['1 запитання', '2 запитання', '5 запитань', '21 запитання', '22 запитання', '25 запитань']],
    ['ru', ['1 вопрос', '2 вопроса', '5 вопросов', '21 вопрос', '22 вопроса', '25 вопросов']],
    ['pl', ['1 pytanie', '2 pytania', '5 pytań', '21 pytań', '22 pytania', '25 pytań']],
    ['ky', ['1 суроо', '2 суроо', '5 суроо', '21 суроо', '22 суроо', '25 суроо']],
    [
      'ro',
      ['1 întrebare', '2 întrebări', '5 întrebări', '21 de întrebări', '22 de întrebări', '25 de întrebări'],
    ],
    ['sr', ['1 питање', '2 питања', '5 питања', '21 питање', '22 питања', '25 питања']],
  ] as const)('should count the chosen questions for 1, 2, 5, 21, 22 and 25 in %s', async (lng, words) => {
    const t = await translator(lng);
    COUNTS.forEach((count, i) => {
      expect(t('reports.selectedCount', { count, max: 30 })).toContain(words[i]);
    });
  });

  it.each([
    [
      'en',
      [
        '1 submission',
        '2 submissions',
        '5 submissions',
        '21 submissions',
        '22 submissions',
        '25 submissions',
      ],
    ],
    ['uk', ['1 анкета', '2 анкети', '5 анкет', '21 анкета', '22 анкети', '25 анкет']],
    ['ru', ['1 анкета', '2 анкеты', '5 анкет', '21 анкета', '22 анкеты', '25 анкет']],
    ['pl', ['1 ankieta', '2 ankiety', '5 ankiet', '21 ankiet', '22 ankiety', '25 ankiet']],
    ['ky', ['1 анкета', '2 анкета', '5 анкета', '21 анкета', '22 анкета', '25 анкета']],
    [
      'ro',
      [
        '1 chestionar',
        '2 chestionare',
        '5 chestionare',
        '21 de chestionare',
        '22 de chestionare',
        '25 de chestionare',
      ],
    ],
    ['sr', ['1 попуњен', '2 попуњена', '5 попуњених', '21 попуњен', '22 попуњена', '25 попуњених']],
  ] as const)("should count a report's submissions for 1, 2, 5, 21, 22 and 25 in %s", async (lng, words) => {
    const t = await translator(lng);
    COUNTS.forEach((count, i) => {
      expect(t('reports.dataVersion', { count, date: '2 April 2026' })).toContain(words[i]);
    });
  });

  it.each([
    ['en', ['1 action', '2 actions', '5 actions', '21 actions', '22 actions', '25 actions']],
    ['uk', ['1 дію', '2 дії', '5 дій', '21 дію', '22 дії', '25 дій']],
    ['ru', ['1 действия', '2 действий', '5 действий', '21 действия', '22 действий', '25 действий']],
    ['pl', ['1 działanie', '2 działania', '5 działań', '21 działań', '22 działania', '25 działań']],
    ['ky', ['1 аракет', '2 аракет', '5 аракет', '21 аракет', '22 аракет', '25 аракет']],
    ['ro', ['1 acțiune', '2 acțiuni', '5 acțiuni', '21 de acțiuni', '22 de acțiuni', '25 de acțiuni']],
    [
      'sr',
      ['1 активности', '2 активности', '5 активности', '21 активности', '22 активности', '25 активности'],
    ],
  ] as const)(
    'should agree the withheld-figures note with 1, 2, 5, 21, 22 and 25 in %s',
    async (lng, words) => {
      const t = await translator(lng);
      COUNTS.forEach((count, i) => {
        expect(t('accountability.page.suppressedNote', { count })).toContain(words[i]);
      });
    },
  );
});
