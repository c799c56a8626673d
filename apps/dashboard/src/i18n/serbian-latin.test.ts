import { describe, expect, it } from 'vitest';
import { addInsightsMessages } from '../insights/messages/index.ts';
import { APP_LANGUAGES, appLanguageFor, changeLanguage, i18n } from './index.ts';

describe('Romanian and Serbian in both scripts', () => {
  it('should offer Română, Српски (ћирилица) and Srpski (latinica) in the language picker', () => {
    expect(APP_LANGUAGES.map((l) => `${l.code} ${l.name}`)).toEqual(
      expect.arrayContaining(['ro Română', 'sr Српски (ћирилица)', 'sr-Latn Srpski (latinica)']),
    );
  });

  it('should show a screen string in Cyrillic for sr and in Latin for sr-Latn', async () => {
    await changeLanguage('sr');
    expect(i18n.t('nav.reports')).toBe('Извештаји');
    expect(document.documentElement.lang).toBe('sr');
    await changeLanguage('sr-Latn');
    expect(i18n.t('nav.reports')).toBe('Izveštaji');
    expect(i18n.t('queue.count', { count: 3 })).toBe('3 intervjua čekaju');
    expect(document.documentElement.lang).toBe('sr-Latn');
  });

  it('should transliterate the strings a screen adds later with addResourceBundle', async () => {
    addInsightsMessages(i18n);
    i18n.addResourceBundle(
      'sr',
      'translation',
      { probe: { title: 'Ђурђевдан: {{count}} људи' } },
      true,
      false,
    );
    await changeLanguage('sr-Latn');
    expect(i18n.t('probe.title', { count: 4 })).toBe('Đurđevdan: 4 ljudi');
    expect(i18n.t('probe.title', { count: 4, lng: 'sr' })).toBe('Ђурђевдан: 4 људи');
    const screenKeys = Object.keys(i18n.getResourceBundle('sr', 'translation').insights ?? {});
    expect(Object.keys(i18n.getResourceBundle('sr-Latn', 'translation').insights ?? {})).toEqual(screenKeys);
  });

  it('should keep the values put into a text as typed, never transliterating a name', async () => {
    await changeLanguage('sr-Latn');
    expect(i18n.t('share.publicNote', { org: 'Фонд Київ' })).toContain('Фонд Київ');
  });

  it('should show Romanian and format dates in the reader’s script', async () => {
    await changeLanguage('ro');
    expect(i18n.t('nav.reports')).toBe('Rapoarte');
    expect(document.documentElement.lang).toBe('ro');
    const date = new Date('2026-12-07T12:00:00Z');
    const month = (lng: string) =>
      new Intl.DateTimeFormat(lng, { month: 'long', timeZone: 'UTC' }).format(date);
    await changeLanguage('sr-Latn');
    expect(month(i18n.language)).toBe('decembar');
    await changeLanguage('sr');
    expect(month(i18n.language)).toBe('децембар');
  });

  it('should pick the app language from the browser’s language tag', () => {
    expect(appLanguageFor('sr-Latn-RS')).toBe('sr-Latn');
    expect(appLanguageFor('sr-RS')).toBe('sr');
    expect(appLanguageFor('ro-MD')).toBe('ro');
    expect(appLanguageFor('de-DE')).toBe('en');
  });
});
