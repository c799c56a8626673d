import type { LocalizedText } from './locale-schema.ts';

/**
 * "Yes", "No" and "Don't know", the answers of a yes/no question, in the languages kolo's
 * library speaks: one table for the XLSForm export, the data exports and the codebook, so a
 * yes/no answer reads the same wherever it is written. Other languages fall back with
 * `resolveText`.
 */
export const YES_NO_TEXTS: Readonly<Record<'yes' | 'no' | 'dont_know', LocalizedText>> = {
  yes: { en: 'Yes', uk: 'Так', ru: 'Да', ky: 'Ооба', kk: 'Иә', pl: 'Tak', ro: 'Da', sr: 'Да', be: 'Так' },
  no: { en: 'No', uk: 'Ні', ru: 'Нет', ky: 'Жок', kk: 'Жоқ', pl: 'Nie', ro: 'Nu', sr: 'Не', be: 'Не' },
  dont_know: {
    en: "Don't know",
    uk: 'Не знаю',
    ru: 'Не знаю',
    ky: 'Билбейм',
    kk: 'Білмеймін',
    pl: 'Nie wiem',
    ro: 'Nu știu',
    sr: 'Не знам',
    be: 'Не ведаю',
  },
};

/** "Other", the label of a spelled-out other choice that has none of its own. */
export const OTHER_TEXT: LocalizedText = {
  en: 'Other',
  uk: 'Інше',
  ru: 'Другое',
  ky: 'Башка',
  kk: 'Басқа',
  pl: 'Inne',
  ro: 'Altceva',
  sr: 'Друго',
  be: 'Іншае',
};
