import { describe, expect, it } from 'vitest';
import {
  filtersFromParams,
  filtersToParams,
  lastQuarter,
  previousRange,
  resultsQuery,
  shareFilters,
} from './filters.ts';

describe('dashboard filters', () => {
  it('should find the last full quarter', () => {
    expect(lastQuarter(new Date('2026-11-24T12:00:00Z'))).toEqual({ from: '2026-07-01', to: '2026-09-30' });
    expect(lastQuarter(new Date('2026-02-10T12:00:00Z'))).toEqual({ from: '2025-10-01', to: '2025-12-31' });
  });

  it('should give the previous period of the same length', () => {
    expect(previousRange({ from: '2026-07-01', to: '2026-09-30' })).toEqual({
      from: '2026-04-01',
      to: '2026-06-30',
    });
    expect(previousRange({})).toBeUndefined();
  });

  it('should survive a round trip through the URL', () => {
    const filters = { period: 'quarter' as const, country: 'KG', answer: 'service_type:nsp' };
    expect(filtersFromParams(filtersToParams(filters))).toEqual(filters);
  });

  it('should build the results query the API expects', () => {
    expect(resultsQuery({ period: 'custom', from: '2026-01-01', to: '2026-03-31', country: 'UA' })).toBe(
      'from=2026-01-01&to=2026-03-31&country=UA',
    );
  });
});

describe('answer filter', () => {
  it('should send no answer filter while only the question is chosen', () => {
    expect(resultsQuery({ period: 'all', answer: 'service_type:' })).toBe('');
    expect(resultsQuery({ period: 'all', answer: 'service_type:nsp' })).toBe('filter=service_type%3Ansp');
  });
});

describe('shareFilters', () => {
  it('should turn the Insights filters into the fixed filters a share link keeps', () => {
    const today = new Date('2026-11-24T12:00:00Z');
    expect(
      shareFilters({ period: 'quarter', country: 'UA', siteId: 's1', answer: 'first_visit:yes' }, today),
    ).toEqual({
      from: '2026-07-01',
      to: '2026-09-30',
      country: ['UA'],
      siteId: ['s1'],
      filter: ['first_visit:yes'],
    });
    // a question without its value is no filter; "all time" has no dates
    expect(shareFilters({ period: 'all', answer: 'first_visit:' }, today)).toEqual({});
  });
});
