import type { FormTranslation } from './en.ts';

/**
 * Кыргызча, complete: a missing message is a type error. Kyrgyz nouns do not change after a
 * number, so each counted message has the same text for `one` and `other`. Not yet reviewed by a
 * native speaker from the community (see `@kolo/surveys` reviewed languages).
 */
export const ky: FormTranslation = {
  required: 'Сураныч, бул суроого жооп бериңиз',
  requiredMark: 'милдеттүү',
  invalid: 'Сураныч, бул жоопту текшериңиз',
  chooseOption: 'Варианттардын бирин тандаңыз',
  chooseAtMost: {
    one: '{count} жооптон ашык тандабаңыз',
    other: '{count} жооптон ашык тандабаңыз',
  },
  chooseUpTo: {
    one: '{count} жоопко чейин тандасаңыз болот',
    other: '{count} жоопко чейин тандасаңыз болот',
  },
  exclusive: 'Бул жоопту башка жооптор менен бирге тандоого болбойт',
  other: 'Башка',
  specifyOther: 'Тактап жазыңыз',
  otherRequired: 'Сураныч, «Башка» деген жоопуңузду жазыңыз',
  numberInvalid: 'Сан жазыңыз, мисалы 12',
  wholeNumber: 'Бүтүн сан жазыңыз',
  numberMin: '{min} же андан көп сан жазыңыз',
  numberMax: '{max} же андан аз сан жазыңыз',
  numberRange: '{min} баштап {max} чейин',
  numberAtLeast: '{min} же андан көп',
  numberAtMost: '{max} же андан аз',
  textTooLong: {
    one: 'Жооп {count} белгиден ашпашы керек',
    other: 'Жооп {count} белгиден ашпашы керек',
  },
  charactersLeft: { one: 'Дагы {count} белги жазсаңыз болот', other: 'Дагы {count} белги жазсаңыз болот' },
  charactersOver: { one: 'Чектен {count} белги ашып кетти', other: 'Чектен {count} белги ашып кетти' },
  dateInvalid: 'Датаны жазыңыз',
  dateMin: '{min} же андан кийинки датаны жазыңыз',
  dateMax: '{max} же андан мурунку датаны жазыңыз',
  hidden: 'Бул суроо көрсөтүлбөйт, ошондуктан бош калышы керек',
  unknownQuestion: 'Бул суроо сурамжылоодо жок',
  yes: 'Ооба',
  no: 'Жок',
  dontKnow: 'Билбейм',
  sectionProgress: '{total} бөлүмдүн {current}-бөлүмү',
  reviewProgress: 'Текшерүү',
  reviewTitle: 'Жоопторуңузду текшериңиз',
  reviewIntro:
    'Жөнөтүүдөн мурун төмөнкү жоопторду текшериңиз. Жоопту өзгөртүү үчүн «Өзгөртүү» баскычын басыңыз.',
  noAnswers: 'Бул бөлүмдө жооп жок',
  otherAnswer: 'Башка: {text}',
  edit: 'Өзгөртүү',
  back: 'Артка',
  next: 'Кийинки',
  backToReview: 'Текшерүүгө кайтуу',
  submit: 'Жөнөтүү',
  submitting: 'Жөнөтүлүүдө…',
  submitFailed: 'Жоопторду жөнөтүү мүмкүн болгон жок. Эч нерсе жоголгон жок: кайра аракет кылыңыз.',
  fixErrors: 'Улантуудан мурун айрым жоопторду оңдоо керек.',
  constraint: 'Бул жооп сиздин башка жоопторуңузга туура келбейт. Сураныч, текшериңиз.',
  noOptions: 'Мурунку жоопторуңузга ылайык вариант жок. Аларды текшериңиз же улантыңыз.',
};
