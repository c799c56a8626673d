// biome-ignore-all lint/suspicious/noTemplateCurlyInString: expressions show references as ${name}
/** The builder's repeat settings in English: the reference the other languages are typed against. */
export const en = {
  legend: 'Repeat',
  enable: 'Ask this section once per person, visit or thing (a repeat)',
  enableHelp:
    "The answers are kept as a list, one entry per time the section is filled in. Its question ids can't be read from outside the section except through sum(), count(), min(), max(), join() or indexed-repeat().",
  min: 'Fewest entries',
  max: 'Most entries (up to {{cap}})',
  count: 'Number of entries from earlier answers (optional)',
  countHelp:
    'An expression over earlier answers, like ${household_size}. With it, the form adds and removes entries itself.',
  instanceLabel: 'What one entry is called (shown numbered, like "Partner 2")',
  badge: 'repeats',
  boundsProblem: 'The most entries ({{max}}) must not be below the fewest ({{min}}).',
} as const;

/** The repeat settings' strings, one language. */
export type RepeatMessages = { readonly [K in keyof typeof en]: string };
