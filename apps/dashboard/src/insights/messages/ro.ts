import type { InsightsMessages } from './en.ts';

/** Insights' and the share page's strings in Romanian. */
export const ro: InsightsMessages = {
  filtersRefused:
    'Rezultatele nu pot fi afișate pentru aceste filtre. Modificați sau resetați filtrele și încercați din nou.',
  resetFilters: 'Resetează filtrele',
  fewRespondents:
    'Prea puțini respondenți corespund acestor filtre (mai puțin de {{k}}), așa că răspunsurile lor sunt ascunse pentru a-i proteja. Alegeți o perioadă mai lungă sau eliminați un filtru.',
  compareN: 'n = {{n}}',
  serviceUsed: 'Serviciul folosit',
  sitesOffering: 'Locații care oferă serviciul',
  sitesOfferingNote:
    'Acest sondaj nu întreabă ce serviciu a folosit persoana, așa că acest filtru păstrează răspunsurile date în locațiile care oferă serviciul.',
  compareRespondents: 'Respondenți',
  shareThisView: 'Partajează această vizualizare',
  shareLink: {
    title: 'Linkuri de partajare',
    intro:
      'Un link de partajare arată rezultatele acestui chestionar oricui îl are, fără autentificare: doar filtrele alese aici, cifre rotunjite, iar grupurile mici sunt ascunse.',
    survey: 'Chestionar',
    label: 'Etichetă (pentru dumneavoastră; apare pe pagina partajată)',
    filters: 'Filtre păstrate cu linkul',
    noFilters: 'Niciunul: toate răspunsurile',
    expires: 'Nu mai funcționează după (opțional)',
    showScorecard: 'Arată și tabelul de evaluare',
    showAccountability: 'Arată și constatările și acțiunile',
    create: 'Creează linkul',
    created: 'Link creat. Copiați-l acum: este afișat o singură dată.',
    copy: 'Copiază',
    copied: 'Copiat',
    revoke: 'Revocă',
    revokeConfirm: 'Revocați acest link? Oricine îl are pierde imediat accesul.',
    revoked: 'Revocat',
    expired: 'Expirat',
    active: 'Activ',
    expiresOn: 'Până la {{date}}',
    none: 'Încă nu există linkuri de partajare.',
    failed: 'Linkul nu a putut fi creat: {{message}}',
  },
  sharePage: {
    sharedBy: 'Partajat de {{organization}}',
    gone: 'Acest link nu mai funcționează: a fost revocat sau a expirat. Cereți unul nou organizației care l-a partajat.',
    showing: 'Se afișează',
    scorecard: 'Tabel de evaluare',
    accountability: 'Constatări și acțiuni',
  },
  /** The summary of a survey's repeated sections near the top of results. */
  repeats: {
    title: 'Secțiuni repetate',
    line: '{{section}}: {{entries}} {{people}}',
    entries_one: '{{n}} înregistrare',
    entries_few: '{{n}} înregistrări',
    entries_other: '{{n}} de înregistrări',
    fromPeople_one: 'de la {{n}} persoană',
    fromPeople_few: 'de la {{n}} persoane',
    fromPeople_other: 'de la {{n}} de persoane',
    peopleHidden: '{{section}}: {{entries}}; numărul persoanelor este ascuns pentru a le proteja',
    hidden: '{{section}}: ascuns pentru a proteja oamenii (mai puțin de {{k}})',
    none: '{{section}}: nicio înregistrare',
  },
};
