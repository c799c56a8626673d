import { describe, expect, it, vi } from 'vitest';
import { en } from './en.ts';
import { FORM_LOCALES, formatMessage, formMessages } from './index.ts';

const keys = Object.keys(en) as (keyof typeof en)[];
const LETTER = /\p{L}/u;

/** The text of a message, whatever its shape, for comparisons across languages. */
function text(locale: string, key: keyof typeof en): string {
  const message = formMessages(locale)[key];
  return typeof message === 'string' ? message : JSON.stringify(message.forms);
}

describe('form messages', () => {
  it('should write every message in every form language, not in English', () => {
    const english = FORM_LOCALES.filter((l) => l !== 'en').flatMap((locale) =>
      keys
        .filter((key) => LETTER.test(text('en', key)) && text(locale, key) === text('en', key))
        .map((key) => `${locale}.${key}`),
    );
    expect(english).toEqual([]);
  });

  it('should show Kyrgyz respondents Kyrgyz, never the Russian text', () => {
    const russian = keys.filter((key) => LETTER.test(text('ru', key)) && text('ky', key) === text('ru', key));
    expect(russian).toEqual([]);
  });

  it('should give every counted message each plural form its language uses', () => {
    const missing = FORM_LOCALES.flatMap((locale) => {
      const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
      return keys.flatMap((key) => {
        const message = formMessages(locale)[key];
        if (typeof message === 'string') return [];
        return categories.filter((c) => message.forms[c] === undefined).map((c) => `${locale}.${key}.${c}`);
      });
    });
    expect(missing).toEqual([]);
  });

  it('should keep the same placeholders as English in every language', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const locale of FORM_LOCALES)
      for (const key of keys) {
        const message = formMessages(locale)[key];
        const variants = typeof message === 'string' ? [message] : Object.values(message.forms);
        const reference = en[key];
        const wanted = placeholders(typeof reference === 'string' ? reference : reference.other);
        for (const variant of variants) expect(placeholders(variant), `${locale}.${key}`).toEqual(wanted);
      }
  });

  it.each([
    [
      'uk',
      [
        'Залишився 1 символ',
        'Залишилося 2 символи',
        'Залишилося 5 символів',
        'Залишився 21 символ',
        'Залишилося 22 символи',
        'Залишилося 25 символів',
      ],
    ],
    [
      'ru',
      [
        'Остался 1 символ',
        'Осталось 2 символа',
        'Осталось 5 символов',
        'Остался 21 символ',
        'Осталось 22 символа',
        'Осталось 25 символов',
      ],
    ],
    [
      'pl',
      [
        'Został 1 znak',
        'Zostały 2 znaki',
        'Zostało 5 znaków',
        'Zostało 21 znaków',
        'Zostały 22 znaki',
        'Zostało 25 znaków',
      ],
    ],
    [
      'ro',
      ['1 caracter', '2 caractere', '5 caractere', '21 de caractere', '22 de caractere', '25 de caractere'],
    ],
    [
      'sr',
      [
        'Остао је још 1 знак',
        'Остала су још 2 знака',
        'Остало је још 5 знакова',
        'Остао је још 21 знак',
        'Остала су још 22 знака',
        'Остало је још 25 знакова',
      ],
    ],
    [
      'sr-Latn',
      [
        'Ostao je još 1 znak',
        'Ostala su još 2 znaka',
        'Ostalo je još 5 znakova',
        'Ostao je još 21 znak',
        'Ostala su još 22 znaka',
        'Ostalo je još 25 znakova',
      ],
    ],
    [
      'ky',
      ['Дагы 1 белги', 'Дагы 2 белги', 'Дагы 5 белги', 'Дагы 21 белги', 'Дагы 22 белги', 'Дагы 25 белги'],
    ],
    [
      'en',
      [
        '1 character left',
        '2 characters left',
        '5 characters left',
        '21 characters left',
        '22 characters left',
        '25 characters left',
      ],
    ],
  ])(
    'should count characters left in %s with the right plural form for 1, 2, 5, 21, 22 and 25',
    (locale, words) => {
      const messages = formMessages(locale);
      expect([1, 2, 5, 21, 22, 25].map((count) => formatMessage(messages.charactersLeft, { count }))).toEqual(
        words.map((w) => expect.stringContaining(w)),
      );
    },
  );

  it('should say the character limit with the plural form of the limit', () => {
    const limits = [1, 2, 5, 21, 22, 25];
    expect(limits.map((count) => formatMessage(formMessages('ru').textTooLong, { count }))).toEqual([
      'Используйте не больше 1 символа',
      'Используйте не больше 2 символов',
      'Используйте не больше 5 символов',
      'Используйте не больше 21 символа',
      'Используйте не больше 22 символов',
      'Используйте не больше 25 символов',
    ]);
    expect(formatMessage(formMessages('pl').textTooLong, { count: 22 })).toBe('Maksymalnie 22 znaki');
    expect(formatMessage(formMessages('uk').textTooLong, { count: 21 })).toBe(
      'Використайте не більше ніж 21 символ',
    );
  });

  it('should pick the plural form from the count for answers to choose', () => {
    const uk = formMessages('uk');
    expect(formatMessage(uk.chooseAtMost, { count: 1 })).toBe('Виберіть не більше ніж 1 відповідь');
    expect(formatMessage(uk.chooseAtMost, { count: 3 })).toBe('Виберіть не більше ніж 3 відповіді');
    expect(formatMessage(uk.chooseAtMost, { count: 5 })).toBe('Виберіть не більше ніж 5 відповідей');
    expect(formatMessage(formMessages('ru').charactersLeft, { count: 21 })).toBe('Остался 21 символ');
    expect(formatMessage(formMessages('pl').charactersLeft, { count: 22 })).toBe('Zostały 22 znaki');
  });

  it('should speak Romanian and Serbian, Serbian written once in Cyrillic', () => {
    expect(FORM_LOCALES).toEqual(expect.arrayContaining(['ro', 'sr']));
    expect(FORM_LOCALES).not.toContain('sr-Latn');
    expect(formMessages('ro-MD').next).toBe('Înainte');
    expect(formMessages('sr').dontKnow).toBe('Не знам');
    for (const key of keys) expect(text('sr', key), key).not.toMatch(/[йщьъыэюяёіїєґčćđšž]/i);
    for (const key of keys) expect(text('ro', key), key).not.toMatch(/[şţŞŢ]/);
  });

  it('should give a Serbian reader of Latin script every message transliterated, placeholders kept', () => {
    const latin = formMessages('sr-Latn');
    expect(latin.dontKnow).toBe('Ne znam');
    expect(latin.sectionProgress).toBe('Odeljak {current} od {total}');
    expect(formatMessage(latin.chooseAtMost, { count: 3 })).toBe('Izaberite najviše 3 odgovora');
    for (const key of keys) expect(text('sr-Latn', key), key).not.toMatch(/\p{Script=Cyrillic}/u);
    expect(formMessages('sr-Latn-RS').next).toBe('Dalje');
  });

  it('should read a regional locale as its language, and an unknown one as English', () => {
    expect(formMessages('uk-UA').next).toBe('Далі');
    expect(formMessages('ky-KG').next).toBe('Кийинки');
    expect(formMessages('fr').next).toBe('Next');
  });
});

describe('formatMessage', () => {
  it('should make one plural rule per language, not one per message shown', () => {
    const PluralRules = vi.spyOn(Intl, 'PluralRules');
    const uk = formMessages('uk');
    for (let count = 0; count < 50; count++) formatMessage(uk.charactersLeft, { count });
    expect(PluralRules.mock.calls.filter(([locale]) => locale === 'uk').length).toBeLessThanOrEqual(1);
    PluralRules.mockRestore();
  });
});
