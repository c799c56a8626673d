import { describe, expect, it } from 'vitest';
import { compareFromParams, compareQuery, compareToParams, withCompareOf } from './compare-state.ts';

describe('compare state in the URL', () => {
  it('should read and write the indicator and grouping, keeping the rest of the URL', () => {
    const url = compareToParams(new URLSearchParams('country=UA'), { indicator: 'satisfaction', by: 'site' });
    expect(url.toString()).toBe('country=UA&compare=satisfaction&compareBy=site');
    expect(compareFromParams(url)).toEqual({ indicator: 'satisfaction', by: 'site' });
    expect(compareFromParams(new URLSearchParams('compareBy=nonsense'))).toEqual({ by: 'country' });
  });

  it('should carry Compare over when the filters rewrite the URL', () => {
    const current = new URLSearchParams('period=quarter&compare=x&compareBy=site');
    expect(withCompareOf(new URLSearchParams('country=KG'), current).toString()).toBe(
      'country=KG&compare=x&compareBy=site',
    );
  });

  it('should ask for every group in one request', () => {
    expect(compareQuery('from=2026-01-01', 'site')).toBe('from=2026-01-01&groupBy=site');
  });
});
