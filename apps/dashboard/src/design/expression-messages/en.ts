// biome-ignore-all lint/suspicious/noTemplateCurlyInString: expressions show references as ${name}
/** The builder's expression settings in English: the reference the other languages are typed against. */
export const en = {
  calculation: 'Calculation',
  calculationHelp:
    "Written as in XLSForm, an answer as ${question}: format-date(today(), '%Y') - ${birth_year}",
  valueType: 'Stored as',
  types: {
    text: 'Text',
    number: 'Number (summarised like a number question)',
    date: 'Date',
  },
  readOnly: 'Show it in the form (read-only)',
  constraint: 'Answer check (constraint, optional)',
  constraintHelp: '“.” is this answer: . >= ${first_visit}',
  constraintMessage: 'Message when the check fails',
  choiceFilter: 'Which options to offer (choice filter, optional)',
  choiceFilterHelp: 'Option properties by name, earlier answers as ${question}: country = ${country}',
  invalid: 'This expression cannot be read: {{detail}}',
};

/** The shape every language's table must have. */
export type ExpressionMessages = {
  readonly [K in keyof typeof en]: (typeof en)[K] extends string
    ? string
    : { readonly [T in keyof (typeof en)[K]]: string };
};
