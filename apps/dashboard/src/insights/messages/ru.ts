import type { InsightsMessages } from './en.ts';

/** Insights' and the share page's strings in Russian. */
export const ru: InsightsMessages = {
  filtersRefused:
    'Не удалось показать результаты с такими фильтрами. Измените или сбросьте фильтры и попробуйте снова.',
  resetFilters: 'Сбросить фильтры',
  fewRespondents:
    'Этим фильтрам соответствует слишком мало респондентов (меньше {{k}}), поэтому их ответы скрыты ради их безопасности. Выберите более длинный период или уберите какой-нибудь фильтр.',
  compareN: 'n = {{n}}',
  serviceUsed: 'Полученная услуга',
  sitesOffering: 'Локации, где есть услуга',
  sitesOfferingNote:
    'В этом опросе не спрашивают, какой услугой воспользовался человек, поэтому этот фильтр оставляет ответы, данные в локациях, где есть эта услуга.',
  compareRespondents: 'Респонденты',
  shareThisView: 'Поделиться этим видом',
  shareLink: {
    title: 'Ссылки для просмотра',
    intro:
      'Ссылка показывает результаты этого опроса всем, у кого она есть, без входа: только с выбранными здесь фильтрами, с округлёнными числами и без малых групп.',
    survey: 'Опрос',
    label: 'Название (для вас; видно на странице по ссылке)',
    filters: 'Фильтры, сохранённые в ссылке',
    noFilters: 'Нет: все ответы',
    expires: 'Перестаёт действовать после (необязательно)',
    showScorecard: 'Показывать также оценочную таблицу',
    showAccountability: 'Показывать также выводы и действия',
    create: 'Создать ссылку',
    created: 'Ссылка создана. Скопируйте её сейчас: она показывается только один раз.',
    copy: 'Копировать',
    copied: 'Скопировано',
    revoke: 'Отозвать',
    revokeConfirm: 'Отозвать эту ссылку? Все, у кого она есть, сразу потеряют доступ.',
    revoked: 'Отозвана',
    expired: 'Срок истёк',
    active: 'Действует',
    expiresOn: 'До {{date}}',
    none: 'Ссылок пока нет.',
    failed: 'Не удалось создать ссылку: {{message}}',
  },
  sharePage: {
    sharedBy: 'Делится {{organization}}',
    gone: 'Эта ссылка больше не действует: её отозвали или истёк её срок. Попросите организацию, которая ею поделилась, о новой.',
    showing: 'Показано',
    scorecard: 'Оценочная таблица',
    accountability: 'Выводы и действия',
  },
  /** The summary of a survey's repeated sections near the top of results. */
  repeats: {
    title: 'Повторяющиеся разделы',
    line: '{{section}}: {{entries}} {{people}}',
    entries_one: '{{n}} запись',
    entries_few: '{{n}} записи',
    entries_many: '{{n}} записей',
    entries_other: '{{n}} записи',
    fromPeople_one: 'от {{n}} человека',
    fromPeople_few: 'от {{n}} человек',
    fromPeople_many: 'от {{n}} человек',
    fromPeople_other: 'от {{n}} человека',
    peopleHidden: '{{section}}: {{entries}}; число людей скрыто ради их безопасности',
    hidden: '{{section}}: скрыто ради безопасности людей (меньше {{k}})',
    none: '{{section}}: записей нет',
  },
};
