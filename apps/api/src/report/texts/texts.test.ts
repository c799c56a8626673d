import { toSerbianLatin } from '@kolo/schema';
import { avoidedTerms, GLOSSARY_LOCALES } from '@kolo/surveys';
import { describe, expect, it } from 'vitest';
import { REPORT_LANGUAGES, REPORT_TEXTS } from './index.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
const english = REPORT_TEXTS.en;
const others = REPORT_LANGUAGES.filter((l) => l !== 'en');

describe("the report's texts", () => {
  it.each(others)(
    'should give %s every text of English, none empty, with the same placeholders',
    (language) => {
      const texts = REPORT_TEXTS[language];
      expect(Object.keys(texts).sort()).toEqual(Object.keys(english).sort());
      for (const [key, value] of Object.entries(english)) {
        const mine = texts[key as keyof typeof english];
        expect(mine.trim(), `${language}.${key}`).not.toBe('');
        expect(placeholders(mine), `${language}.${key}`).toEqual(placeholders(value));
      }
    },
  );

  it.each(['uk', 'ru', 'ky', 'sr'] as const)('should write %s in Cyrillic', (language) => {
    const letters =
      Object.values(REPORT_TEXTS[language])
        .join(' ')
        .replace(/\{\w+\}|\bn\b|PDF|Word/g, '')
        .match(/\p{L}/gu) ?? [];
    const cyrillic = letters.filter((c) => /\p{Script=Cyrillic}/u.test(c));
    expect(cyrillic.length / letters.length).toBeGreaterThan(0.97);
  });

  it('should offer Romanian and Serbian in both scripts', () => {
    expect(REPORT_LANGUAGES).toEqual(expect.arrayContaining(['ro', 'sr', 'sr-Latn']));
  });

  it('should write Serbian once, in Serbian Cyrillic, and derive the Latin-script texts from it', () => {
    for (const [key, value] of Object.entries(REPORT_TEXTS.sr))
      expect(value, key).not.toMatch(/[йщьъыэюяёіїєґčćđšž]/i);
    const latin = REPORT_TEXTS['sr-Latn'];
    expect(latin.dutyBearerAsked).toBe('Nosilac obaveze i šta je zatraženo');
    for (const [key, value] of Object.entries(REPORT_TEXTS.sr))
      if (key !== 'languageName') expect(latin[key as keyof typeof latin], key).toBe(toSerbianLatin(value));
    expect(Object.values(latin).join(' ')).not.toMatch(/\p{Script=Cyrillic}/u);
  });

  it('should write Romanian ș and ț with a comma below', () => {
    const romanian = Object.values(REPORT_TEXTS.ro).join(' ');
    expect(romanian).toMatch(/[șț]/);
    expect(romanian).not.toMatch(/[şţŞŢ]/);
  });

  it('should write Kyrgyz with its own letters, so the font must carry ң ө ү', () => {
    expect(Object.values(REPORT_TEXTS.ky).join(' ')).toMatch(/[ңөү]/);
  });

  it.each(GLOSSARY_LOCALES)("should use the glossary's terms in %s, as the dashboard does", (language) => {
    const texts = REPORT_TEXTS[language];
    const found = avoidedTerms(language).flatMap(({ id, variant, pattern }) =>
      Object.entries(texts)
        .filter(([, value]) => pattern.test(value))
        .map(([key, value]) => `${id}: "${variant}" in ${language}.${key}: ${value}`),
    );
    expect(found).toEqual([]);
  });
});
