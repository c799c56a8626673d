/** A report period: the first and last day (UTC, `YYYY-MM-DD`), both included. */
export interface ReportPeriod {
  readonly from: string;
  readonly to: string;
  /** `2026-Q2` for a whole calendar quarter, else null. */
  readonly quarter: string | null;
}

const day = (d: Date) => d.toISOString().slice(0, 10);

/** The first and last day of a calendar quarter such as `2026-Q2`. */
export function quarterPeriod(quarter: string): ReportPeriod {
  const [year = 0, q = 1] = quarter.split('-Q').map(Number);
  const from = new Date(Date.UTC(year, (q - 1) * 3, 1));
  const to = new Date(Date.UTC(year, q * 3, 0));
  return { from: day(from), to: day(to), quarter };
}

/** A period from two days, named by its quarter when it is exactly one. */
export function rangePeriod(from: string, to: string): ReportPeriod {
  const quarter = quarterOf(from);
  const whole = quarterPeriod(quarter);
  return { from, to, quarter: whole.from === from && whole.to === to ? quarter : null };
}

/** The calendar quarter a day falls in, e.g. `2026-Q2`. */
export function quarterOf(date: string): string {
  const [year = 0, month = 1] = date.split('-').map(Number);
  return `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
}

/** The first day of the quarter `quarters` quarters before the one `date` falls in. */
export function quartersBefore(date: string, quarters: number): string {
  const [year = 0, month = 1] = date.split('-').map(Number);
  const first = Math.floor((month - 1) / 3) * 3;
  return day(new Date(Date.UTC(year, first - quarters * 3, 1)));
}

/** The first days of every month from the month of `from` to the month of `to`. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  const [y1 = 0, m1 = 1] = from.split('-').map(Number);
  const last = `${to.slice(0, 7)}-01`;
  for (let i = 0; i < 240; i++) {
    const month = day(new Date(Date.UTC(y1, m1 - 1 + i, 1)));
    if (month > last) break;
    months.push(month);
  }
  return months;
}

/** Days between two `YYYY-MM-DD` dates (to - from). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The longest period a report covers, in words for an error message. */
export const PERIOD_MAX_DAYS_TEXT = 'two years';
