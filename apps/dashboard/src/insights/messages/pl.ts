import type { InsightsMessages } from './en.ts';

/** Insights' and the share page's strings in Polish. */
export const pl: InsightsMessages = {
  filtersRefused:
    'Nie udało się pokazać wyników z tymi filtrami. Zmień lub wyczyść filtry i spróbuj ponownie.',
  resetFilters: 'Wyczyść filtry',
  fewRespondents:
    'Tym filtrom odpowiada zbyt mało osób ankietowanych (mniej niż {{k}}), więc ich odpowiedzi są ukryte, aby je chronić. Wybierz dłuższy okres albo usuń któryś filtr.',
  compareN: 'n = {{n}}',
  serviceUsed: 'Usługa, z której skorzystano',
  sitesOffering: 'Lokalizacje oferujące usługę',
  sitesOfferingNote:
    'Ta ankieta nie pyta, z jakiej usługi skorzystała osoba, więc ten filtr zostawia odpowiedzi udzielone w lokalizacjach oferujących tę usługę.',
  compareRespondents: 'Osoby ankietowane',
  shareThisView: 'Udostępnij ten widok',
  shareLink: {
    title: 'Linki do udostępniania',
    intro:
      'Link pokazuje wyniki tej ankiety każdemu, kto go ma, bez logowania: tylko z wybranymi tu filtrami, z zaokrąglonymi liczbami i bez małych grup.',
    survey: 'Ankieta',
    label: 'Nazwa (dla Ciebie; widoczna na udostępnionej stronie)',
    filters: 'Filtry zapisane w linku',
    noFilters: 'Brak: wszystkie odpowiedzi',
    expires: 'Przestaje działać po (opcjonalnie)',
    showScorecard: 'Pokazuj też kartę wyników',
    showAccountability: 'Pokazuj też ustalenia i działania',
    create: 'Utwórz link',
    created: 'Link utworzony. Skopiuj go teraz: jest pokazywany tylko raz.',
    copy: 'Kopiuj',
    copied: 'Skopiowano',
    revoke: 'Unieważnij',
    revokeConfirm: 'Unieważnić ten link? Każdy, kto go ma, od razu straci dostęp.',
    revoked: 'Unieważniony',
    expired: 'Wygasł',
    active: 'Aktywny',
    expiresOn: 'Do {{date}}',
    none: 'Nie ma jeszcze linków.',
    failed: 'Nie udało się utworzyć linku: {{message}}',
  },
  sharePage: {
    sharedBy: 'Udostępnia: {{organization}}',
    gone: 'Ten link już nie działa: został unieważniony albo wygasł. Poproś organizację, która go udostępniła, o nowy.',
    showing: 'Widok',
    scorecard: 'Karta wyników',
    accountability: 'Ustalenia i działania',
  },
  /** The summary of a survey's repeated sections near the top of results. */
  repeats: {
    title: 'Sekcje powtarzane',
    line: '{{section}}: {{entries}} {{people}}',
    entries_one: '{{n}} wpis',
    entries_few: '{{n}} wpisy',
    entries_many: '{{n}} wpisów',
    entries_other: '{{n}} wpisu',
    fromPeople_one: 'od {{n}} osoby',
    fromPeople_few: 'od {{n}} osób',
    fromPeople_many: 'od {{n}} osób',
    fromPeople_other: 'od {{n}} osoby',
    peopleHidden: '{{section}}: {{entries}}; liczba osób jest ukryta, aby je chronić',
    hidden: '{{section}}: ukryte, aby chronić ludzi (mniej niż {{k}})',
    none: '{{section}}: brak wpisów',
  },
};
