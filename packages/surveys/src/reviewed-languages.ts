/**
 * Which languages of the library (surveys, form messages, charts, screens) a native speaker from
 * the community has read side by side with English and approved. Machine- or staff-made
 * translations are "not reviewed" until then: have them checked before fieldwork.
 *
 * Update an entry only when a review has happened: say who reviewed it (an organisation or a
 * role, never a person's name) and when.
 */

/** Where a language stands. */
export type ReviewStatus = 'source' | 'reviewed' | 'not_reviewed';

/** One language's review record. */
export interface LanguageReview {
  readonly locale: string;
  readonly status: ReviewStatus;
  /** ISO date of the review, when reviewed. */
  readonly reviewedOn?: string;
  /** Who reviewed: an organisation or a role, never a person's name. */
  readonly reviewedBy?: string;
}

/** The library's languages and their review status, English first (the source). */
export const REVIEWED_LANGUAGES: readonly LanguageReview[] = [
  { locale: 'en', status: 'source' },
  { locale: 'uk', status: 'not_reviewed' },
  { locale: 'ru', status: 'not_reviewed' },
  { locale: 'pl', status: 'not_reviewed' },
  { locale: 'ky', status: 'not_reviewed' },
  { locale: 'ro', status: 'not_reviewed' },
  { locale: 'sr', status: 'not_reviewed' },
];

/**
 * The review status of a language: its own entry, else its base language's (`uk-UA` reads `uk`);
 * a language not in the list (an imported survey's) is `not_reviewed`.
 * @example reviewStatus('ky') // 'not_reviewed'
 */
export function reviewStatus(locale: string): ReviewStatus {
  const base = locale.split('-')[0];
  const entry =
    REVIEWED_LANGUAGES.find((l) => l.locale === locale) ?? REVIEWED_LANGUAGES.find((l) => l.locale === base);
  return entry?.status ?? 'not_reviewed';
}
