import { describe, expect, it } from 'vitest';
import { localeChain, resolveText } from './locale.ts';
import { LocaleCode, LocalizedText } from './locale-schema.ts';

describe('localeChain', () => {
  it.each([
    ['ky', ['ky', 'ru', 'en']],
    ['kk', ['kk', 'ru', 'en']],
    ['uk', ['uk', 'en']],
    ['ru', ['ru', 'en']],
    ['en', ['en']],
    ['fr', ['fr', 'en']],
    ['pt-BR', ['pt-BR', 'pt', 'en']],
    ['ky-KG', ['ky-KG', 'ky', 'ru', 'en']],
  ])('should try %s as %j', (locale, chain) => {
    expect(localeChain(locale)).toEqual(chain);
  });

  it('should take configured fallbacks', () => {
    expect(localeChain('uk', { uk: ['ru'] })).toEqual(['uk', 'ru', 'en']);
    expect(localeChain('ky', {})).toEqual(['ky', 'en']);
  });
});

describe('resolveText', () => {
  const text = { en: 'Yes', ru: 'Да', uk: 'Так' };

  it("should use the reader's own language first", () => {
    expect(resolveText(text, 'uk')).toBe('Так');
    expect(resolveText({ ...text, ky: 'Ооба' }, 'ky')).toBe('Ооба');
  });

  it('should fall back from Kyrgyz to Russian, then English', () => {
    expect(resolveText(text, 'ky')).toBe('Да');
    expect(resolveText({ en: 'Yes', uk: 'Так' }, 'ky')).toBe('Yes');
  });

  it('should fall back from a regional tag to its language', () => {
    expect(resolveText({ en: 'Yes', pt: 'Sim' }, 'pt-BR')).toBe('Sim');
    expect(resolveText({ 'pt-BR': 'Sim', en: 'Yes' }, 'pt-BR')).toBe('Sim');
  });

  it('should never leave a label blank when the text has any language', () => {
    expect(resolveText({ uk: 'Так' }, 'ky')).toBe('Так');
    expect(resolveText({}, 'en')).toBe('');
    expect(resolveText(undefined, 'en')).toBe('');
  });
});

describe('LocaleCode', () => {
  it('should accept language codes with an optional region', () => {
    for (const code of ['en', 'uk', 'ky', 'fil', 'pt-BR'])
      expect(LocaleCode.safeParse(code).success).toBe(true);
    for (const code of ['EN', 'english', 'pt-br', 'pt_BR', 'e'])
      expect(LocaleCode.safeParse(code).success).toBe(false);
  });

  it('should refuse blank texts and keys that are not locales', () => {
    expect(LocalizedText.safeParse({ en: 'Yes' }).success).toBe(true);
    expect(LocalizedText.safeParse({ en: '  ' }).success).toBe(false);
    expect(LocalizedText.safeParse({ English: 'Yes' }).success).toBe(false);
  });
});
