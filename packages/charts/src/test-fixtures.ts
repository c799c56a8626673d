import type { Item, SurveyDefinition } from '@kolo/schema';
import type { QuestionResult, SurveyResults, ValueCount } from './results.ts';

const AGREE5 = [
  { value: '1', label: { en: 'Strongly disagree', uk: 'Зовсім не погоджуюся' } },
  { value: '2', label: { en: 'Disagree', uk: 'Не погоджуюся' } },
  { value: '3', label: { en: 'Neither agree nor disagree', uk: 'Ні так, ні ні' } },
  { value: '4', label: { en: 'Agree', uk: 'Погоджуюся' } },
  { value: '5', label: { en: 'Strongly agree', uk: 'Повністю погоджуюся' } },
  {
    value: 'na',
    notApplicable: true,
    label: { en: 'Not applicable / don’t know', uk: 'Не стосується / не знаю' },
  },
];

/** The participation ladder as the community-involvement library survey writes it. */
export const PARTICIPATION = [
  { value: 'not_involved', label: { en: 'Not involved', uk: 'Немає участі' } },
  { value: 'informed', label: { en: 'Informed', uk: 'Інформування' } },
  { value: 'consulted', label: { en: 'Consulted', uk: 'Консультування' } },
  { value: 'partnership', label: { en: 'Partnership', uk: 'Партнерство' } },
  { value: 'delegated_power', label: { en: 'Delegated power', uk: 'Делеговані повноваження' } },
  { value: 'community_control', label: { en: 'Community control', uk: 'Контроль спільноти' } },
  { value: 'dont_know', notApplicable: true, label: { en: "Don't know", uk: 'Не знаю' } },
];

/** A small survey with one item of every kind the charts draw, in English and Ukrainian. */
export const survey: SurveyDefinition = {
  id: 'chart-fixture',
  version: 1,
  locales: ['en', 'uk'],
  title: { en: 'Chart fixture', uk: 'Тестове опитування' },
  choiceLists: { agree5: AGREE5, participation: PARTICIPATION },
  sections: [
    {
      id: 'main',
      title: { en: 'Main', uk: 'Основне' },
      items: [
        {
          id: 'service_type',
          kind: 'single_choice',
          label: { en: 'Which service did you use?', uk: 'Якою послугою ви скористалися?' },
          options: [
            { value: 'nsp', label: { en: 'Needle and syringe programme', uk: 'Програма обміну шприців' } },
            { value: 'ost', label: { en: 'Opioid substitution therapy', uk: 'Замісна терапія' } },
            { value: 'dic', label: { en: 'Drop-in centre', uk: 'Ком’юніті-центр' } },
            { value: 'testing', label: { en: 'HIV testing', uk: 'Тестування на ВІЛ' } },
          ],
          other: { label: { en: 'Something else', uk: 'Щось інше' } },
        },
        {
          id: 'barriers',
          kind: 'multi_choice',
          label: { en: 'What got in the way?', uk: 'Що заважало?' },
          options: [
            { value: 'police', label: { en: 'Police near the site', uk: 'Поліція біля пункту' } },
            { value: 'hours', label: { en: 'Opening hours', uk: 'Години роботи' } },
            { value: 'cost', label: { en: 'Cost', uk: 'Вартість' } },
            { value: 'none', exclusive: true, label: { en: 'Nothing', uk: 'Нічого' } },
          ],
        },
        {
          id: 'respected',
          kind: 'likert',
          choices: 'agree5',
          label: { en: 'Staff respected me', uk: 'Персонал мене поважав' },
        },
        {
          id: 'aaaq',
          kind: 'matrix',
          choices: 'agree5',
          label: { en: 'How do you rate the service?', uk: 'Як ви оцінюєте послугу?' },
          rows: [
            { id: 'hours_ok', label: { en: 'Opening hours suit me', uk: 'Години роботи мені підходять' } },
            { id: 'private', label: { en: 'My privacy is kept', uk: 'Мою приватність захищено' } },
          ],
        },
        {
          id: 'ladder',
          kind: 'matrix',
          choices: 'participation',
          label: { en: 'How far is the community involved?', uk: 'Наскільки залучена спільнота?' },
          rows: [
            { id: 'design', label: { en: 'Design', uk: 'Розробка' } },
            { id: 'budgeting', label: { en: 'Budgeting', uk: 'Бюджет' } },
          ],
        },
        {
          id: 'overall',
          kind: 'rating',
          min: 1,
          max: 5,
          label: { en: 'Overall rating', uk: 'Загальна оцінка' },
        },
        {
          id: 'visits',
          kind: 'number',
          min: 0,
          max: 365,
          integer: true,
          label: { en: 'Visits this year', uk: 'Візитів цього року' },
        },
        {
          id: 'tested',
          kind: 'yes_no',
          dontKnow: true,
          label: { en: 'Were you offered a test?', uk: 'Вам запропонували тест?' },
        },
        { id: 'comment', kind: 'text', label: { en: 'Anything else?', uk: 'Щось іще?' } },
      ],
    },
  ],
  indicators: [
    {
      id: 'acceptability',
      kind: 'scale_mean',
      items: ['respected'],
      label: { en: 'Acceptability', uk: 'Прийнятність' },
    },
    {
      id: 'tested_share',
      kind: 'share',
      item: 'tested',
      values: ['yes'],
      label: { en: 'Offered a test', uk: 'Запропонували тест' },
    },
  ],
};

/** The item `id` of the fixture survey. */
export function itemOf(id: string): Item {
  const item = survey.sections.flatMap((s) => s.items).find((i) => i.id === id);
  if (!item) throw new Error(`no item ${id}`);
  return item;
}

/** Counts out of `answered`, with `null` for a withheld cell. */
export function counts(answered: number, values: Record<string, number | null>): ValueCount[] {
  return Object.entries(values).map(([value, n]) => ({
    value,
    n,
    share: n === null ? null : n / answered,
    suppressed: n === null,
  }));
}

export const serviceType: QuestionResult = {
  id: 'service_type',
  kind: 'single_choice',
  n: 40,
  suppressed: false,
  counts: counts(40, { nsp: 5, ost: 20, dic: null, testing: null, other: 7 }),
};

export const barriers: QuestionResult = {
  id: 'barriers',
  kind: 'multi_choice',
  n: 20,
  suppressed: false,
  counts: counts(20, { police: 12, hours: 15, cost: 6, none: 0 }),
};

export const respected: QuestionResult = {
  id: 'respected',
  kind: 'likert',
  n: 40,
  suppressed: false,
  counts: counts(40, { '1': null, '2': null, '3': 6, '4': 14, '5': 12, na: 5 }),
};

export const aaaq: QuestionResult = {
  id: 'aaaq',
  kind: 'matrix',
  n: 30,
  suppressed: false,
  counts: [],
  rows: [
    {
      id: 'hours_ok',
      n: 30,
      suppressed: false,
      counts: counts(30, { '1': 6, '2': 6, '3': 6, '4': 6, '5': 6, na: 0 }),
    },
    {
      id: 'private',
      n: null,
      suppressed: true,
      counts: counts(3, { '1': null, '2': null, '3': 0, '4': 0, '5': null, na: 0 }),
    },
  ],
};

export const ladder: QuestionResult = {
  id: 'ladder',
  kind: 'matrix',
  n: 25,
  suppressed: false,
  counts: [],
  rows: [
    {
      id: 'design',
      n: 25,
      suppressed: false,
      counts: counts(25, {
        not_involved: 5,
        informed: 5,
        consulted: 5,
        partnership: 5,
        delegated_power: null,
        community_control: null,
        dont_know: 0,
      }),
    },
    {
      id: 'budgeting',
      n: 25,
      suppressed: false,
      counts: counts(25, {
        not_involved: 10,
        informed: 5,
        consulted: 5,
        partnership: 0,
        delegated_power: 0,
        community_control: 0,
        dont_know: 5,
      }),
    },
  ],
};

export const overall: QuestionResult = {
  id: 'overall',
  kind: 'rating',
  n: 40,
  suppressed: false,
  counts: counts(40, { '1': null, '2': null, '3': 8, '4': 16, '5': 10 }),
  stats: { mean: 3.85, sd: 0.9, median: 4, q1: 3, q3: 5 },
};

export const visits: QuestionResult = {
  id: 'visits',
  kind: 'number',
  n: 36,
  suppressed: false,
  counts: [],
  stats: { mean: 12.5, sd: 6.25, median: 10, q1: 6, q3: 18 },
};

export const tested: QuestionResult = {
  id: 'tested',
  kind: 'yes_no',
  n: 8,
  suppressed: false,
  counts: counts(8, { yes: 6, no: null, dont_know: null }),
};

export const comment: QuestionResult = { id: 'comment', kind: 'text', n: 17, suppressed: false, counts: [] };

/** Results of the fixture survey by month, with one withheld month. */
export const results: SurveyResults = {
  k: 5,
  rounding: null,
  respondents: { n: 40, suppressed: false },
  questions: [serviceType, barriers, respected, aaaq, ladder, overall, visits, tested, comment],
  indicators: [
    { id: 'acceptability', kind: 'scale_mean', n: 35, value: 72.5, suppressed: false },
    { id: 'tested_share', kind: 'share', n: 8, value: 75, suppressed: false },
  ],
  timeline: [
    { period: '2025-01-01', n: 12, suppressed: false, indicators: { acceptability: 70, tested_share: null } },
    {
      period: '2025-02-01',
      n: null,
      suppressed: true,
      indicators: { acceptability: null, tested_share: null },
    },
    {
      period: '2025-03-01',
      n: 25,
      suppressed: false,
      indicators: { acceptability: 76.25, tested_share: 80 },
    },
  ],
};
