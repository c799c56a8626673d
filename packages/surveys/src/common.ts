/**
 * Choice lists and texts shared by the library surveys, written once in every library locale
 * (en, uk, ru, pl, ky, ro, sr; Serbian in Cyrillic, read in Latin script through `sr-Latn`).
 *
 * A survey must carry only the locales it declares (lint warns `undeclared_locale` otherwise), so
 * never put these constants into a definition as they are: pass them through {@link choicesFor}
 * (a choice list), {@link choiceFor} (one choice) or {@link pickLocales} (one text) with the
 * survey's locales. Choice values and their literal types are kept, so `AnswersOf` stays exact.
 * @example
 * const LOCALES = ['en', 'uk', 'ru'] as const;
 * defineSurvey({ locales: LOCALES, choiceLists: { agree5: choicesFor(agreement5, LOCALES) }, ... });
 */

/** Text keyed by locale code, as a definition holds it. */
export type SharedText = Readonly<Record<string, string>>;

/** A choice as a definition holds it; the shared lists are arrays of these. */
export interface SharedChoice {
  readonly value: string;
  readonly label: SharedText;
  readonly notApplicable?: boolean;
  readonly exclusive?: boolean;
}

/** Every locale the shared texts are written in. */
export const LIBRARY_LOCALES = ['en', 'uk', 'ru', 'pl', 'ky', 'ro', 'sr'] as const;

/** A shared choice with its label cut down to a survey's locales. */
export type ChoiceForLocales<TChoice extends SharedChoice> = Omit<TChoice, 'label'> & {
  readonly label: SharedText;
};

/**
 * Keep only `locales` of a localized text, so a survey carries the languages it declares.
 * @example pickLocales({ en: 'Yes', uk: 'Так', pl: 'Tak' }, ['en', 'uk']) // { en: 'Yes', uk: 'Так' }
 */
export function pickLocales(text: SharedText, locales: readonly string[]): SharedText {
  return Object.fromEntries(locales.flatMap((l) => (text[l] === undefined ? [] : [[l, text[l]]])));
}

/** One shared choice for a survey's locales, e.g. `choiceFor(preferNotToSay, LOCALES)`. */
export function choiceFor<const TChoice extends SharedChoice>(
  choice: TChoice,
  locales: readonly string[],
): ChoiceForLocales<TChoice> {
  return { ...choice, label: pickLocales(choice.label, locales) };
}

/** A shared choice list for a survey's locales, e.g. `choicesFor(agreement5, LOCALES)`. */
export function choicesFor<const TList extends readonly SharedChoice[]>(
  choices: TList,
  locales: readonly string[],
): { readonly [K in keyof TList]: ChoiceForLocales<TList[K]> } {
  return choices.map((c) => choiceFor(c, locales)) as unknown as {
    readonly [K in keyof TList]: ChoiceForLocales<TList[K]>;
  };
}

/** "Not applicable / don't know": left out of scale scores. */
export const notApplicable = {
  value: 'na',
  notApplicable: true,
  label: {
    en: "Not applicable / don't know",
    uk: 'Не стосується / не знаю',
    ru: 'Не относится ко мне / не знаю',
    pl: 'Nie dotyczy / nie wiem',
    ky: 'Тиешелүү эмес / билбейм',
    ro: 'Nu se aplică / nu știu',
    sr: 'Не односи се на мене / не знам',
  },
} as const satisfies SharedChoice;

/** "Prefer not to say": exclusive, so it cannot be ticked with other answers. */
export const preferNotToSay = {
  value: 'prefer_not',
  exclusive: true,
  label: {
    en: 'Prefer not to say',
    uk: 'Не хочу відповідати',
    ru: 'Предпочитаю не отвечать',
    pl: 'Wolę nie odpowiadać',
    ky: 'Жооп бергим келбейт',
    ro: 'Prefer să nu răspund',
    sr: 'Не желим да одговорим',
  },
} as const satisfies SharedChoice;

/** "Another way, please describe": the label for an `other` option of self-description. */
export const selfDescribe = {
  en: 'In another way (please describe)',
  uk: 'Інакше (опишіть, будь ласка)',
  ru: 'Иначе (опишите, пожалуйста)',
  pl: 'Inaczej (proszę opisać)',
  ky: 'Башкача (сураныч, жазыңыз)',
  ro: 'Altfel (vă rugăm să descrieți)',
  sr: 'На други начин (молимо опишите)',
} as const satisfies SharedText;

/** Five-point agreement scale, '1' strongly disagree .. '5' strongly agree, plus 'na'. */
export const agreement5 = [
  {
    value: '1',
    label: {
      en: 'Strongly disagree',
      uk: 'Зовсім не погоджуюся',
      ru: 'Совсем не согласен/согласна',
      pl: 'Zdecydowanie się nie zgadzam',
      ky: 'Таптакыр макул эмесмин',
      ro: 'Deloc de acord',
      sr: 'Уопште се не слажем',
    },
  },
  {
    value: '2',
    label: {
      en: 'Disagree',
      uk: 'Не погоджуюся',
      ru: 'Не согласен/согласна',
      pl: 'Raczej się nie zgadzam',
      ky: 'Макул эмесмин',
      ro: 'Nu sunt de acord',
      sr: 'Не слажем се',
    },
  },
  {
    value: '3',
    label: {
      en: 'Neither agree nor disagree',
      uk: 'Ні так, ні ні',
      ru: 'Ни да, ни нет',
      pl: 'Ani się zgadzam, ani nie zgadzam',
      ky: 'Макул да, каршы да эмесмин',
      ro: 'Nici de acord, nici în dezacord',
      sr: 'Нити се слажем, нити се не слажем',
    },
  },
  {
    value: '4',
    label: {
      en: 'Agree',
      uk: 'Погоджуюся',
      ru: 'Согласен/согласна',
      pl: 'Raczej się zgadzam',
      ky: 'Макулмун',
      ro: 'Sunt de acord',
      sr: 'Слажем се',
    },
  },
  {
    value: '5',
    label: {
      en: 'Strongly agree',
      uk: 'Повністю погоджуюся',
      ru: 'Полностью согласен/согласна',
      pl: 'Zdecydowanie się zgadzam',
      ky: 'Толугу менен макулмун',
      ro: 'Total de acord',
      sr: 'Потпуно се слажем',
    },
  },
  notApplicable,
] as const satisfies readonly SharedChoice[];

/** Five-point satisfaction scale, '1' very dissatisfied .. '5' very satisfied, plus 'na'. */
export const satisfaction5 = [
  {
    value: '1',
    label: {
      en: 'Very dissatisfied',
      uk: 'Дуже незадоволений/незадоволена',
      ru: 'Очень недоволен/недовольна',
      pl: 'Bardzo niezadowolony/niezadowolona',
      ky: 'Таптакыр канааттанган жокмун',
      ro: 'Foarte nemulțumit/nemulțumită',
      sr: 'Веома незадовољан/незадовољна',
    },
  },
  {
    value: '2',
    label: {
      en: 'Dissatisfied',
      uk: 'Незадоволений/незадоволена',
      ru: 'Недоволен/недовольна',
      pl: 'Niezadowolony/niezadowolona',
      ky: 'Канааттанган жокмун',
      ro: 'Nemulțumit/nemulțumită',
      sr: 'Незадовољан/незадовољна',
    },
  },
  {
    value: '3',
    label: {
      en: 'Neither satisfied nor dissatisfied',
      uk: 'Ні задоволений/задоволена, ні незадоволений/незадоволена',
      ru: 'Ни доволен/довольна, ни недоволен/недовольна',
      pl: 'Ani zadowolony/zadowolona, ani niezadowolony/niezadowolona',
      ky: 'Орточо',
      ro: 'Nici mulțumit/mulțumită, nici nemulțumit/nemulțumită',
      sr: 'Ни задовољан/задовољна, ни незадовољан/незадовољна',
    },
  },
  {
    value: '4',
    label: {
      en: 'Satisfied',
      uk: 'Задоволений/задоволена',
      ru: 'Доволен/довольна',
      pl: 'Zadowolony/zadowolona',
      ky: 'Канааттандым',
      ro: 'Mulțumit/mulțumită',
      sr: 'Задовољан/задовољна',
    },
  },
  {
    value: '5',
    label: {
      en: 'Very satisfied',
      uk: 'Дуже задоволений/задоволена',
      ru: 'Очень доволен/довольна',
      pl: 'Bardzo zadowolony/zadowolona',
      ky: 'Абдан канааттандым',
      ro: 'Foarte mulțumit/mulțumită',
      sr: 'Веома задовољан/задовољна',
    },
  },
  notApplicable,
] as const satisfies readonly SharedChoice[];

/** Coarse adult age bands; no exact age or birth date is ever asked. */
export const ageBands = [
  {
    value: '18-24',
    label: { en: '18–24', uk: '18–24', ru: '18–24', pl: '18–24', ky: '18–24', ro: '18–24', sr: '18–24' },
  },
  {
    value: '25-34',
    label: { en: '25–34', uk: '25–34', ru: '25–34', pl: '25–34', ky: '25–34', ro: '25–34', sr: '25–34' },
  },
  {
    value: '35-44',
    label: { en: '35–44', uk: '35–44', ru: '35–44', pl: '35–44', ky: '35–44', ro: '35–44', sr: '35–44' },
  },
  {
    value: '45-54',
    label: { en: '45–54', uk: '45–54', ru: '45–54', pl: '45–54', ky: '45–54', ro: '45–54', sr: '45–54' },
  },
  {
    value: '55_plus',
    label: {
      en: '55 or older',
      uk: '55 і старше',
      ru: '55 и старше',
      pl: '55 lat lub więcej',
      ky: '55 жана андан улуу',
      ro: '55 de ani sau mai mult',
      sr: '55 или више година',
    },
  },
  preferNotToSay,
] as const satisfies readonly SharedChoice[];

/** Gender; give the item `other: { label: selfDescribe }` for self-description (and mark it sensitive). */
export const genders = [
  {
    value: 'woman',
    label: { en: 'Woman', uk: 'Жінка', ru: 'Женщина', pl: 'Kobieta', ky: 'Аял', ro: 'Femeie', sr: 'Жена' },
  },
  {
    value: 'man',
    label: {
      en: 'Man',
      uk: 'Чоловік',
      ru: 'Мужчина',
      pl: 'Mężczyzna',
      ky: 'Эркек',
      ro: 'Bărbat',
      sr: 'Мушкарац',
    },
  },
  {
    value: 'non_binary',
    label: {
      en: 'Non-binary person',
      uk: 'Небінарна людина',
      ru: 'Небинарный человек',
      pl: 'Osoba niebinarna',
      ky: 'Бинардык эмес адам',
      ro: 'Persoană non-binară',
      sr: 'Небинарна особа',
    },
  },
  {
    value: 'trans_woman',
    label: {
      en: 'Trans woman',
      uk: 'Трансгендерна жінка',
      ru: 'Трансгендерная женщина',
      pl: 'Transpłciowa kobieta',
      ky: 'Трансгендер аял',
      ro: 'Femeie trans',
      sr: 'Транс жена',
    },
  },
  {
    value: 'trans_man',
    label: {
      en: 'Trans man',
      uk: 'Трансгендерний чоловік',
      ru: 'Трансгендерный мужчина',
      pl: 'Transpłciowy mężczyzna',
      ky: 'Трансгендер эркек',
      ro: 'Bărbat trans',
      sr: 'Транс мушкарац',
    },
  },
  preferNotToSay,
] as const satisfies readonly SharedChoice[];

/** Key-population self-identification, for a multi-choice item; 'none' and 'prefer_not' are exclusive. */
export const keyPopulations = [
  {
    value: 'pwud',
    label: {
      en: 'People who use drugs',
      uk: 'Люди, які вживають наркотики',
      ru: 'Люди, употребляющие наркотики',
      pl: 'Osoby używające narkotyków',
      ky: 'Баңги заттарын колдонгон адамдар',
      ro: 'Persoane care consumă droguri',
      sr: 'Особе које користе дроге',
    },
  },
  {
    value: 'sex_workers',
    label: {
      en: 'Sex workers',
      uk: 'Секс-працівники та секс-працівниці',
      ru: 'Секс-работники и секс-работницы',
      pl: 'Osoby świadczące usługi seksualne',
      ky: 'Секс-кызматкерлер',
      ro: 'Lucrători și lucrătoare sex',
      sr: 'Сексуални радници и раднице',
    },
  },
  {
    value: 'msm',
    label: {
      en: 'Gay, bisexual and other men who have sex with men',
      uk: 'Геї, бісексуальні чоловіки та інші чоловіки, які мають секс із чоловіками',
      ru: 'Геи, бисексуальные мужчины и другие мужчины, практикующие секс с мужчинами',
      pl: 'Geje, biseksualni mężczyźni i inni mężczyźni mający kontakty seksualne z mężczyznami',
      ky: 'Гейлер, бисексуал эркектер жана эркектер менен жыныстык катнашта болгон башка эркектер',
      ro: 'Bărbați gay, bisexuali și alți bărbați care fac sex cu bărbați',
      sr: 'Геј и бисексуални мушкарци и други мушкарци који имају секс са мушкарцима',
    },
  },
  {
    value: 'trans',
    label: {
      en: 'Trans people',
      uk: 'Трансгендерні люди',
      ru: 'Трансгендерные люди',
      pl: 'Osoby transpłciowe',
      ky: 'Трансгендер адамдар',
      ro: 'Persoane trans',
      sr: 'Транс особе',
    },
  },
  {
    value: 'plhiv',
    label: {
      en: 'People living with HIV',
      uk: 'Люди, які живуть з ВІЛ',
      ru: 'Люди, живущие с ВИЧ',
      pl: 'Osoby żyjące z HIV',
      ky: 'ВИЧ менен жашаган адамдар',
      ro: 'Persoane care trăiesc cu HIV',
      sr: 'Особе које живе са ХИВ-ом',
    },
  },
  {
    value: 'none',
    exclusive: true,
    label: {
      en: 'None of these',
      uk: 'Нічого з переліченого',
      ru: 'Ничего из перечисленного',
      pl: 'Żadne z powyższych',
      ky: 'Булардын эч бири',
      ro: 'Niciuna dintre acestea',
      sr: 'Ништа од наведеног',
    },
  },
  preferNotToSay,
] as const satisfies readonly SharedChoice[];
