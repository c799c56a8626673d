/** The reports screen's strings in English: the reference the other languages are typed against. */
export const en = {
  title: 'Reports',
  intro:
    'Make a report of a survey for a quarter in any of the languages offered: the method, the scorecard, indicator trends, charts, findings and your own text. It keeps the figures it was made from.',
  make: 'Make a report',
  survey: 'Survey',
  chooseSurvey: 'Choose a survey',
  period: 'Period',
  quarter: 'Quarter',
  customPeriod: 'Other dates',
  from: 'From',
  to: 'To',
  scope: 'Covers',
  scopeNetwork: 'The whole network',
  scopeCountry: 'A country',
  scopeCity: 'A city',
  scopeSite: 'A site',
  country: 'Country',
  city: 'City',
  site: 'Site',
  language: 'Language of the report',
  reportTitle: 'Title (optional)',
  reportTitleHint: 'Left empty, the report is called after the survey.',
  narrative: 'Your text',
  narrativeHint: 'Leave a blank line between paragraphs; start a line with “-” for a bullet point.',
  introduction: 'Introduction',
  keyMessages: 'Key messages',
  recommendations: 'Recommendations',
  questions: 'Charts',
  questionsHint: 'The questions charted in the report. Each indicator’s questions are chosen to start with.',
  selectedCount_one: '{{count}} question chosen of at most {{max}}',
  selectedCount_other: '{{count}} questions chosen of at most {{max}}',
  tooMany: 'Choose at most {{max}} questions.',
  submit: 'Make the report',
  making: 'Making the report…',
  made: 'The report is ready. Download it from the list below.',
  failed: 'The report could not be made: {{message}}',
  earlier: 'Earlier reports',
  none: 'No reports yet.',
  loadFailed: 'The reports could not be loaded.',
  columns: {
    report: 'Report',
    covers: 'Covers',
    period: 'Period',
    language: 'Language',
    data: 'Data it was made from',
    made: 'Made',
    download: 'Download',
  },
  dataVersion_one: '{{count}} submission, received {{date}}',
  dataVersion_other: '{{count}} submissions, the latest received {{date}}',
  dataVersionEmpty: 'no submissions',
  pdf: 'PDF',
  docx: 'Word',
  downloadPdf: 'Download “{{title}}” as PDF',
  downloadDocx: 'Download “{{title}}” as a Word document',
} as const;

type Strings<T> = { readonly [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

/** Every string of the reports screen; a language missing one is a type error. */
export type ReportsMessages = Strings<typeof en> & {
  /** The forms uk, ru and pl add (i18next picks them by the CLDR rules of the language). */
  readonly [K in `${'selectedCount' | 'dataVersion'}_${'few' | 'many'}`]?: string;
};
