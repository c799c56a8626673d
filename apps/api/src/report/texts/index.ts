import { type ActionStatus, type EscalationLevel, type FindingCategory, toSerbianLatin } from '@kolo/schema';
import { en, type ReportTexts } from './en.ts';
import { ky } from './ky.ts';
import { pl } from './pl.ts';
import { ro } from './ro.ts';
import { ru } from './ru.ts';
import { sr } from './sr.ts';
import { uk } from './uk.ts';

export type { ReportTexts } from './en.ts';

/** The languages a report is written in; `sr-Latn` is Serbian read in Latin script. */
export const REPORT_LANGUAGES = ['en', 'uk', 'ru', 'pl', 'ky', 'ro', 'sr', 'sr-Latn'] as const;
export type ReportLanguage = (typeof REPORT_LANGUAGES)[number];

/** Every text of a report in every language; a missing one is a type error. */
export const REPORT_TEXTS: Readonly<Record<ReportLanguage, ReportTexts>> = {
  en,
  uk,
  ru,
  pl,
  ky,
  ro,
  sr,
  // Serbian is written once, in Cyrillic: a Latin-script report reads the same texts transliterated
  'sr-Latn': {
    ...Object.fromEntries(Object.entries(sr).map(([key, text]) => [key, toSerbianLatin(text)])),
    languageName: 'Srpski (latinica)',
  } as ReportTexts,
};

/** The text key of each action status. */
export const STATUS_TEXT: Readonly<Record<ActionStatus, keyof ReportTexts>> = {
  open: 'statusOpen',
  raised: 'statusRaised',
  committed: 'statusCommitted',
  in_progress: 'statusInProgress',
  resolved: 'statusResolved',
  not_resolved: 'statusNotResolved',
  dropped: 'statusDropped',
};

/** The text key of each finding category. */
export const CATEGORY_TEXT: Readonly<Record<FindingCategory, keyof ReportTexts>> = {
  stock_out: 'categoryStockOut',
  opening_hours: 'categoryOpeningHours',
  cost: 'categoryCost',
  documents: 'categoryDocuments',
  police: 'categoryPolice',
  stigma: 'categoryStigma',
  confidentiality: 'categoryConfidentiality',
  violence: 'categoryViolence',
  quality: 'categoryQuality',
  other: 'categoryOther',
};

/** The text key of each escalation level. */
export const LEVEL_TEXT: Readonly<Record<EscalationLevel, keyof ReportTexts>> = {
  site: 'levelSite',
  region: 'levelRegion',
  national: 'levelNational',
  international: 'levelInternational',
};

/**
 * Fill `{name}` placeholders of a report text.
 * @example fill('n = {n}', { n: 12 }) // 'n = 12'
 */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
