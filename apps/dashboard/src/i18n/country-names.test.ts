import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES, countryName, countryOptions, REGION_COUNTRIES } from './country-names.ts';

describe('country names', () => {
  it('should carry a Kyrgyz name for every country, whatever the browser knows', () => {
    for (const code of COUNTRY_CODES) expect(countryName(code, 'ky'), code).toMatch(/[\u0400-\u04FF]/);
    expect(countryName('KG', 'ky')).toBe('Кыргызстан');
    expect(countryName('ua', 'ky')).toBe('Украина');
  });

  it('should name countries in each app language', () => {
    expect(countryName('UA', 'uk')).toBe('Україна');
    expect(countryName('UA', 'en')).toBe('Ukraine');
    expect(countryName('RS', 'sr')).toBe('Србија');
    expect(countryName('UA', 'ro')).toBe('Ucraina');
  });

  it('should list the region first, then every other country once', () => {
    const { region, rest } = countryOptions('uk');
    expect(region.map((c) => c.code).sort()).toEqual([...REGION_COUNTRIES].sort());
    expect(region.length + rest.length).toBe(COUNTRY_CODES.length);
    expect(new Set([...region, ...rest].map((c) => c.code)).size).toBe(COUNTRY_CODES.length);
  });
});
