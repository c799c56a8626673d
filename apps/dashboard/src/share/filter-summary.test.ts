import { serviceSatisfaction } from '@kolo/surveys';
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { countryName } from '../i18n/country-names.ts';
import { filterSummary } from './filter-summary.ts';

const t = ((key: string) => key) as unknown as TFunction;

describe("a share link's filters in words", () => {
  it('should name the service in the reader language, never by its code', () => {
    const [line] = filterSummary(
      { serviceType: 'ost' },
      { t, locale: 'uk', definition: serviceSatisfaction },
    );
    expect(line).toMatch(/^filters\.serviceType: /);
    expect(line).not.toMatch(/\bost\b/);
  });

  it('should name a country in Kyrgyz although the browser has no Kyrgyz region names', () => {
    const [line] = filterSummary(
      { country: ['KG'] },
      { t, locale: 'ky', countryName: (c) => countryName(c, 'ky') },
    );
    expect(line).toBe('filters.country: Кыргызстан');
  });
});
