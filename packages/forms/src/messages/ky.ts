import type { FormMessages } from './en.ts';

/**
 * Кыргызча. Partial: a Kyrgyz reader falls back to Russian, then English, for the strings not
 * here (see `localeChain`). Corrections from native speakers are welcome.
 */
export const ky: Partial<FormMessages> = {
  required: 'Сураныч, бул суроого жооп бериңиз',
  requiredMark: 'милдеттүү',
  invalid: 'Сураныч, бул жоопту текшериңиз',
  chooseOption: 'Варианттардын бирин тандаңыз',
  other: 'Башка',
  specifyOther: 'Тактап жазыңыз',
  numberInvalid: 'Сан жазыңыз, мисалы 12',
  wholeNumber: 'Бүтүн сан жазыңыз',
  dateInvalid: 'Датаны жазыңыз',
  yes: 'Ооба',
  no: 'Жок',
  dontKnow: 'Билбейм',
  sectionProgress: '{total} бөлүмдүн {current}-бөлүмү',
  reviewProgress: 'Текшерүү',
  reviewTitle: 'Жоопторуңузду текшериңиз',
  noAnswers: 'Бул бөлүмдө жооп жок',
  otherAnswer: 'Башка: {text}',
  edit: 'Өзгөртүү',
  back: 'Артка',
  next: 'Кийинки',
  backToReview: 'Текшерүүгө кайтуу',
  submit: 'Жөнөтүү',
  submitting: 'Жөнөтүлүүдө…',
  fixErrors: 'Улантуудан мурун айрым жоопторду оңдоо керек.',
};
