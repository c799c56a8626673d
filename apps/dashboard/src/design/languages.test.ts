// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { defaultSurveyLanguage, LANGUAGE_NAMES, languageName } from './languages.ts';

describe('the survey languages', () => {
  it('should offer Romanian and Serbian, Serbian named in Cyrillic', () => {
    expect(LANGUAGE_NAMES.ro).toBe('Română');
    expect(LANGUAGE_NAMES.sr).toBe('Српски');
  });

  it('should never offer Serbian in Latin script as a language of its own', () => {
    // sr-Latn readers get the Cyrillic `sr` texts transliterated; nobody writes them
    expect(Object.keys(LANGUAGE_NAMES).filter((code) => code.includes('-'))).toEqual([]);
    expect(languageName('sr-Latn')).toBe('Srpski (latinica)');
  });

  it('should start a survey in the language of the screens, Serbian in Cyrillic for a Latin reader', () => {
    expect(defaultSurveyLanguage('ro')).toBe('ro');
    expect(defaultSurveyLanguage('sr')).toBe('sr');
    expect(defaultSurveyLanguage('sr-Latn')).toBe('sr');
    expect(defaultSurveyLanguage('uk')).toBe('uk');
    expect(defaultSurveyLanguage('xx')).toBe('en');
  });

  it('should name a language its code when kolo does not know it', () => {
    expect(languageName('tlh')).toBe('tlh');
  });
});
