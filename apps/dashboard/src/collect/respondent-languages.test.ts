import { formMessages, loadFormMessages } from '@kolo/forms';
import { resolveText } from '@kolo/schema';
import { describe, expect, it } from 'vitest';
import {
  respondentLanguageName,
  respondentLanguages,
  respondentLocaleOf,
  surveyLocaleOf,
} from './respondent-languages.ts';

describe('respondent languages', () => {
  it('should offer Serbian in both scripts when a survey has Serbian, and Romanian by its name', () => {
    expect(respondentLanguages(['en', 'ro', 'sr'])).toEqual(['en', 'ro', 'sr', 'sr-Latn']);
    expect(respondentLanguages(['en', 'uk'])).toEqual(['en', 'uk']);
    expect(['ro', 'sr', 'sr-Latn'].map(respondentLanguageName)).toEqual([
      'Română',
      'Српски (ћирилица)',
      'Srpski (latinica)',
    ]);
  });

  it('should show a Latin-script respondent the Serbian texts transliterated and record the interview as Serbian', async () => {
    await loadFormMessages('sr-Latn');
    const label = { en: 'Do you get OST?', sr: 'Да ли примате супституциону терапију?' };
    expect(resolveText(label, 'sr-Latn')).toBe('Da li primate supstitucionu terapiju?');
    expect(formMessages('sr-Latn').next).toBe('Dalje');
    expect(surveyLocaleOf('sr-Latn')).toBe('sr');
    expect(surveyLocaleOf('ro')).toBe('ro');
  });

  it("should start an interview in the language picked, else the monitor's own, else the survey's first", () => {
    const offered = respondentLanguages(['en', 'uk', 'sr']);
    expect(respondentLocaleOf(offered, 'sr-Latn', 'en')).toBe('sr-Latn');
    expect(respondentLocaleOf(offered, '', 'uk')).toBe('uk');
    expect(respondentLocaleOf(offered, 'pl', 'ky')).toBe('en');
    expect(respondentLocaleOf([], '', 'uk')).toBe('en');
  });
});
