/**
 * The glossary: one term per concept in every library language, and the variants to avoid.
 *
 * Surveys, form messages, charts and every screen use these terms (a test flags an `avoid`
 * variant anywhere); `pnpm --filter @kolo/surveys glossary` renders it to `docs/glossary/`.
 * An `avoid` entry matches at the start of a word, case-insensitively, so it also catches its
 * inflected forms ("наркоман" catches "наркоманы"); it never matches inside a word ("питання"
 * does not match "запитання").
 */

/** Languages the glossary is written in: the library's. */
export const GLOSSARY_LOCALES = ['en', 'uk', 'ru', 'pl', 'ky', 'ro', 'sr'] as const;

/** A language of the glossary. */
export type GlossaryLocale = (typeof GLOSSARY_LOCALES)[number];

/** A concept's term in one language. */
export interface GlossaryTerm {
  /** The term to use, as it stands in running text. */
  readonly term: string;
  /** Variants not to use: wrong meaning, stigmatising, a second name for the same thing. */
  readonly avoid?: readonly string[];
  /** Why, or how to use it. */
  readonly note?: string;
}

/** One concept of the field. */
export interface GlossaryEntry {
  readonly id: string;
  /** What the concept is, in English, for translators. */
  readonly definition: string;
  readonly terms: Readonly<Record<GlossaryLocale, GlossaryTerm>>;
}

/** The glossary, grouped by theme in the order the rendered documents show them. */
export const GLOSSARY: readonly GlossaryEntry[] = [
  {
    id: 'community_led_monitoring',
    definition: 'Monitoring of services planned, run and used by the communities the services are for.',
    terms: {
      en: { term: 'community-led monitoring' },
      uk: { term: 'моніторинг під керівництвом спільнот' },
      ru: { term: 'мониторинг силами сообществ', avoid: ['мониторинг под руководством сообществ'] },
      pl: { term: 'monitoring prowadzony przez społeczności' },
      ky: {
        term: 'коомчулук жүргүзгөн мониторинг',
        avoid: ['жамаат'],
        note: '«Жамаат» often means a religious congregation; the communities are «коомчулук».',
      },
      ro: { term: 'monitorizare condusă de comunitate' },
      sr: { term: 'мониторинг који води заједница' },
    },
  },
  {
    id: 'community',
    definition: 'The people a service is for, organised or not: people who use drugs, sex workers…',
    terms: {
      en: { term: 'community' },
      uk: { term: 'спільнота', avoid: ['громада'], note: '«Громада» is a territorial municipality.' },
      ru: { term: 'сообщество', avoid: ['община'] },
      pl: { term: 'społeczność' },
      ky: { term: 'коомчулук', avoid: ['жамаат'] },
      ro: { term: 'comunitate' },
      sr: { term: 'заједница' },
    },
  },
  {
    id: 'key_populations',
    definition:
      'Groups most affected by HIV and least reached by services: people who use drugs, sex workers, gay and bisexual men and other MSM, trans people, prisoners.',
    terms: {
      en: { term: 'key populations' },
      uk: { term: 'ключові групи' },
      ru: { term: 'ключевые группы' },
      pl: { term: 'populacje kluczowe' },
      ky: { term: 'негизги топтор' },
      ro: { term: 'populații-cheie' },
      sr: { term: 'кључне популације' },
    },
  },
  {
    id: 'people_who_use_drugs',
    definition: 'Person-first: the person, not the drug use.',
    terms: {
      en: { term: 'people who use drugs', avoid: ['addict', 'junkie', 'drug abuser', 'substance abuser'] },
      uk: { term: 'люди, які вживають наркотики', avoid: ['наркоман', 'наркозалежн'] },
      ru: { term: 'люди, употребляющие наркотики', avoid: ['наркоман', 'наркозависим'] },
      pl: { term: 'osoby używające narkotyków', avoid: ['narkoman', 'ćpun'] },
      ky: { term: 'баңги заттарын колдонгон адамдар', avoid: ['баңгилер', 'баңгини', 'баңгиге'] },
      ro: { term: 'persoane care consumă droguri', avoid: ['drogat', 'toxicoman', 'narcoman'] },
      sr: { term: 'особе које користе дроге', avoid: ['наркоман', 'зависник', 'дрогераш'] },
    },
  },
  {
    id: 'sex_workers',
    definition: 'Adults who sell sex; "sex work" is work, not a crime or a moral label.',
    terms: {
      en: { term: 'sex workers', avoid: ['prostitute'] },
      uk: { term: 'секс-працівники та секс-працівниці', avoid: ['повія', 'повії', 'проститут'] },
      ru: { term: 'секс-работники и секс-работницы', avoid: ['проститут'] },
      pl: { term: 'osoby świadczące usługi seksualne', avoid: ['prostytut'] },
      ky: { term: 'секс-кызматкерлер', avoid: ['сойку', 'проститут'] },
      ro: { term: 'lucrători și lucrătoare sex', avoid: ['prostituat'] },
      sr: { term: 'сексуални радници и раднице', avoid: ['проститут'] },
    },
  },
  {
    id: 'people_living_with_hiv',
    definition: 'Person-first; never "HIV-infected" or "AIDS patients".',
    terms: {
      en: { term: 'people living with HIV', avoid: ['HIV-infected', 'AIDS patient'] },
      uk: { term: 'люди, які живуть з ВІЛ', avoid: ['ВІЛ-інфікован'] },
      ru: { term: 'люди, живущие с ВИЧ', avoid: ['ВИЧ-инфицированн'] },
      pl: { term: 'osoby żyjące z HIV', avoid: ['nosiciel'] },
      ky: { term: 'ВИЧ менен жашаган адамдар', avoid: ['ВИЧ жуктурган'] },
      ro: {
        term: 'persoane care trăiesc cu HIV',
        avoid: ['infectat cu HIV', 'infectați cu HIV', 'bolnav de SIDA', 'bolnavi de SIDA'],
      },
      sr: { term: 'особе које живе са ХИВ-ом', avoid: ['ХИВ инфицир', 'ХИВ-инфицир', 'сидаш'] },
    },
  },
  {
    id: 'nsp',
    definition: 'Needle and syringe programme: sterile injecting equipment, often at a fixed point.',
    terms: {
      en: { term: 'needle and syringe programme' },
      uk: { term: 'програма обміну шприців' },
      ru: { term: 'программа обмена шприцев' },
      pl: { term: 'program wymiany igieł i strzykawek' },
      ky: { term: 'шприц алмаштыруу программасы' },
      ro: { term: 'program de schimb de seringi' },
      sr: { term: 'програм замене игала и шприцева' },
    },
  },
  {
    id: 'ost',
    definition: 'Opioid substitution therapy: methadone or buprenorphine.',
    terms: {
      en: { term: 'opioid substitution therapy (OST)' },
      uk: { term: 'замісна підтримувальна терапія (ЗПТ)' },
      ru: { term: 'опиоидная заместительная терапия (ОЗТ)' },
      pl: { term: 'terapia substytucyjna' },
      ky: {
        term: 'метадон менен алмаштыруучу терапия (ЗТМ)',
        avoid: ['ОАТ'],
        note: 'Clients in Kyrgyzstan say «метадон» or ЗТМ; «ОАТ» is not used.',
      },
      ro: {
        term: 'tratament de substituție cu opioide (TSO)',
        note: 'Clients often just say «metadonă»; TSO covers methadone and buprenorphine.',
      },
      sr: {
        term: 'супституциона терапија (метадон, бупренорфин)',
        note: 'After the first mention «супституциона терапија» alone, or «метадон» as clients say.',
      },
    },
  },
  {
    id: 'prep',
    definition: 'Pre-exposure prophylaxis: HIV medicines taken before possible exposure.',
    terms: {
      en: { term: 'PrEP' },
      uk: { term: 'ДКП (доконтактна профілактика ВІЛ)', avoid: ['PrEP'] },
      ru: { term: 'ДКП (доконтактная профилактика ВИЧ)', avoid: ['PrEP'] },
      pl: { term: 'PrEP (profilaktyka przedekspozycyjna)' },
      ky: { term: 'ДКП (ВИЧтин байланышка чейинки профилактикасы)', avoid: ['PrEP'] },
      ro: { term: 'PrEP (profilaxia pre-expunere)' },
      sr: {
        term: 'PrEP (преекспозициона профилакса)',
        note: 'PrEP stays in Latin letters in Cyrillic text.',
      },
    },
  },
  {
    id: 'pep',
    definition: 'Post-exposure prophylaxis: HIV medicines taken within 72 hours after possible exposure.',
    terms: {
      en: { term: 'PEP' },
      uk: { term: 'ПКП (постконтактна профілактика ВІЛ)' },
      ru: { term: 'ПКП (постконтактная профилактика ВИЧ)' },
      pl: { term: 'PEP (profilaktyka poekspozycyjna)' },
      ky: { term: 'БКП (ВИЧтин байланыштан кийинки профилактикасы)' },
      ro: { term: 'PEP (profilaxia post-expunere)' },
      sr: { term: 'PEP (постекспозициона профилакса)' },
    },
  },
  {
    id: 'drop_in',
    definition: 'A low-threshold place to come in without an appointment: rest, supplies, peers.',
    terms: {
      en: { term: 'drop-in centre' },
      uk: {
        term: 'дроп-ін центр',
        avoid: ['ком’юніті-центр', "ком'юніті-центр", 'центр денного перебування'],
      },
      ru: {
        term: 'дроп-ин центр',
        avoid: ['центр дневного пребывания'],
        note: '«Центр дневного пребывания» is day care for older people. Harm-reduction NGOs from Ukraine to Central Asia say «дроп-ин центр»; «пункт доверия» is the NSP point in Kazakhstan and Kyrgyzstan, another service.',
      },
      pl: {
        term: 'punkt drop-in',
        avoid: ['ośrodek wsparcia', 'ośrodku wsparcia', 'ośrodka wsparcia'],
        note: '«Ośrodek wsparcia» is a welfare facility type in Polish law; NGOs say «punkt drop-in» or «świetlica».',
      },
      ky: { term: 'дроп-ин борбору' },
      ro: {
        term: 'centru drop-in',
        avoid: ['centru de zi', 'centrul de zi'],
        note: '«Centru de zi» is day care for older people or children; harm-reduction NGOs say «centru drop-in».',
      },
      sr: {
        term: 'дроп-ин центар',
        avoid: ['дневни центар', 'дневном центру', 'дневног центра'],
        note: '«Дневни центар» is day care for older people or people with disabilities.',
      },
    },
  },
  {
    id: 'hiv_testing',
    definition: 'A test for HIV, including self-tests.',
    terms: {
      en: { term: 'HIV testing' },
      uk: { term: 'тестування на ВІЛ' },
      ru: { term: 'тестирование на ВИЧ' },
      pl: { term: 'testowanie w kierunku HIV' },
      ky: { term: 'ВИЧке тестирлөө' },
      ro: { term: 'testare HIV' },
      sr: { term: 'тестирање на ХИВ' },
    },
  },
  {
    id: 'outreach',
    definition: 'Workers, often peers, who bring services to where people are.',
    terms: {
      en: { term: 'outreach' },
      uk: { term: 'аутріч' },
      ru: { term: 'аутрич' },
      pl: { term: 'streetworking' },
      ky: { term: 'аутрич' },
      ro: { term: 'outreach', note: 'NGOs in Moldova and Romania say «outreach» and «lucrător outreach».' },
      sr: { term: 'теренски рад', note: 'Outreach workers are «теренски радници и раднице».' },
    },
  },
  {
    id: 'aaaq',
    definition:
      'Availability, accessibility, acceptability and quality: the four dimensions of the right to health by which services are judged.',
    terms: {
      en: { term: 'availability, accessibility, acceptability and quality (AAAQ)' },
      uk: { term: 'наявність, доступність, прийнятність і якість' },
      ru: { term: 'наличие, доступность, приемлемость и качество' },
      pl: { term: 'dostępność, przystępność, akceptowalność i jakość' },
      ky: { term: 'бар болушу, жеткиликтүүлүк, кабыл алынуучулук жана сапат' },
      ro: { term: 'disponibilitate, accesibilitate, acceptabilitate și calitate' },
      sr: { term: 'расположивост, доступност, прихватљивост и квалитет' },
    },
  },
  {
    id: 'indicator',
    definition: 'A figure computed from answers, 0–100 or a count, followed over time.',
    terms: {
      en: { term: 'indicator' },
      uk: { term: 'показник', avoid: ['індикатор'] },
      ru: { term: 'показатель', avoid: ['индикатор'] },
      pl: { term: 'wskaźnik', avoid: ['indykator'] },
      ky: { term: 'көрсөткүч', avoid: ['индикатор'] },
      ro: { term: 'indicator' },
      sr: { term: 'показатељ', avoid: ['индикатор'] },
    },
  },
  {
    id: 'finding',
    definition: 'A problem the monitoring found, with its evidence, put to a duty-bearer.',
    terms: {
      en: { term: 'finding' },
      uk: { term: 'висновок' },
      ru: { term: 'вывод' },
      pl: { term: 'ustalenie' },
      ky: { term: 'жыйынтык' },
      ro: { term: 'constatare' },
      sr: { term: 'налаз' },
    },
  },
  {
    id: 'duty_bearer',
    definition: 'Whoever must act on a finding: a provider, a health department, a ministry, the police.',
    terms: {
      en: { term: 'duty-bearer' },
      uk: { term: 'носій обов’язків' },
      ru: { term: 'носитель обязанностей' },
      pl: { term: 'podmiot zobowiązany' },
      ky: { term: 'милдет жүктөлгөн тарап' },
      ro: {
        term: 'autoritate responsabilă',
        note: 'Whoever must act: a provider, a department, a ministry, the police; «responsabil» for short.',
      },
      sr: { term: 'носилац обавезе' },
    },
  },
  {
    id: 'suppression',
    definition: 'Hiding a figure that rests on too few responses, so no one can be recognised.',
    terms: {
      en: { term: 'suppression' },
      uk: { term: 'приховування малих чисел' },
      ru: { term: 'скрытие малых чисел' },
      pl: { term: 'ukrywanie małych liczb' },
      ky: { term: 'аз сандарды жашыруу' },
      ro: { term: 'ascunderea grupurilor mici' },
      sr: { term: 'скривање малих група' },
    },
  },
  {
    id: 'not_applicable',
    definition: 'The answer left out of scores: the question does not apply or the person does not know.',
    terms: {
      en: { term: 'Not applicable / don’t know' },
      uk: { term: 'Не стосується / не знаю' },
      ru: {
        term: 'Не относится ко мне / не знаю',
        avoid: ['Не применимо / не знаю', 'Не относится / не знаю'],
      },
      pl: { term: 'Nie dotyczy / nie wiem' },
      ky: { term: 'Тиешелүү эмес / билбейм', avoid: ['Тиешеси жок'] },
      ro: { term: 'Nu se aplică / nu știu' },
      sr: { term: 'Не односи се на мене / не знам', avoid: ['Није применљиво'] },
    },
  },
  {
    id: 'respondent',
    definition: 'The person who answers a survey.',
    terms: {
      en: { term: 'respondent' },
      uk: { term: 'респондент' },
      ru: { term: 'респондент' },
      pl: {
        term: 'osoba ankietowana',
        avoid: ['respondent', 'respondenc'],
        note: 'Person-first and gender-neutral: «osoby ankietowane», «% osób ankietowanych».',
      },
      ky: { term: 'респондент' },
      ro: { term: 'respondent' },
      sr: {
        term: 'испитаник',
        avoid: ['респондент'],
        note: 'Where the text speaks to or about people in general: «испитаници и испитанице».',
      },
    },
  },
  {
    id: 'monitor',
    definition: 'A community member who collects answers in the field (the "monitor" role).',
    terms: {
      en: { term: 'monitor' },
      uk: { term: 'монітор' },
      ru: { term: 'монитор' },
      pl: { term: 'osoba monitorująca', avoid: ['Monitor/ka'], note: '«Monitor» alone reads as a screen.' },
      ky: { term: 'монитор' },
      ro: {
        term: 'monitor comunitar',
        note: '«Monitor» alone reads as a screen; the people are «monitori comunitari».',
      },
      sr: { term: 'монитор из заједнице', note: '«Монитор» alone reads as a screen.' },
    },
  },
  {
    id: 'question',
    definition: 'An item of a survey.',
    terms: {
      en: { term: 'question' },
      uk: {
        term: 'запитання',
        avoid: ['питання'],
        note: 'A question asked: «запитання»; «питання» is an issue.',
      },
      ru: { term: 'вопрос' },
      pl: { term: 'pytanie' },
      ky: { term: 'суроо' },
      ro: { term: 'întrebare' },
      sr: { term: 'питање' },
    },
  },
  {
    id: 'police',
    definition: 'The police as people meet them.',
    terms: {
      en: { term: 'police' },
      uk: { term: 'поліція' },
      ru: { term: 'полиция' },
      pl: { term: 'policja' },
      ky: { term: 'милиция', note: 'Kyrgyzstan’s police is «милиция».', avoid: ['полиция'] },
      ro: { term: 'poliție' },
      sr: { term: 'полиција' },
    },
  },
];

/** The `avoid` variants of every entry in `locale`, as word-start patterns. */
export function avoidedTerms(
  locale: string,
): readonly { readonly id: string; readonly variant: string; readonly pattern: RegExp }[] {
  return GLOSSARY.flatMap((entry) => {
    const term = entry.terms[locale as GlossaryLocale];
    return (term?.avoid ?? []).map((variant) => ({
      id: entry.id,
      variant,
      pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(variant)}`, 'iu'),
    }));
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
