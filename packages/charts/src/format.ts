import { type ChartMessages, fillMessage } from './messages.ts';
import { formatDay, formatMonth } from './month-names.ts';

/** How long the timeline's buckets are; the results API groups by week, month or quarter. */
export type PeriodBucket = 'week' | 'month' | 'quarter';

/**
 * A share (0..1) as a percentage in the reader's locale, one decimal at most.
 * @example formatShare(0.125, 'uk') // '12,5%'
 */
export function formatShare(share: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(share);
}

/** A count or statistic in the reader's locale, with at most `digits` decimals. */
export function formatNumber(value: number, locale: string, digits = 1): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
}

/** A change with its sign (`+4,2`, `−1`), in the reader's locale. */
export function formatChange(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(value);
}

const DAY = 86_400_000;

/** The bucket length of a timeline, guessed from its periods when the caller does not say. */
export function inferBucket(periods: readonly string[]): PeriodBucket {
  if (periods.some((p) => !p.endsWith('-01'))) return 'week';
  const times = periods.map((p) => Date.parse(`${p}T00:00:00Z`)).filter((t) => Number.isFinite(t));
  const gaps = times.slice(1).map((t, i) => t - (times[i] ?? t));
  const quarterly =
    gaps.length > 0 &&
    gaps.every((g) => g >= 80 * DAY) &&
    periods.every((p) => ['01', '04', '07', '10'].includes(p.slice(5, 7)));
  return quarterly ? 'quarter' : 'month';
}

/**
 * A period's first day (`YYYY-MM-DD`) as the reader says it: "Mar 2025" ("2025-ж. мар." in Kyrgyz, from carried names), quarters ("Q1 2025", "1 кв. 2025"), or a day for weeks.
 * @example formatPeriod('2025-03-01', 'month', 'uk', messages) // 'бер. 2025 р.'
 */
export function formatPeriod(
  period: string,
  bucket: PeriodBucket,
  locale: string,
  messages: ChartMessages,
): string {
  const date = new Date(`${period}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return period;
  if (bucket === 'quarter') {
    const q = Math.floor(date.getUTCMonth() / 3) + 1;
    return fillMessage(messages.quarter, { q, year: date.getUTCFullYear() }, locale);
  }
  // the app's own month names where the browser has no locale data (Kyrgyz)
  return bucket === 'month' ? formatMonth(date, locale, 'short') : formatDay(date, locale, 'short');
}
