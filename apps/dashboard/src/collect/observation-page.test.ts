import { describe, expect, it } from 'vitest';
import { localToday, observationProblems } from './observation-page.tsx';

describe('observationProblems', () => {
  const ok = {
    siteId: 's',
    category: 'stock_out',
    text: 'No syringes',
    observedOn: '2026-12-01',
    today: '2026-12-06',
  };

  it('should accept a report with a site, a kind, some words and a past date', () => {
    expect(observationProblems(ok)).toEqual([]);
  });

  it('should name every missing part, and refuse a date after today', () => {
    expect(
      observationProblems({
        siteId: '',
        category: '',
        text: '  a ',
        observedOn: '2026-12-07',
        today: '2026-12-06',
      }),
    ).toEqual(['needSite', 'needCategory', 'needText', 'futureDate']);
  });
});

describe('localToday', () => {
  it('should give the phone’s own calendar day, not the UTC one', () => {
    expect(localToday(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
