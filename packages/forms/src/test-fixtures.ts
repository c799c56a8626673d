import type { Item, SurveyDefinition } from '@kolo/schema/forms';

const t = (en: string, uk: string, ru: string) => ({ en, uk, ru });

/** A survey for the form's tests: every kind, a section condition, "other" on both choice kinds. */
export const outreachVisit: SurveyDefinition = {
  id: 'outreach-visit',
  version: 1,
  locales: ['en', 'uk', 'ru'],
  title: t('Outreach visit', 'Аутріч-візит', 'Аутрич-визит'),
  choiceLists: {
    agree: [
      { value: '1', label: t('Disagree', 'Не згоден', 'Не согласен') },
      { value: '2', label: t('Neutral', 'Нейтрально', 'Нейтрально') },
      { value: '3', label: t('Agree', 'Згоден', 'Согласен') },
      { value: 'na', label: t('Not applicable', 'Не стосується', 'Не относится'), notApplicable: true },
    ],
  },
  sections: [
    {
      id: 'contact',
      title: t('Contact', 'Контакт', 'Контакт'),
      items: [
        { id: 'intro', kind: 'note', label: t('Ask calmly.', 'Питайте спокійно.', 'Спрашивайте спокойно.') },
        {
          id: 'channel',
          kind: 'single_choice',
          required: true,
          label: t('Where did you meet?', 'Де ви зустрілися?', 'Где вы встретились?'),
          hint: t('Pick one', 'Виберіть одне', 'Выберите одно'),
          options: [
            { value: 'street', label: t('Street', 'Вулиця', 'Улица') },
            { value: 'club', label: t('Club', 'Клуб', 'Клуб') },
          ],
          other: {},
        },
        {
          id: 'supplies',
          kind: 'multi_choice',
          maxSelections: 2,
          label: t('What did you get?', 'Що ви отримали?', 'Что вы получили?'),
          options: [
            { value: 'syringes', label: t('Syringes', 'Шприци', 'Шприцы') },
            { value: 'naloxone', label: t('Naloxone', 'Налоксон', 'Налоксон') },
            { value: 'condoms', label: t('Condoms', 'Презервативи', 'Презервативы') },
            { value: 'none', label: t('Nothing', 'Нічого', 'Ничего'), exclusive: true },
          ],
          other: { label: t('Something else', 'Щось інше', 'Что-то другое') },
        },
        {
          id: 'club_safe',
          kind: 'yes_no',
          dontKnow: true,
          label: t('Did the club feel safe?', 'Чи безпечно було в клубі?', 'Было ли безопасно в клубе?'),
          showIf: { question: 'channel', op: 'eq', value: 'club' },
        },
      ],
    },
    {
      id: 'opinion',
      title: t('Opinion', 'Думка', 'Мнение'),
      items: [
        {
          id: 'respect',
          kind: 'likert',
          choices: 'agree',
          required: true,
          label: t('Staff respected me', 'Працівники поважали мене', 'Сотрудники уважали меня'),
        },
        {
          id: 'overall',
          kind: 'rating',
          max: 5,
          minLabel: t('Bad', 'Погано', 'Плохо'),
          maxLabel: t('Great', 'Чудово', 'Отлично'),
          label: t('Overall', 'Загалом', 'В целом'),
        },
        {
          id: 'visits',
          kind: 'number',
          min: 0,
          max: 365,
          integer: true,
          label: t('Visits this year', 'Візитів цього року', 'Визитов в этом году'),
        },
        {
          id: 'spent',
          kind: 'number',
          min: 0,
          unit: t('UAH', 'грн', 'грн'),
          label: t('Money spent', 'Витрачено', 'Потрачено'),
        },
        {
          id: 'last_visit',
          kind: 'date',
          min: '2020-01-01',
          max: '2030-12-31',
          label: t('Last visit', 'Останній візит', 'Последний визит'),
        },
        {
          id: 'aspects',
          kind: 'matrix',
          choices: 'agree',
          required: true,
          label: t('Rate these', 'Оцініть', 'Оцените'),
          rows: [
            { id: 'hours', label: t('Opening hours', 'Години роботи', 'Часы работы') },
            { id: 'privacy', label: t('Privacy', 'Приватність', 'Приватность') },
          ],
        },
      ],
    },
    {
      id: 'club',
      title: t('Club', 'Клуб', 'Клуб'),
      showIf: { question: 'channel', op: 'eq', value: 'club' },
      items: [
        {
          id: 'club_name_ok',
          kind: 'yes_no',
          required: true,
          label: t('Was it a partner club?', 'Це був клуб-партнер?', 'Это был клуб-партнёр?'),
        },
      ],
    },
    {
      id: 'comments',
      title: t('Comments', 'Коментарі', 'Комментарии'),
      items: [
        {
          id: 'comment',
          kind: 'text',
          long: true,
          maxLength: 20,
          label: t('Anything else?', 'Щось ще?', 'Что-то ещё?'),
        },
      ],
    },
  ],
};

const KINDS = [
  'text',
  'single_choice',
  'likert',
  'number',
  'multi_choice',
  'yes_no',
  'rating',
  'date',
  'matrix',
  'note',
] as const;

function generatedItem(n: number): Item {
  const id = `q${String(n).padStart(3, '0')}`;
  const label = { en: `Question ${n}` };
  const kind = KINDS[n % KINDS.length] ?? 'text';
  const showIf =
    n > 10 && n % 7 === 0
      ? { question: `q${String(n - 10).padStart(3, '0')}`, op: 'answered' as const }
      : undefined;
  const base = {
    id,
    label,
    ...(showIf ? { showIf } : {}),
    ...(n % 3 === 0 && kind !== 'note' ? { required: true } : {}),
  };
  const options = [
    { value: 'a', label: { en: 'A' } },
    { value: 'b', label: { en: 'B' } },
    { value: 'c', label: { en: 'C' }, exclusive: kind === 'multi_choice' },
  ];
  switch (kind) {
    case 'text':
      return { ...base, kind, maxLength: 100 };
    case 'single_choice':
      return { ...base, kind, options, other: {} };
    case 'multi_choice':
      return { ...base, kind, options, maxSelections: 2 };
    case 'likert':
      return { ...base, kind, choices: 'agree' };
    case 'number':
      return { ...base, kind, min: 0, max: 100 };
    case 'yes_no':
      return { ...base, kind, dontKnow: true };
    case 'rating':
      return { ...base, kind, max: 10 };
    case 'date':
      return { ...base, kind };
    case 'matrix':
      return {
        ...base,
        kind,
        choices: 'agree',
        rows: [
          { id: 'r1', label: { en: 'Row 1' } },
          { id: 'r2', label: { en: 'Row 2' } },
        ],
      };
    case 'note':
      return { id, kind, label };
  }
}

/** A survey of `count` questions of every kind in one section, some conditional, for render counting. */
export function generatedSurvey(count: number): SurveyDefinition {
  return {
    id: 'generated',
    version: 1,
    locales: ['en'],
    title: { en: 'Generated' },
    choiceLists: {
      agree: ['1', '2', '3', '4', '5'].map((value) => ({ value, label: { en: `Level ${value}` } })),
    },
    sections: [
      {
        id: 'all',
        title: { en: 'All' },
        items: Array.from({ length: count }, (_, i) => generatedItem(i + 1)),
      },
    ],
  };
}
