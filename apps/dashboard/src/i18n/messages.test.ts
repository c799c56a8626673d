import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { ky } from './ky.ts';
import { flattenMessages as flatten } from './message-tree.ts';
import { pl } from './pl.ts';
import { ro } from './ro.ts';
import { ru } from './ru.ts';
import { sr } from './sr.ts';
import { uk } from './uk.ts';

const PLURAL_EXTRA = /_(few|many)$/;
const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

function placeholders(value: string): string[] {
  return [...value.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '').sort();
}

/** The English key a locale key answers to: extra plural forms are checked against `_other`. */
function englishKey(key: string): string {
  return key.replace(PLURAL_EXTRA, '_other');
}

/** Share of Cyrillic among the letters of a value, placeholders left out; 1 when there are no letters. */
function cyrillicShare(value: string): number {
  const letters = value.replace(PLACEHOLDER, '').match(/\p{L}/gu) ?? [];
  if (letters.length === 0) return 1;
  return letters.filter((c) => /\p{Script=Cyrillic}/u.test(c)).length / letters.length;
}

/** Strings that are the same in every language: the product's name and file formats. */
const SAME_AS_ENGLISH = new Set(['kolo', 'CSV', 'PNG']);
/** Words a language writes as English does: Romanian's glossary term for an indicator is «indicator». */
const SAME_IN: Readonly<Record<string, ReadonlySet<string>>> = { ro: new Set(['Indicator']) };

const english = flatten(en);
const locales = { uk, ru, pl, ky, ro, sr } as const;
const entries = Object.entries(locales).map(([code, messages]) => [code, flatten(messages)] as const);

describe('UI messages', () => {
  it.each(entries)('should give %s exactly the keys of English, plural forms aside', (_code, messages) => {
    const keys = [...messages.keys()].filter((k) => !PLURAL_EXTRA.test(k)).sort();
    expect(keys).toEqual([...english.keys()].sort());
    for (const key of messages.keys()) expect(english.has(englishKey(key)), key).toBe(true);
  });

  it.each(entries)('should give %s every plural form its language needs', (code, messages) => {
    const categories = new Intl.PluralRules(code).resolvedOptions().pluralCategories;
    const bases = [...english.keys()]
      .filter((k) => k.endsWith('_other'))
      .map((k) => k.slice(0, -'_other'.length));
    for (const base of bases) {
      for (const category of categories)
        expect(messages.has(`${base}_${category}`), `${base}_${category}`).toBe(true);
    }
    const needed = new Set(bases.flatMap((base) => categories.map((c) => `${base}_${c}`)));
    const plural = [...messages.keys()].filter((k) => /_(zero|one|two|few|many|other)$/.test(k));
    expect(plural.filter((k) => !needed.has(k))).toEqual([]);
  });

  it.each([['en', english] as const, ...entries])('should have no empty value in %s', (_code, messages) => {
    for (const [key, value] of messages) expect(value.trim(), key).not.toBe('');
  });

  it.each(entries)('should keep the placeholders of English in %s', (_code, messages) => {
    for (const [key, value] of messages) {
      expect(placeholders(value), key).toEqual(placeholders(english.get(englishKey(key)) ?? ''));
    }
  });

  it('should use no Russian-only letters in Ukrainian', () => {
    for (const [key, value] of flatten(uk)) expect(value, key).not.toMatch(/[ыэъёЫЭЪЁ]/);
  });

  it('should use no Ukrainian-only letters in Russian', () => {
    for (const [key, value] of flatten(ru)) expect(value, key).not.toMatch(/[іїєґІЇЄҐ]/);
  });

  it('should write Serbian only in Serbian Cyrillic letters (Latin is derived for sr-Latn)', () => {
    for (const [key, value] of flatten(sr))
      expect(value, key).not.toMatch(/[йщьъыэюяёіїєґЙЩЬЪЫЭЮЯЁІЇЄҐčćđšžČĆĐŠŽ]/);
  });

  it('should write Romanian ș and ț with a comma below, not a cedilla', () => {
    for (const [key, value] of flatten(ro)) expect(value, key).not.toMatch(/[şţŞŢ]/);
  });

  it.each(entries.filter(([code]) => code !== 'pl' && code !== 'ro'))(
    'should write %s mostly in Cyrillic',
    (_code, messages) => {
      for (const [key, value] of messages) {
        if (SAME_AS_ENGLISH.has(value)) continue;
        expect(cyrillicShare(value), `${key}: ${value}`).toBeGreaterThanOrEqual(0.5);
      }
    },
  );

  it.each(entries)('should translate every value of %s', (code, messages) => {
    for (const [key, value] of messages) {
      const lettersOnly = value.replace(PLACEHOLDER, '').match(/\p{L}/gu);
      if (SAME_AS_ENGLISH.has(value) || SAME_IN[code]?.has(value) || !lettersOnly) continue;
      expect(value, key).not.toBe(english.get(englishKey(key)));
    }
  });

  it('should pick the right plural form through i18next', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({
      resources: {
        uk: { translation: uk },
        ru: { translation: ru },
        pl: { translation: pl },
        ky: { translation: ky },
        ro: { translation: ro },
        sr: { translation: sr },
      },
      lng: 'uk',
      interpolation: { escapeValue: false },
    });
    expect(i18n.t('queue.count', { count: 1 })).toBe('1 інтерв’ю очікує');
    expect(i18n.t('queue.count', { count: 3 })).toBe('3 інтерв’ю очікують');
    expect(i18n.t('queue.count', { lng: 'pl', count: 2 })).toBe('2 wywiady czekają');
    expect(i18n.t('queue.count', { lng: 'pl', count: 5 })).toBe('5 wywiadów czeka');
    expect(i18n.t('queue.count', { lng: 'ru', count: 21 })).toBe('21 интервью ожидает отправки');
    expect(i18n.t('queue.count', { lng: 'ky', count: 7 })).toBe('7 интервью жөнөтүүнү күтүүдө');
    expect(i18n.t('queue.count', { lng: 'ro', count: 1 })).toBe('1 interviu în așteptare');
    expect(i18n.t('queue.count', { lng: 'ro', count: 3 })).toBe('3 interviuri în așteptare');
    expect(i18n.t('queue.count', { lng: 'ro', count: 20 })).toBe('20 de interviuri în așteptare');
    expect(i18n.t('queue.count', { lng: 'sr', count: 21 })).toBe('21 интервју чека');
    expect(i18n.t('queue.count', { lng: 'sr', count: 22 })).toBe('22 интервјуа чекају');
    expect(i18n.t('queue.count', { lng: 'sr', count: 11 })).toBe('11 интервјуа чека');
  });
});
