import { describe, expect, it } from 'vitest';
import {
  daysBetween,
  monthsBetween,
  quarterOf,
  quarterPeriod,
  quartersBefore,
  rangePeriod,
} from './period.ts';

describe('report periods', () => {
  it('should give a quarter its first and last day, leap years included', () => {
    expect(quarterPeriod('2026-Q1')).toEqual({ from: '2026-01-01', to: '2026-03-31', quarter: '2026-Q1' });
    expect(quarterPeriod('2028-Q1').to).toBe('2028-03-31');
    expect(quarterPeriod('2026-Q4')).toEqual({ from: '2026-10-01', to: '2026-12-31', quarter: '2026-Q4' });
  });

  it('should name a range by its quarter only when it is exactly one', () => {
    expect(rangePeriod('2026-04-01', '2026-06-30').quarter).toBe('2026-Q2');
    expect(rangePeriod('2026-04-02', '2026-06-30').quarter).toBeNull();
    expect(rangePeriod('2026-01-01', '2026-06-30').quarter).toBeNull();
  });

  it('should step back whole quarters across a year end for the trend', () => {
    expect(quarterOf('2026-02-14')).toBe('2026-Q1');
    expect(quartersBefore('2026-02-14', 3)).toBe('2025-04-01');
    expect(quartersBefore('2026-10-01', 0)).toBe('2026-10-01');
  });

  it('should list every month of a range and count its days', () => {
    expect(monthsBetween('2025-11-15', '2026-02-01')).toEqual([
      '2025-11-01',
      '2025-12-01',
      '2026-01-01',
      '2026-02-01',
    ]);
    expect(daysBetween('2026-01-01', '2026-12-31')).toBe(364);
  });
});
