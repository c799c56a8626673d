// the month names alone, not the charts (Collect's outbox shows dates on a phone: no recharts, no zod)
import { carriesMonthNames, formatDay, formatMonth } from '@kolo/charts/month-names';

export { carriesMonthNames, formatMonth };

/** How a date, and optionally its time, is said: the styles of `Intl.DateTimeFormat` the app uses. */
export interface DateTimeStyle {
  readonly dateStyle: 'short' | 'medium';
  readonly timeStyle?: 'short' | 'medium';
  /** Read the date in this time zone (the browser's by default); `UTC` for calendar days. */
  readonly timeZone?: string;
}

const two = (n: number) => String(n).padStart(2, '0');

/** The calendar parts of a moment in a time zone, from Intl's numeric data every browser has. */
function partsOf(date: Date, timeZone: string | undefined) {
  const parts = new Intl.DateTimeFormat('en-US', {
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    hourCycle: 'h23',
    ...(timeZone ? { timeZone } : {}),
  }).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
    second: get('second'),
  };
}

/**
 * A date (and time) in the reader's language, with month names the app carries where the browser
 * has no locale data (Kyrgyz: "2026-ж. 1-мар. 14:05", CLDR's patterns); `Intl` everywhere else.
 * @example formatDateTime(new Date('2026-03-01T14:05:00Z'), 'ky', { dateStyle: 'medium', timeZone: 'UTC' }) // '2026-ж. 1-мар.'
 */
export function formatDateTime(date: Date, locale: string, style: DateTimeStyle): string {
  if (!carriesMonthNames(locale)) return new Intl.DateTimeFormat(locale, style).format(date);
  const p = partsOf(date, style.timeZone);
  const day =
    style.dateStyle === 'medium'
      ? formatDay(new Date(Date.UTC(p.year, p.month - 1, p.day)), locale, 'short')
      : `${p.day}/${p.month}/${two(p.year % 100)}`;
  if (!style.timeStyle) return day;
  const time = `${two(p.hour)}:${two(p.minute)}${style.timeStyle === 'medium' ? `:${two(p.second)}` : ''}`;
  return `${day} ${time}`;
}

/**
 * A month (the first day of it, `YYYY-MM-DD`) with its year, in full: "March 2026", "2026-ж., март".
 * @example monthOf('2026-03-01', 'ky') // '2026-ж., март'
 */
export function monthOf(day: string, locale: string): string {
  return formatMonth(new Date(`${day.slice(0, 10)}T00:00:00Z`), locale, 'long');
}

/**
 * A drop-in for `new Intl.DateTimeFormat(locale, style)` where only `format` is used, with the
 * month names the app carries.
 */
export function dateFormat(locale: string, style: DateTimeStyle): { format: (date: Date) => string } {
  return { format: (date) => formatDateTime(date, locale, style) };
}
