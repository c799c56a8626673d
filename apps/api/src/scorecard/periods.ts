const DAY_MS = 86_400_000;
const dayOf = (d: Date) => d.toISOString().slice(0, 10);
const parts = (day: string) => day.split('-').map(Number) as [number, number, number];

/** The quarter of a `YYYY-MM-DD` day as `{ from, to }` (first and last day). */
export function quarterOf(day: string): { from: string; to: string } {
  const [year, month] = parts(day);
  const first = Math.floor((month - 1) / 3) * 3;
  return {
    from: dayOf(new Date(Date.UTC(year, first, 1))),
    to: dayOf(new Date(Date.UTC(year, first + 3, 0))),
  };
}

/** A quarter's label, `2026-Q1`, from its first day. */
export function quarterLabel(from: string): string {
  const [year, month] = parts(from);
  return `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
}

/** The first days of the months from the month of `from` to the month of `to`, both included. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let [year, month] = parts(from);
  const [endYear, endMonth] = parts(to);
  while (year < endYear || (year === endYear && month <= endMonth)) {
    out.push(`${year}-${String(month).padStart(2, '0')}-01`);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return out;
}

/** Whether [from, to] is a run of whole calendar months. */
function wholeMonths(from: string, to: string): boolean {
  const next = new Date(new Date(`${to}T00:00:00Z`).getTime() + DAY_MS);
  return from.endsWith('-01') && next.getUTCDate() === 1;
}

/**
 * The period of the same length just before [from, to]: the same number of whole months before a
 * run of whole months (the quarter before a quarter), else the same number of days.
 */
export function previousPeriod(from: string, to: string): { from: string; to: string } {
  if (wholeMonths(from, to)) {
    const months = monthsBetween(from, to).length;
    const [year, month] = parts(from);
    return {
      from: dayOf(new Date(Date.UTC(year, month - 1 - months, 1))),
      to: dayOf(new Date(Date.UTC(year, month - 1, 0))),
    };
  }
  const start = new Date(`${from}T00:00:00Z`).getTime();
  const days = Math.round((new Date(`${to}T00:00:00Z`).getTime() - start) / DAY_MS) + 1;
  return { from: dayOf(new Date(start - days * DAY_MS)), to: dayOf(new Date(start - DAY_MS)) };
}
