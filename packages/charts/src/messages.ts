import { localeChain, SERBIAN_LATIN, toSerbianLatin } from '@kolo/schema';

/** A text that changes with a number: one form per plural category, `other` always present. */
export type PluralText = string | (Partial<Record<Intl.LDMLPluralRule, string>> & { other: string });

/** The charts' own strings; `{k}`, `{n}`, `{q}` and `{year}` are filled in when shown. */
export interface ChartMessages {
  /** Label of the toggle button that swaps a chart for its table. */
  showTable: string;
  fewerThan: PluralText;
  suppressedExplanation: PluralText;
  nEquals: string;
  notApplicable: string;
  noData: string;
  notCharted: string;
  answer: string;
  responses: string;
  share: string;
  shareOfRespondents: string;
  multiChoiceNote: string;
  apart: string;
  other: string;
  yes: string;
  no: string;
  dontKnow: string;
  statistic: string;
  value: string;
  mean: string;
  sd: string;
  median: string;
  q1: string;
  q3: string;
  middleHalf: string;
  period: string;
  respondents: string;
  indicatorValue: string;
  change: string;
  noChange: string;
  noFigure: PluralText;
  quarter: string;
  note: string;
  ladderAxis: string;
  /** Unit of a change in a percentage. */
  percentagePoints: string;
  /** Unit of a 0..100 index. */
  outOf100: string;
  /**
   * The people and entries of a question in a repeated section, counted by people: `{label}` what
   * one entry is ("Partner"), `{m}` the entries, `{n}` the people.
   */
  repeatSummary: PluralText;
  /** Column of a repeated section's entries per answer; `{label}` what one entry is. */
  instances: string;
  /** Column of each answer's share of all entries. */
  shareOfInstances: string;
  /** Why people's shares and entries' shares differ. */
  repeatNote: string;
  /** When entries are not published for this audience (funders, share links). */
  instancesRestricted: string;
}

const EN: ChartMessages = {
  showTable: 'Show as table',
  fewerThan: { one: 'fewer than {k} response', other: 'fewer than {k} responses' },
  suppressedExplanation: {
    one: 'Hidden to protect respondents: figures resting on fewer than {k} response, or that would reveal one, are not shown.',
    other:
      'Hidden to protect respondents: figures resting on fewer than {k} responses, or that would reveal one, are not shown.',
  },
  nEquals: 'n = {n}',
  notApplicable: 'Not applicable / don’t know',
  noData: 'No data yet',
  notCharted: 'Free-text answers are not shown on dashboards.',
  answer: 'Answer',
  responses: 'Responses',
  share: 'Share',
  shareOfRespondents: '% of respondents',
  multiChoiceNote:
    'Respondents could choose more than one answer, so the shares can add up to more than 100%.',
  apart: 'Neutral and not applicable',
  other: 'Other',
  yes: 'Yes',
  no: 'No',
  dontKnow: 'Don’t know',
  statistic: 'Statistic',
  value: 'Value',
  mean: 'Mean',
  sd: 'Standard deviation',
  median: 'Median',
  q1: 'Lower quartile',
  q3: 'Upper quartile',
  middleHalf: 'Middle half',
  period: 'Period',
  respondents: 'Respondents',
  indicatorValue: 'Value (0–100)',
  change: 'since the previous period',
  noChange: 'no change since the previous period',
  noFigure: {
    one: 'No figure: fewer than {k} response or none',
    other: 'No figure: fewer than {k} responses or none',
  },
  quarter: 'Q{q} {year}',
  note: 'Note',
  ladderAxis: 'Level of involvement',
  percentagePoints: 'pp',
  outOf100: '/ 100',
  repeatSummary: { one: '{label}: {m} from {n} person', other: '{label}: {m} from {n} people' },
  instances: 'Entries ({label})',
  shareOfInstances: '% of entries ({label})',
  repeatNote:
    'People are counted once per answer, however many entries they gave, so the shares of people can add up to more than 100%. Entries are counted one by one.',
  instancesRestricted: 'Counts of entries are not shared outside the organization.',
};

const UK: ChartMessages = {
  showTable: 'Показати таблицею',
  fewerThan: {
    one: 'менше ніж {k} відповідь',
    few: 'менше ніж {k} відповіді',
    many: 'менше ніж {k} відповідей',
    other: 'менше ніж {k} відповіді',
  },
  suppressedExplanation: {
    one: 'Приховано для захисту респондентів: дані, що спираються на менше ніж {k} відповідь або дали б змогу їх обчислити, не показано.',
    few: 'Приховано для захисту респондентів: дані, що спираються на менше ніж {k} відповіді або дали б змогу їх обчислити, не показано.',
    many: 'Приховано для захисту респондентів: дані, що спираються на менше ніж {k} відповідей або дали б змогу їх обчислити, не показано.',
    other:
      'Приховано для захисту респондентів: дані, що спираються на менше ніж {k} відповіді або дали б змогу їх обчислити, не показано.',
  },
  nEquals: 'n = {n}',
  notApplicable: 'Не стосується / не знаю',
  noData: 'Даних ще немає',
  notCharted: 'Відповіді у вільній формі на панелях не показуються.',
  answer: 'Відповідь',
  responses: 'Відповіді',
  share: 'Частка',
  shareOfRespondents: '% респондентів',
  multiChoiceNote: 'Можна було обрати кілька відповідей, тому сума часток може перевищувати 100%.',
  apart: 'Нейтрально та не стосується',
  other: 'Інше',
  yes: 'Так',
  no: 'Ні',
  dontKnow: 'Не знаю',
  statistic: 'Показник',
  value: 'Значення',
  mean: 'Середнє',
  sd: 'Стандартне відхилення',
  median: 'Медіана',
  q1: 'Нижній квартиль',
  q3: 'Верхній квартиль',
  middleHalf: 'Середня половина',
  period: 'Період',
  respondents: 'Респонденти',
  indicatorValue: 'Значення (0–100)',
  change: 'порівняно з попереднім періодом',
  noChange: 'без змін порівняно з попереднім періодом',
  noFigure: {
    one: 'Немає даних: менше ніж {k} відповідь або жодної',
    few: 'Немає даних: менше ніж {k} відповіді або жодної',
    many: 'Немає даних: менше ніж {k} відповідей або жодної',
    other: 'Немає даних: менше ніж {k} відповіді або жодної',
  },
  quarter: '{q} кв. {year}',
  note: 'Примітка',
  ladderAxis: 'Рівень участі',
  percentagePoints: 'в. п.',
  outOf100: '/ 100',
  repeatSummary: {
    one: '{label}: {m} від {n} особи',
    few: '{label}: {m} від {n} осіб',
    many: '{label}: {m} від {n} осіб',
    other: '{label}: {m} від {n} особи',
  },
  instances: 'Записи ({label})',
  shareOfInstances: '% записів ({label})',
  repeatNote:
    'Кожну людину враховано один раз для кожної відповіді, скільки б записів вона не зробила, тому сума часток людей може перевищувати 100%. Записи враховано кожен окремо.',
  instancesRestricted: 'Кількість записів не показується поза організацією.',
};

const RU: ChartMessages = {
  showTable: 'Показать таблицей',
  fewerThan: {
    one: 'меньше {k} ответа',
    few: 'меньше {k} ответов',
    many: 'меньше {k} ответов',
    other: 'меньше {k} ответа',
  },
  suppressedExplanation: {
    one: 'Скрыто для защиты респондентов: данные, основанные на менее чем {k} ответе или позволяющие их вычислить, не показаны.',
    few: 'Скрыто для защиты респондентов: данные, основанные на менее чем {k} ответах или позволяющие их вычислить, не показаны.',
    many: 'Скрыто для защиты респондентов: данные, основанные на менее чем {k} ответах или позволяющие их вычислить, не показаны.',
    other:
      'Скрыто для защиты респондентов: данные, основанные на менее чем {k} ответа или позволяющие их вычислить, не показаны.',
  },
  nEquals: 'n = {n}',
  notApplicable: 'Не относится ко мне / не знаю',
  noData: 'Данных пока нет',
  notCharted: 'Ответы в свободной форме на панелях не показываются.',
  answer: 'Ответ',
  responses: 'Ответы',
  share: 'Доля',
  shareOfRespondents: '% респондентов',
  multiChoiceNote: 'Можно было выбрать несколько ответов, поэтому сумма долей может превышать 100%.',
  apart: 'Нейтрально и не относится',
  other: 'Другое',
  yes: 'Да',
  no: 'Нет',
  dontKnow: 'Не знаю',
  statistic: 'Показатель',
  value: 'Значение',
  mean: 'Среднее',
  sd: 'Стандартное отклонение',
  median: 'Медиана',
  q1: 'Нижний квартиль',
  q3: 'Верхний квартиль',
  middleHalf: 'Средняя половина',
  period: 'Период',
  respondents: 'Респонденты',
  indicatorValue: 'Значение (0–100)',
  change: 'по сравнению с предыдущим периодом',
  noChange: 'без изменений по сравнению с предыдущим периодом',
  noFigure: {
    one: 'Нет данных: меньше {k} ответа или ни одного',
    few: 'Нет данных: меньше {k} ответов или ни одного',
    many: 'Нет данных: меньше {k} ответов или ни одного',
    other: 'Нет данных: меньше {k} ответа или ни одного',
  },
  quarter: '{q} кв. {year}',
  note: 'Примечание',
  ladderAxis: 'Уровень участия',
  percentagePoints: 'п. п.',
  outOf100: '/ 100',
  repeatSummary: {
    one: '{label}: {m} от {n} человека',
    few: '{label}: {m} от {n} человек',
    many: '{label}: {m} от {n} человек',
    other: '{label}: {m} от {n} человека',
  },
  instances: 'Записи ({label})',
  shareOfInstances: '% записей ({label})',
  repeatNote:
    'Каждый человек учтён один раз для каждого ответа, сколько бы записей он ни сделал, поэтому сумма долей людей может превышать 100%. Записи учтены каждая отдельно.',
  instancesRestricted: 'Количество записей не показывается за пределами организации.',
};

const PL: ChartMessages = {
  showTable: 'Pokaż jako tabelę',
  fewerThan: {
    one: 'mniej niż {k} odpowiedź',
    few: 'mniej niż {k} odpowiedzi',
    many: 'mniej niż {k} odpowiedzi',
    other: 'mniej niż {k} odpowiedzi',
  },
  suppressedExplanation: {
    one: 'Ukryte, by chronić osoby ankietowane: nie pokazujemy danych opartych na mniej niż {k} odpowiedzi ani takich, które pozwoliłyby je wyliczyć.',
    few: 'Ukryte, by chronić osoby ankietowane: nie pokazujemy danych opartych na mniej niż {k} odpowiedziach ani takich, które pozwoliłyby je wyliczyć.',
    many: 'Ukryte, by chronić osoby ankietowane: nie pokazujemy danych opartych na mniej niż {k} odpowiedziach ani takich, które pozwoliłyby je wyliczyć.',
    other:
      'Ukryte, by chronić osoby ankietowane: nie pokazujemy danych opartych na mniej niż {k} odpowiedzi ani takich, które pozwoliłyby je wyliczyć.',
  },
  nEquals: 'n = {n}',
  notApplicable: 'Nie dotyczy / nie wiem',
  noData: 'Brak danych',
  notCharted: 'Odpowiedzi opisowe nie są pokazywane na pulpitach.',
  answer: 'Odpowiedź',
  responses: 'Odpowiedzi',
  share: 'Odsetek',
  shareOfRespondents: '% osób ankietowanych',
  multiChoiceNote: 'Można było wybrać kilka odpowiedzi, więc odsetki mogą sumować się do ponad 100%.',
  apart: 'Neutralne i nie dotyczy',
  other: 'Inne',
  yes: 'Tak',
  no: 'Nie',
  dontKnow: 'Nie wiem',
  statistic: 'Statystyka',
  value: 'Wartość',
  mean: 'Średnia',
  sd: 'Odchylenie standardowe',
  median: 'Mediana',
  q1: 'Dolny kwartyl',
  q3: 'Górny kwartyl',
  middleHalf: 'Środkowa połowa',
  period: 'Okres',
  respondents: 'Osoby ankietowane',
  indicatorValue: 'Wartość (0–100)',
  change: 'w porównaniu z poprzednim okresem',
  noChange: 'bez zmian w porównaniu z poprzednim okresem',
  noFigure: {
    one: 'Brak danych: mniej niż {k} odpowiedź lub żadna',
    few: 'Brak danych: mniej niż {k} odpowiedzi lub żadna',
    many: 'Brak danych: mniej niż {k} odpowiedzi lub żadna',
    other: 'Brak danych: mniej niż {k} odpowiedzi lub żadna',
  },
  quarter: '{q} kw. {year}',
  note: 'Uwaga',
  ladderAxis: 'Poziom zaangażowania',
  percentagePoints: 'pp',
  outOf100: '/ 100',
  repeatSummary: {
    one: '{label}: {m} od {n} osoby',
    few: '{label}: {m} od {n} osób',
    many: '{label}: {m} od {n} osób',
    other: '{label}: {m} od {n} osoby',
  },
  instances: 'Wpisy ({label})',
  shareOfInstances: '% wpisów ({label})',
  repeatNote:
    'Każda osoba jest liczona raz przy każdej odpowiedzi, niezależnie od liczby wpisów, więc udziały osób mogą sumować się do ponad 100%. Wpisy są liczone każdy osobno.',
  instancesRestricted: 'Liczba wpisów nie jest udostępniana poza organizacją.',
};

const KY: ChartMessages = {
  showTable: 'Таблица катары көрсөтүү',
  fewerThan: { one: '{k} жооптон аз', other: '{k} жооптон аз' },
  suppressedExplanation: {
    one: 'Респонденттерди коргоо үчүн жашырылды: {k} жооптон аз маалыматка негизделген же аны эсептеп чыгууга мүмкүндүк берген көрсөткүчтөр көрсөтүлбөйт.',
    other:
      'Респонденттерди коргоо үчүн жашырылды: {k} жооптон аз маалыматка негизделген же аны эсептеп чыгууга мүмкүндүк берген көрсөткүчтөр көрсөтүлбөйт.',
  },
  nEquals: 'n = {n}',
  notApplicable: 'Тиешелүү эмес / билбейм',
  noData: 'Азырынча маалымат жок',
  notCharted: 'Эркин жооптор панелдерде көрсөтүлбөйт.',
  answer: 'Жооп',
  responses: 'Жооптор',
  share: 'Үлүшү',
  shareOfRespondents: 'респонденттердин %',
  multiChoiceNote: 'Бир нече жоопту тандоого болот, ошондуктан үлүштөрдүн суммасы 100%дан ашышы мүмкүн.',
  apart: 'Бейтарап жана тиешелүү эмес',
  other: 'Башка',
  yes: 'Ооба',
  no: 'Жок',
  dontKnow: 'Билбейм',
  statistic: 'Көрсөткүч',
  value: 'Мааниси',
  mean: 'Орточо',
  sd: 'Стандарттык четтөө',
  median: 'Медиана',
  q1: 'Төмөнкү квартиль',
  q3: 'Жогорку квартиль',
  middleHalf: 'Ортонку жарым',
  period: 'Мезгил',
  respondents: 'Респонденттер',
  indicatorValue: 'Мааниси (0–100)',
  change: 'мурунку мезгилге салыштырмалуу',
  noChange: 'мурунку мезгилге салыштырмалуу өзгөргөн жок',
  noFigure: {
    one: 'Маалымат жок: {k} жооптон аз же такыр жок',
    other: 'Маалымат жок: {k} жооптон аз же такыр жок',
  },
  quarter: '{year}-ж. {q}-чейрек',
  note: 'Эскертүү',
  ladderAxis: 'Катышуу деңгээли',
  percentagePoints: 'п. п.',
  outOf100: '/ 100',
  repeatSummary: { one: '{label}: {m} ({n} адам)', other: '{label}: {m} ({n} адам)' },
  instances: 'Жазуулар ({label})',
  shareOfInstances: 'Жазуулардын үлүшү, % ({label})',
  repeatNote:
    'Ар бир адам канча жазуу берсе да, ар бир жооп үчүн бир жолу эсептелет, ошондуктан адамдардын үлүштөрүнүн суммасы 100%дан ашышы мүмкүн. Жазуулар ар бири өзүнчө эсептелет.',
  instancesRestricted: 'Жазуулардын саны уюмдан тышкары көрсөтүлбөйт.',
};

const RO: ChartMessages = {
  showTable: 'Arată ca tabel',
  fewerThan: {
    one: 'mai puțin de {k} răspuns',
    few: 'mai puțin de {k} răspunsuri',
    other: 'mai puțin de {k} de răspunsuri',
  },
  suppressedExplanation: {
    one: 'Ascuns pentru a proteja respondenții: cifrele bazate pe mai puțin de {k} răspuns, sau care l-ar dezvălui, nu sunt afișate.',
    few: 'Ascuns pentru a proteja respondenții: cifrele bazate pe mai puțin de {k} răspunsuri, sau care ar dezvălui unul, nu sunt afișate.',
    other:
      'Ascuns pentru a proteja respondenții: cifrele bazate pe mai puțin de {k} de răspunsuri, sau care ar dezvălui unul, nu sunt afișate.',
  },
  nEquals: 'n = {n}',
  notApplicable: 'Nu se aplică / nu știu',
  noData: 'Încă nu există date',
  notCharted: 'Răspunsurile cu text liber nu sunt afișate pe panouri.',
  answer: 'Răspuns',
  responses: 'Răspunsuri',
  share: 'Procent',
  shareOfRespondents: '% dintre respondenți',
  multiChoiceNote:
    'Respondenții puteau alege mai multe răspunsuri, așa că procentele pot însuma mai mult de 100%.',
  apart: 'Neutru și nu se aplică',
  other: 'Altele',
  yes: 'Da',
  no: 'Nu',
  dontKnow: 'Nu știu',
  statistic: 'Statistică',
  value: 'Valoare',
  mean: 'Media',
  sd: 'Abaterea standard',
  median: 'Mediana',
  q1: 'Quartila inferioară',
  q3: 'Quartila superioară',
  middleHalf: 'Jumătatea de mijloc',
  period: 'Perioadă',
  respondents: 'Respondenți',
  indicatorValue: 'Valoare (0–100)',
  change: 'față de perioada anterioară',
  noChange: 'fără schimbare față de perioada anterioară',
  noFigure: {
    one: 'Nicio cifră: mai puțin de {k} răspuns sau niciunul',
    few: 'Nicio cifră: mai puțin de {k} răspunsuri sau niciunul',
    other: 'Nicio cifră: mai puțin de {k} de răspunsuri sau niciunul',
  },
  quarter: 'T{q} {year}',
  note: 'Notă',
  ladderAxis: 'Nivelul de implicare',
  percentagePoints: 'p.p.',
  outOf100: '/ 100',
  repeatSummary: {
    one: '{label}: {m} de la {n} persoană',
    few: '{label}: {m} de la {n} persoane',
    other: '{label}: {m} de la {n} de persoane',
  },
  instances: 'Înregistrări ({label})',
  shareOfInstances: '% din înregistrări ({label})',
  repeatNote:
    'Fiecare persoană este numărată o dată pentru fiecare răspuns, indiferent câte înregistrări a făcut, așa că procentele de persoane pot depăși împreună 100%. Înregistrările sunt numărate fiecare separat.',
  instancesRestricted: 'Numărul înregistrărilor nu este arătat în afara organizației.',
};

/** Serbian, written once in Cyrillic; `sr-Latn` reads it transliterated. */
const SR: ChartMessages = {
  showTable: 'Прикажи као табелу',
  fewerThan: {
    one: 'мање од {k} одговора',
    few: 'мање од {k} одговора',
    other: 'мање од {k} одговора',
  },
  suppressedExplanation: {
    one: 'Скривено ради заштите испитаника: подаци засновани на мање од {k} одговора, или који би га открили, не приказују се.',
    few: 'Скривено ради заштите испитаника: подаци засновани на мање од {k} одговора, или који би открили неки од њих, не приказују се.',
    other:
      'Скривено ради заштите испитаника: подаци засновани на мање од {k} одговора, или који би открили неки од њих, не приказују се.',
  },
  nEquals: 'n = {n}',
  notApplicable: 'Не односи се на мене / не знам',
  noData: 'Још нема података',
  notCharted: 'Одговори слободним текстом не приказују се на контролним таблама.',
  answer: 'Одговор',
  responses: 'Одговори',
  share: 'Удео',
  shareOfRespondents: '% испитаника',
  multiChoiceNote: 'Испитаници су могли да изаберу више одговора, па збир удела може бити већи од 100%.',
  apart: 'Неутрално и не односи се на мене',
  other: 'Друго',
  yes: 'Да',
  no: 'Не',
  dontKnow: 'Не знам',
  statistic: 'Статистика',
  value: 'Вредност',
  mean: 'Просек',
  sd: 'Стандардна девијација',
  median: 'Медијана',
  q1: 'Доњи квартил',
  q3: 'Горњи квартил',
  middleHalf: 'Средња половина',
  period: 'Период',
  respondents: 'Испитаници',
  indicatorValue: 'Вредност (0–100)',
  change: 'у односу на претходни период',
  noChange: 'без промене у односу на претходни период',
  noFigure: {
    one: 'Нема податка: мање од {k} одговора или ниједан',
    few: 'Нема податка: мање од {k} одговора или ниједан',
    other: 'Нема податка: мање од {k} одговора или ниједан',
  },
  quarter: '{q}. квартал {year}.',
  note: 'Напомена',
  ladderAxis: 'Ниво укључености',
  percentagePoints: 'п. п.',
  outOf100: '/ 100',
  repeatSummary: {
    one: '{label}: {m} од {n} особе',
    few: '{label}: {m} од {n} особе',
    other: '{label}: {m} од {n} особа',
  },
  instances: 'Уноси ({label})',
  shareOfInstances: '% уноса ({label})',
  repeatNote:
    'Свака особа се броји једном за сваки одговор, без обзира на број уноса, па збир удела особа може бити већи од 100%. Уноси се броје сваки посебно.',
  instancesRestricted: 'Број уноса се не приказује изван организације.',
};

/** Every string of a message set in Serbian Latin script, plural forms included. */
function inLatin(messages: ChartMessages): ChartMessages {
  const latin = (text: PluralText): PluralText =>
    typeof text === 'string'
      ? toSerbianLatin(text)
      : (Object.fromEntries(
          Object.entries(text).map(([c, form]) => [c, toSerbianLatin(form)]),
        ) as PluralText);
  return Object.fromEntries(
    Object.entries(messages).map(([key, value]) => [key, latin(value as PluralText)]),
  ) as unknown as ChartMessages;
}

/** The charts' strings by language; other languages fall back along the schema's locale chain, then English. */
export const CHART_MESSAGES: Readonly<Record<string, ChartMessages>> = {
  en: EN,
  uk: UK,
  ru: RU,
  pl: PL,
  ky: KY,
  ro: RO,
  sr: SR,
  [SERBIAN_LATIN]: inLatin(SR),
};

/**
 * The chart strings for a reader of `locale` (a Kyrgyz reader without Kyrgyz strings gets Russian), with `override` on top.
 * @example chartMessages('uk').noData // 'Даних ще немає'
 */
export function chartMessages(locale: string, override?: Partial<ChartMessages>): ChartMessages {
  const base =
    localeChain(locale)
      .map((code) => CHART_MESSAGES[code])
      .find((m) => m !== undefined) ?? EN;
  return override ? { ...base, ...override } : base;
}

/** Fill `{name}` placeholders of a message, picking the plural form for `count` when there is one. */
export function fillMessage(
  text: PluralText,
  values: Readonly<Record<string, string | number>>,
  locale: string,
  count?: number,
): string {
  const template =
    typeof text === 'string' ? text : (text[new Intl.PluralRules(locale).select(count ?? 0)] ?? text.other);
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : String(value);
  });
}

/** "fewer than 5 responses" in the reader's language. */
export function fewerThanText(messages: ChartMessages, k: number, locale: string): string {
  return fillMessage(messages.fewerThan, { k: new Intl.NumberFormat(locale).format(k) }, locale, k);
}
