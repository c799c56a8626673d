/** A counted message: one text per plural category (`Intl.PluralRules`), chosen by `{count}`. */
export type PluralForms<TCategory extends Intl.LDMLPluralRule = 'one' | 'other'> = Readonly<
  Record<TCategory, string>
>;

/** The form's own strings in English: the reference every other language is typed against. */
export const en = {
  required: 'Please answer this question',
  requiredMark: 'required',
  invalid: 'Please check this answer',
  chooseOption: 'Choose one of the options',
  chooseAtMost: { one: 'Choose at most {count} answer', other: 'Choose at most {count} answers' },
  chooseUpTo: { one: 'You can choose {count} answer', other: 'You can choose up to {count} answers' },
  exclusive: 'This answer cannot be combined with others',
  other: 'Other',
  specifyOther: 'Please specify',
  otherRequired: 'Please write your answer for "Other"',
  numberInvalid: 'Enter a number, for example 12',
  wholeNumber: 'Enter a whole number',
  numberMin: 'Enter {min} or more',
  numberMax: 'Enter {max} or less',
  numberRange: 'From {min} to {max}',
  numberAtLeast: '{min} or more',
  numberAtMost: '{max} or less',
  textTooLong: { one: 'Use {count} character or fewer', other: 'Use {count} characters or fewer' },
  charactersLeft: { one: '{count} character left', other: '{count} characters left' },
  charactersOver: {
    one: '{count} character over the limit',
    other: '{count} characters over the limit',
  },
  dateInvalid: 'Enter a date',
  dateMin: 'Enter a date on or after {min}',
  dateMax: 'Enter a date on or before {max}',
  hidden: 'This question is not shown, so it must stay empty',
  unknownQuestion: 'This question is not part of the survey',
  yes: 'Yes',
  no: 'No',
  dontKnow: "Don't know",
  sectionProgress: 'Section {current} of {total}',
  reviewProgress: 'Review',
  reviewTitle: 'Check your answers',
  reviewIntro: 'Check the answers below before you submit. Use "Edit" to change an answer.',
  noAnswers: 'No answers in this section',
  otherAnswer: 'Other: {text}',
  edit: 'Edit',
  back: 'Back',
  next: 'Next',
  backToReview: 'Back to review',
  submit: 'Submit',
  submitting: 'Submitting…',
  submitFailed: 'The answers could not be submitted. Nothing is lost: try again.',
  fixErrors: 'Some answers need attention before you continue.',
  constraint: 'This answer does not fit your other answers. Please check it.',
  noOptions: 'No options match your earlier answers. Check them or go on.',
  instanceNumber: 'Entry {number}',
  addInstance: 'Add another',
  removeInstance: 'Remove {name}',
  removeTitle: 'Remove {name}?',
  removeLoses: {
    one: '{count} answer given for {name} will be deleted.',
    other: '{count} answers given for {name} will be deleted.',
  },
  removeNothing: 'Nothing has been answered for {name} yet.',
  removeConfirm: 'Yes, remove',
  removeKeep: 'Keep it',
  repeatMin: 'Add at least {count}.',
  repeatMax: 'You have added the most allowed here ({count}).',
  repeatCounted: 'How many there are here follows your earlier answers.',
  repeatCountMismatch: 'The number here does not match your earlier answers. Go back and check them.',
  instanceAdded: '{name} added',
  instanceRemoved: '{name} removed',
} as const;

/** Keys of the messages that show a number and so change form with it. */
export type CountedKey = {
  [K in keyof typeof en]: (typeof en)[K] extends string ? never : K;
}[keyof typeof en];

/**
 * One language's table: every key of {@link en}, a plain string or, for a counted message, the
 * plural forms that language uses (`TCategory`). A missing key or form is a type error.
 */
export type FormTranslation<TCategory extends Intl.LDMLPluralRule = 'one' | 'other'> = {
  readonly [K in keyof typeof en]: K extends CountedKey ? PluralForms<TCategory> : string;
};

/** Plural categories of Ukrainian, Russian and Polish. */
export type SlavicPlural = 'one' | 'few' | 'many' | 'other';

/** Plural categories of Romanian and Serbian: 1, 2–19 (ro) or 2–4 (sr), and the rest. */
export type FewPlural = 'one' | 'few' | 'other';

/** A counted message resolved for one language, ready for `formatMessage`. */
export interface CountedMessage {
  readonly locale: string;
  readonly forms: Readonly<Partial<Record<Intl.LDMLPluralRule, string>>> & { readonly other: string };
}

/** Every string the form shows that is not part of a survey definition. */
export type FormMessages = {
  readonly [K in keyof typeof en]: K extends CountedKey ? CountedMessage : string;
};
