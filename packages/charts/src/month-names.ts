/**
 * Month names the app carries for languages whose date data browsers lack: Chromium has no Kyrgyz
 * locale data, so `Intl.DateTimeFormat('ky')` says "Mar 2026" in English. The names and patterns
 * are CLDR's for Kyrgyz (the format forms: "2026-ж., март", "2026-ж. мар.", "2026-ж. 1-мар.").
 */
interface CarriedMonths {
  /** Full names, January first, as used inside a date. */
  readonly long: readonly string[];
  /** Abbreviated names, January first. */
  readonly short: readonly string[];
  readonly monthYear: (month: string, year: number, style: MonthStyle) => string;
  readonly day: (day: number, month: string, year: number) => string;
}

const KY: CarriedMonths = {
  long: [
    'январь',
    'февраль',
    'март',
    'апрель',
    'май',
    'июнь',
    'июль',
    'август',
    'сентябрь',
    'октябрь',
    'ноябрь',
    'декабрь',
  ],
  short: ['янв.', 'фев.', 'мар.', 'апр.', 'май', 'июн.', 'июл.', 'авг.', 'сен.', 'окт.', 'ноя.', 'дек.'],
  monthYear: (month, year, style) => (style === 'long' ? `${year}-ж., ${month}` : `${year}-ж. ${month}`),
  day: (day, month, year) => `${year}-ж. ${day}-${month}`,
};

/** Carried month names by language subtag. */
const CARRIED: Readonly<Record<string, CarriedMonths>> = { ky: KY };

const carriedFor = (locale: string) => CARRIED[locale.toLowerCase().split(/[-_]/)[0] ?? ''];

/** Whether the app formats months of `locale` from its own names rather than the browser's data. */
export function carriesMonthNames(locale: string): boolean {
  return carriedFor(locale) !== undefined;
}

/** How much of a date to say. */
export type MonthStyle = 'long' | 'short';

/**
 * A month and its year in the reader's language, from carried names where the browser has none.
 * @example formatMonth(new Date('2026-03-01'), 'ky', 'long') // '2026-ж., март'
 * @example formatMonth(new Date('2026-03-01'), 'uk', 'short') // 'бер. 2026 р.'
 */
export function formatMonth(date: Date, locale: string, style: MonthStyle = 'short'): string {
  const carried = carriedFor(locale);
  if (carried) {
    const month = carried[style][date.getUTCMonth()] ?? '';
    return carried.monthYear(month, date.getUTCFullYear(), style);
  }
  return new Intl.DateTimeFormat(locale, { month: style, year: 'numeric', timeZone: 'UTC' }).format(date);
}

/**
 * A day with its month and year ("1 Mar 2026"), from carried names where the browser has none.
 * @example formatDay(new Date('2026-03-01'), 'ky') // '2026-ж. 1-мар.'
 */
export function formatDay(date: Date, locale: string, style: MonthStyle = 'short'): string {
  const carried = carriedFor(locale);
  if (carried) {
    const month = carried[style][date.getUTCMonth()] ?? '';
    return carried.day(date.getUTCDate(), month, date.getUTCFullYear());
  }
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: style,
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}
