import {
  allowedValues,
  type Item,
  lintSurvey,
  localizedTexts,
  parseSurvey,
  type SurveyDefinition,
  surveyItems,
} from '@kolo/schema';
import { describe, expect, it } from 'vitest';
import { LIBRARY_LOCALES, library, librarySurvey } from './index.ts';

/** Words of stigma the library never uses: we say "people who use drugs". */
const STIGMA =
  /addict|junkie|drug abuser|substance abuser|наркоман|наркозависим|наркозалежн|narkoman|ćpun|баңгилер|баңгини|баңгиге|drogat|toxicoman|narcoman|дрогераш|зависник/i;
/** Questions that ask for what identifies a person. */
const PERSONAL_LABEL =
  /\b(your|full|first|last|nick) ?name\b|\bnames?\b\s*\?|phone number|telephone|mobile number|\baddress\b|where (do )?you live|date of birth|birth ?date|birthday|\bgps\b|coordinates|geolocation|e-?mail|passport|id number|identity card/i;
const PERSONAL_ID =
  /(^|_)(name|surname|phone|mobile|email|e_mail|address|street|birth|birthday|dob|passport|gps|geo|location|coordinates|id_number)(_|$)/;

const RUSSIAN_ONLY = /[ыэъё]/i;
const UKRAINIAN_ONLY = /[іїєґ]/i;
const CYRILLIC = /[\u0400-\u04FF]/;
const KYRGYZ_ONLY = /[ңөү]/i;
const LETTER = /\p{L}/u;
const POLISH_ONLY = /[ąćęłńóśźż]/i;
const ROMANIAN_ONLY = /[ăâîșț]/i;
/** S and T with a cedilla: the wrong letters, for ș and ț with a comma below. */
const ROMANIAN_CEDILLA = /[şţ]/i;
const SERBIAN_ONLY = /[ђјљњћџ]/i;
/** Cyrillic letters Serbian does not have (Russian, Ukrainian). */
const NOT_SERBIAN = /[ыэъёйщьяюєіїґ]/i;
/** Latin codes a Serbian Cyrillic text keeps, as Serbian NGOs write them. */
const LATIN_IN_SERBIAN = /\b(PrEP|PEP|kolo)\b/g;
const LATIN = /[a-z]/i;
/** Names and codes a translation keeps as they are. */
const SAME_IN_EVERY_LANGUAGE = /^(PrEP|PEPFAR|ART|OST|HIV)$/;

function textsIn(survey: SurveyDefinition, locale: string) {
  return localizedTexts(survey).flatMap(({ path, text }) => {
    const value = text[locale];
    return value === undefined ? [] : [{ path, value }];
  });
}

function isSensitive(item: Item) {
  return item.kind !== 'note' && item.sensitive === true;
}

describe.each(library.map((survey) => [survey.id, survey] as const))('library survey %s', (_id, survey) => {
  it('should pass parseSurvey', () => {
    const result = parseSurvey(survey);
    expect(result.success ? [] : result.errors).toEqual([]);
  });

  it('should have no lint warnings', () => {
    expect(lintSurvey(survey)).toEqual([]);
  });

  it('should have every text in every declared locale and no other', () => {
    const problems = localizedTexts(survey).flatMap(({ path, text }) => [
      ...survey.locales.filter((l) => !text[l]?.trim()).map((l) => `${path}: missing ${l}`),
      ...Object.keys(text)
        .filter((l) => !survey.locales.includes(l))
        .map((l) => `${path}: undeclared ${l}`),
    ]);
    expect(problems).toEqual([]);
  });

  it('should be written in every library language', () => {
    expect([...survey.locales].sort()).toEqual([...LIBRARY_LOCALES].sort());
  });

  it('should translate every text, not copy the English', () => {
    const copied = localizedTexts(survey).flatMap(({ path, text }) =>
      survey.locales
        .filter((l) => l !== 'en' && text[l] === text.en && LETTER.test(text.en ?? ''))
        .filter(() => !SAME_IN_EVERY_LANGUAGE.test(text.en ?? ''))
        .map((l) => `${path}.${l}: ${text.en}`),
    );
    expect(copied).toEqual([]);
  });

  it.runIf(survey.locales.includes('uk'))('should write Ukrainian without letters only Russian has', () => {
    const found = textsIn(survey, 'uk').filter(({ value }) => RUSSIAN_ONLY.test(value));
    expect(found).toEqual([]);
    const untranslated = textsIn(survey, 'uk').filter(
      ({ value }) => LETTER.test(value) && !CYRILLIC.test(value),
    );
    expect(untranslated).toEqual([]);
  });

  it.runIf(survey.locales.includes('ru'))('should write Russian without letters only Ukrainian has', () => {
    expect(textsIn(survey, 'ru').filter(({ value }) => UKRAINIAN_ONLY.test(value))).toEqual([]);
  });

  it.runIf(survey.locales.includes('ky'))('should write Kyrgyz in Cyrillic, with Kyrgyz letters', () => {
    const texts = textsIn(survey, 'ky');
    const latin = texts.filter(({ value }) => LETTER.test(value) && !CYRILLIC.test(value));
    expect(latin).toEqual([]);
    expect(texts.some(({ value }) => KYRGYZ_ONLY.test(value))).toBe(true);
  });

  it.runIf(survey.locales.includes('pl'))('should write Polish in Latin letters', () => {
    expect(textsIn(survey, 'pl').filter(({ value }) => CYRILLIC.test(value))).toEqual([]);
    expect(textsIn(survey, 'pl').some(({ value }) => POLISH_ONLY.test(value))).toBe(true);
  });

  it.runIf(survey.locales.includes('ro'))('should write Romanian in Latin letters, with ș and ț', () => {
    const texts = textsIn(survey, 'ro');
    expect(texts.filter(({ value }) => CYRILLIC.test(value) || ROMANIAN_CEDILLA.test(value))).toEqual([]);
    expect(texts.some(({ value }) => ROMANIAN_ONLY.test(value))).toBe(true);
  });

  it.runIf(survey.locales.includes('sr'))(
    'should write Serbian in Cyrillic only, with Serbian letters',
    () => {
      const texts = textsIn(survey, 'sr');
      const latin = texts.filter(({ value }) => LATIN.test(value.replace(LATIN_IN_SERBIAN, '')));
      expect(latin).toEqual([]);
      expect(texts.filter(({ value }) => NOT_SERBIAN.test(value))).toEqual([]);
      expect(texts.some(({ value }) => SERBIAN_ONLY.test(value))).toBe(true);
    },
  );

  it('should not ask for personal data unless the question is sensitive', () => {
    const asking = surveyItems(survey)
      .filter(({ item }) => !isSensitive(item) && item.kind !== 'note')
      .filter(({ item }) => PERSONAL_ID.test(item.id) || PERSONAL_LABEL.test(item.label.en ?? ''))
      .map(({ item }) => item.id);
    expect(asking).toEqual([]);
  });

  it('should mark every free-text answer sensitive', () => {
    const open = surveyItems(survey)
      .map(({ item }) => item)
      .filter((item) => item.kind === 'text' || ('other' in item && item.other !== undefined))
      .filter((item) => !isSensitive(item))
      .map((item) => item.id);
    expect(open).toEqual([]);
  });

  it('should not use stigmatising words for people who use drugs', () => {
    const found = localizedTexts(survey).flatMap(({ path, text }) =>
      Object.entries(text)
        .filter(([, value]) => STIGMA.test(value))
        .map(([locale, value]) => `${path}.${locale}: ${value}`),
    );
    expect(found).toEqual([]);
  });

  it('should give every optional context question a "prefer not to say" answer', () => {
    const context = surveyItems(survey).filter(({ item }) =>
      /^(age_band|gender|key_population)s?$/.test(item.id),
    );
    for (const { item } of context) expect(allowedValues(survey, item), item.id).toContain('prefer_not');
  });
});

describe('library', () => {
  it('should hold four surveys with distinct ids', () => {
    expect(library).toHaveLength(4);
    expect(new Set(library.map((s) => s.id)).size).toBe(library.length);
  });

  it('should find a survey by id, and nothing for an unknown id', () => {
    expect(librarySurvey('service-satisfaction')?.version).toBe(1);
    for (const survey of library) expect(librarySurvey(survey.id)).toBe(survey);
    expect(librarySurvey('no-such-survey')).toBeUndefined();
  });

  it('should be plain JSON data', () => {
    for (const survey of library) expect(JSON.parse(JSON.stringify(survey))).toEqual(survey);
  });
});
