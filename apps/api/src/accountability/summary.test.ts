import { describe, expect, it } from 'vitest';
import { median, quarterOf, resolution } from './summary.ts';

const fact = (status: string, createdOn: string, closedOn: string | null = null) => ({
  findingId: 'f',
  status: status as 'open',
  level: 'site' as const,
  type: 'other' as const,
  dueDate: '2027-01-01',
  createdOn,
  closedOn,
});

describe('the resolution figures', () => {
  it('should give staff the exact rate of resolved among closed actions and the median days', () => {
    const group = [
      fact('resolved', '2027-01-01', '2027-01-11'),
      fact('resolved', '2027-01-01', '2027-01-31'),
      fact('not_resolved', '2027-01-01', '2027-02-01'),
      fact('dropped', '2027-01-01', '2027-01-02'),
      fact('in_progress', '2027-01-01'),
    ];
    expect(resolution(group, 5, true)).toEqual({
      actions: 5,
      closed: 4,
      resolved: 2,
      resolutionRate: 50,
      medianDaysToResolution: 20,
    });
  });

  it('should withhold counts under k and the median of fewer than k resolutions from funders', () => {
    const group = [...Array(7)].map(() => fact('resolved', '2027-01-01', '2027-01-05'));
    group.push(fact('open', '2027-01-01'));
    const shown = resolution(group, 5, false);
    expect(shown.actions).toBe(7); // 8 in the band 5..9
    expect(shown.resolved).toBe(7);
    expect(resolution(group.slice(0, 3), 5, false)).toEqual({
      actions: null,
      closed: null,
      resolved: null,
      resolutionRate: null,
      medianDaysToResolution: null,
    });
  });

  it('should name quarters and take medians', () => {
    expect(quarterOf('2027-03-31')).toBe('2027-Q1');
    expect(quarterOf('2027-10-01')).toBe('2027-Q4');
    expect(median([])).toBeNull();
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
  });
});
