import { describe, expect, it } from 'vitest';
import { formatPeriod } from './format.ts';
import { chartMessages } from './messages.ts';
import { carriesMonthNames, formatDay, formatMonth } from './month-names.ts';

const march = new Date('2026-03-01T00:00:00Z');

describe('carried month names', () => {
  it('should name every Kyrgyz month in Kyrgyz, whatever locale data the runtime has', () => {
    const months = Array.from({ length: 12 }, (_, m) =>
      formatMonth(new Date(Date.UTC(2026, m, 1)), 'ky', 'long'),
    );
    expect(months[0]).toBe('2026-ж., январь');
    expect(months[11]).toBe('2026-ж., декабрь');
    expect(new Set(months).size).toBe(12);
    for (const month of months) expect(month).not.toMatch(/[A-Za-z]/);
    expect(formatMonth(march, 'ky', 'short')).toBe('2026-ж. мар.');
    expect(formatMonth(march, 'ky-KG')).toBe('2026-ж. мар.');
    expect(formatDay(march, 'ky')).toBe('2026-ж. 1-мар.');
    expect(carriesMonthNames('ky')).toBe(true);
  });

  it('should leave languages the browser knows to Intl', () => {
    expect(carriesMonthNames('uk')).toBe(false);
    expect(formatMonth(march, 'uk', 'long')).toBe(
      new Intl.DateTimeFormat('uk', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(march),
    );
    expect(formatMonth(march, 'en')).toBe('Mar 2026');
  });

  it('should label chart periods in Kyrgyz: months, weeks and quarters', () => {
    const messages = chartMessages('ky');
    expect(formatPeriod('2026-03-01', 'month', 'ky', messages)).toBe('2026-ж. мар.');
    expect(formatPeriod('2026-03-09', 'week', 'ky', messages)).toBe('2026-ж. 9-мар.');
    expect(formatPeriod('2026-04-01', 'quarter', 'ky', messages)).toBe('2026-ж. 2-чейрек');
    expect(formatPeriod('2026-03-01', 'month', 'en', chartMessages('en'))).toBe('Mar 2026');
  });
});
