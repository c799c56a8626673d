import type { InsightsMessages } from './en.ts';

/** Insights' and the share page's strings in Ukrainian. */
export const uk: InsightsMessages = {
  filtersRefused:
    'Не вдалося показати результати з такими фільтрами. Змініть або скиньте фільтри і спробуйте ще раз.',
  resetFilters: 'Скинути фільтри',
  fewRespondents:
    'Цим фільтрам відповідає замало респондентів (менше ніж {{k}}), тож їхні відповіді приховано заради їхньої безпеки. Виберіть довший період або приберіть якийсь фільтр.',
  compareN: 'n = {{n}}',
  serviceUsed: 'Послуга, якою скористалися',
  sitesOffering: 'Локації, що надають послугу',
  sitesOfferingNote:
    'Це опитування не питає, якою послугою скористалася людина, тож цей фільтр залишає відповіді, дані в локаціях, що надають цю послугу.',
  compareRespondents: 'Респонденти',
  shareThisView: 'Поділитися цим переглядом',
  shareLink: {
    title: 'Посилання для перегляду',
    intro:
      'Посилання показує результати цього опитування кожному, хто його має, без входу: лише з вибраними тут фільтрами, з округленими числами і без малих груп.',
    survey: 'Опитування',
    label: 'Назва (для вас; видно на сторінці за посиланням)',
    filters: 'Фільтри, що зберігаються в посиланні',
    noFilters: 'Немає: усі відповіді',
    expires: 'Перестає діяти після (необов’язково)',
    showScorecard: 'Показувати також оціночну таблицю',
    showAccountability: 'Показувати також висновки і дії',
    create: 'Створити посилання',
    created: 'Посилання створено. Скопіюйте його зараз: воно показується лише один раз.',
    copy: 'Копіювати',
    copied: 'Скопійовано',
    revoke: 'Відкликати',
    revokeConfirm: 'Відкликати це посилання? Усі, хто його має, одразу втратять доступ.',
    revoked: 'Відкликано',
    expired: 'Термін минув',
    active: 'Діє',
    expiresOn: 'До {{date}}',
    none: 'Посилань ще немає.',
    failed: 'Не вдалося створити посилання: {{message}}',
  },
  sharePage: {
    sharedBy: 'Поширює {{organization}}',
    gone: 'Це посилання більше не діє: його відкликали або минув його термін. Попросіть організацію, яка ним поділилася, про нове.',
    showing: 'Показано',
    scorecard: 'Оціночна таблиця',
    accountability: 'Висновки і дії',
  },
  /** The summary of a survey's repeated sections near the top of results. */
  repeats: {
    title: 'Розділи, що повторюються',
    line: '{{section}}: {{entries}} {{people}}',
    entries_one: '{{n}} запис',
    entries_few: '{{n}} записи',
    entries_many: '{{n}} записів',
    entries_other: '{{n}} запису',
    fromPeople_one: 'від {{n}} особи',
    fromPeople_few: 'від {{n}} осіб',
    fromPeople_many: 'від {{n}} осіб',
    fromPeople_other: 'від {{n}} особи',
    peopleHidden: '{{section}}: {{entries}}; кількість людей приховано заради їхньої безпеки',
    hidden: '{{section}}: приховано заради безпеки людей (менше ніж {{k}})',
    none: '{{section}}: записів немає',
  },
};
