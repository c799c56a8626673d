import { describe, expect, it } from 'vitest';
import { filtersFrom, queriesOf } from './accountability-page.tsx';
import { defaultScope, evidenceFilters, shownFigure } from './raise-finding.tsx';

describe('evidenceFilters', () => {
  it('should turn the results query Insights sent into the evidence filters', () => {
    expect(
      evidenceFilters(
        'from=2026-07-01&to=2026-09-30&country=UA&siteId=8f7e6d5c-4b3a-4291-8877-665544332211&filter=recommend:yes',
      ),
    ).toEqual({
      from: '2026-07-01',
      to: '2026-09-30',
      country: ['UA'],
      siteId: ['8f7e6d5c-4b3a-4291-8877-665544332211'],
      filter: ['recommend:yes'],
    });
    expect(evidenceFilters('')).toEqual({});
  });
});

describe('defaultScope', () => {
  it('should default to the site for one site, the country for one country, else the network', () => {
    expect(defaultScope({ siteId: ['a'], country: ['UA'] })).toBe('site');
    expect(defaultScope({ country: ['UA'] })).toBe('country');
    expect(defaultScope({ country: ['UA', 'KG'] })).toBe('network');
    expect(defaultScope({})).toBe('network');
  });
});

describe('shownFigure', () => {
  it('should keep a withheld figure withheld: no value and no n, only "<k"', () => {
    expect(shownFigure({ value: 40, n: 3, suppressed: true }, 'percent', 5, 'en')).toEqual({
      value: null,
      n: null,
      withheld: true,
      display: '<5',
    });
  });

  it('should store the value and n as shown, in the reader’s language', () => {
    expect(shownFigure({ value: 53.84, n: 1200, suppressed: false }, 'percent', 5, 'en')).toEqual({
      value: 53.84,
      n: 1200,
      withheld: false,
      display: '53.8% (n = 1,200)',
    });
    expect(shownFigure({ value: 53.84, n: 1200, suppressed: false }, 'score', 5, 'uk').display).toBe(
      '53,8 (n = 1\u00a0200)',
    );
  });
});

describe('the accountability filters', () => {
  it('should read only known values from the URL', () => {
    expect(
      filtersFrom(new URLSearchParams('period=quarter&country=UA&category=police&status=open&overdue=true')),
    ).toEqual({
      period: 'quarter',
      country: 'UA',
      siteId: undefined,
      category: 'police',
      status: 'open',
      overdue: true,
    });
    const odd = filtersFrom(new URLSearchParams('period=week&country=ukraine&category=weather&status=maybe'));
    expect(odd).toEqual({
      period: 'all',
      country: undefined,
      siteId: undefined,
      category: undefined,
      status: undefined,
      overdue: undefined,
    });
  });

  it('should ask for the last full quarter, and keep status and overdue to the findings list', () => {
    const q = queriesOf(
      { period: 'quarter', status: 'open', overdue: true, country: 'KG' },
      new Date('2026-12-06T12:00:00Z'),
    );
    expect(q.summary).toBe('?from=2026-07-01&to=2026-09-30&country=KG');
    expect(q.findings).toBe('?from=2026-07-01&to=2026-09-30&country=KG&status=open&overdue=true');
    expect(q.export).toBe('?from=2026-07-01&to=2026-09-30');
  });
});
