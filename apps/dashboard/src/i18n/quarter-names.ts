import { chartMessages, formatPeriod } from '@kolo/charts';

/**
 * Kept apart from `month-names.ts`, which Collect loads, so the charts' messages in every language
 * stay out of a monitor's download.
 *
 * A quarter (its first day, `YYYY-MM-DD`) as the reader says it, with the charts' wording:
 * "Q3 2026", "3 кв. 2026", "2026-ж. 3-чейрек".
 * @example quarterOf('2026-07-01', 'ky') // '2026-ж. 3-чейрек'
 */
export function quarterOf(day: string, locale: string): string {
  return formatPeriod(day.slice(0, 10), 'quarter', locale, chartMessages(locale));
}
