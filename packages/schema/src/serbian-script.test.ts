import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveText } from './locale.ts';
import { inLocaleScript, isSerbianLatin, toSerbianLatin } from './serbian-script.ts';

describe('toSerbianLatin', () => {
  it('should write Serbian Cyrillic in Latin letter for letter, digraphs included', () => {
    expect(toSerbianLatin('Љубав и њега')).toBe('Ljubav i njega');
    expect(toSerbianLatin('Џеп, ђак, ћерка, чаша, шума, жаба')).toBe('Džep, đak, ćerka, čaša, šuma, žaba');
    expect(toSerbianLatin('ЉУБАВ')).toBe('LJUBAV');
    expect(toSerbianLatin('Услуге смањења штете')).toBe('Usluge smanjenja štete');
  });

  it('should keep placeholders, digits and Latin words as they are', () => {
    expect(toSerbianLatin('{{count}} испитаника у {{site}}')).toBe('{{count}} ispitanika u {{site}}');
    const piped = ['Највише {max} знакова, $', '{age} година, PrEP'].join('');
    expect(toSerbianLatin(piped)).toBe(['Najviše {max} znakova, $', '{age} godina, PrEP'].join(''));
  });

  it('should leave text with no Serbian Cyrillic letter unchanged', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        fc.pre(!/[\u0400-\u04ff]/.test(text));
        expect(toSerbianLatin(text)).toBe(text);
      }),
    );
  });
});

describe('Serbian script in resolved texts', () => {
  it('should give a sr-Latn reader the Cyrillic text in Latin, and others their own text', () => {
    const text = { en: 'Syringes', sr: 'Шприцеви', ru: 'Шприцы' };
    expect(resolveText(text, 'sr')).toBe('Шприцеви');
    expect(resolveText(text, 'sr-Latn')).toBe('Špricevi');
    expect(resolveText({ ...text, 'sr-Latn': 'Igle' }, 'sr-Latn')).toBe('Igle');
    expect(resolveText(text, 'ru')).toBe('Шприцы');
    expect(inLocaleScript('uk', 'Шприци')).toBe('Шприци');
    expect(isSerbianLatin('sr-Latn-RS')).toBe(true);
    expect(isSerbianLatin('sr')).toBe(false);
  });
});
