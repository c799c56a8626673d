import { describe, expect, it } from 'vitest';
import { formatDateTime, monthOf } from './month-names.ts';
import { quarterOf } from './quarter-names.ts';

const moment = new Date('2026-03-01T14:05:09Z');

describe('dates with carried month names', () => {
  it('should say Kyrgyz dates and months in Kyrgyz', () => {
    expect(formatDateTime(moment, 'ky', { dateStyle: 'medium', timeZone: 'UTC' })).toBe('2026-ж. 1-мар.');
    expect(formatDateTime(moment, 'ky', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })).toBe(
      '2026-ж. 1-мар. 14:05',
    );
    expect(formatDateTime(moment, 'ky', { dateStyle: 'short', timeStyle: 'medium', timeZone: 'UTC' })).toBe(
      '1/3/26 14:05:09',
    );
    expect(monthOf('2026-03-01', 'ky')).toBe('2026-ж., март');
    expect(monthOf('2026-12-01', 'ky')).toBe('2026-ж., декабрь');
  });

  it("should name quarters in the reader's language", () => {
    expect(quarterOf('2026-07-01', 'ky')).toBe('2026-ж. 3-чейрек');
    expect(quarterOf('2026-07-01', 'en')).toBe('Q3 2026');
    expect(quarterOf('2026-01-01', 'uk')).toBe('1 кв. 2026');
  });

  it('should read the day in the time zone asked for', () => {
    const late = new Date('2026-03-01T23:30:00Z');
    expect(formatDateTime(late, 'ky', { dateStyle: 'medium', timeZone: 'Asia/Bishkek' })).toBe(
      '2026-ж. 2-мар.',
    );
  });

  it('should leave other languages to Intl', () => {
    const style = { dateStyle: 'medium', timeZone: 'UTC' } as const;
    expect(formatDateTime(moment, 'uk', style)).toBe(new Intl.DateTimeFormat('uk', style).format(moment));
    expect(monthOf('2026-03-01', 'en')).toBe('March 2026');
  });
});
