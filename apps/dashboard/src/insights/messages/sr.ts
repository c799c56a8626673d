import type { InsightsMessages } from './en.ts';

/** Insights' and the share page's strings in Serbian (Cyrillic; `sr-Latn` is derived). */
export const sr: InsightsMessages = {
  filtersRefused:
    'Резултати не могу да се прикажу за ове филтере. Промените или поништите филтере и покушајте поново.',
  resetFilters: 'Поништи филтере',
  fewRespondents:
    'Премало испитаника одговара овим филтерима (мање од {{k}}), па су њихови одговори скривени ради њихове заштите. Изаберите дужи период или уклоните неки филтер.',
  compareN: 'n = {{n}}',
  serviceUsed: 'Коришћена услуга',
  sitesOffering: 'Локације које нуде услугу',
  sitesOfferingNote:
    'Ова анкета не пита коју је услугу особа користила, па овај филтер задржава одговоре дате на локацијама које нуде ту услугу.',
  compareRespondents: 'Испитаници',
  shareThisView: 'Подели овај приказ',
  shareLink: {
    title: 'Линкови за дељење',
    intro:
      'Линк за дељење приказује резултате овог упитника свакоме ко га има, без пријаве: само филтере изабране овде, заокружене бројеве, а мале групе су скривене.',
    survey: 'Упитник',
    label: 'Ознака (за вас; приказује се на подељеној страници)',
    filters: 'Филтери сачувани уз линк',
    noFilters: 'Нема: сви одговори',
    expires: 'Престаје да ради после (необавезно)',
    showScorecard: 'Прикажи и табелу оцена',
    showAccountability: 'Прикажи и налазе и мере',
    create: 'Направи линк',
    created: 'Линк је направљен. Копирајте га сада: приказује се само једном.',
    copy: 'Копирај',
    copied: 'Копирано',
    revoke: 'Опозови',
    revokeConfirm: 'Опозвати овај линк? Свако ко га има одмах губи приступ.',
    revoked: 'Опозвано',
    expired: 'Истекло',
    active: 'Активно',
    expiresOn: 'До {{date}}',
    none: 'Још нема линкова за дељење.',
    failed: 'Линк није могао да се направи: {{message}}',
  },
  sharePage: {
    sharedBy: 'Поделио/ла {{organization}}',
    gone: 'Овај линк више не ради: опозван је или је истекао. Затражите нови од организације која га је поделила.',
    showing: 'Приказ',
    scorecard: 'Табела оцена',
    accountability: 'Налази и мере',
  },
  /** The summary of a survey's repeated sections near the top of results. */
  repeats: {
    title: 'Одељци који се понављају',
    line: '{{section}}: {{entries}} {{people}}',
    entries_one: '{{n}} унос',
    entries_few: '{{n}} уноса',
    entries_other: '{{n}} уноса',
    fromPeople_one: 'од {{n}} особе',
    fromPeople_few: 'од {{n}} особе',
    fromPeople_other: 'од {{n}} особа',
    peopleHidden: '{{section}}: {{entries}}; број особа је скривен ради њихове заштите',
    hidden: '{{section}}: скривено ради заштите људи (мање од {{k}})',
    none: '{{section}}: нема уноса',
  },
};
