import type { EvidenceSnapshot } from '@kolo/schema';
import type { TFunction } from 'i18next';
import type { Site } from '../api/types.ts';
import { countryName } from '../i18n/country-names.ts';
import { dateFormat } from '../i18n/month-names.ts';
import type { Scope } from './api.ts';

type Filters = EvidenceSnapshot['filters'];

/** A day `YYYY-MM-DD` as the reader's language writes it (the day itself, not shifted by a time zone). */
export function formatDay(day: string, locale: string): string {
  const date = new Date(`${day.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return dateFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** A country code as the reader's language names it (Kyrgyz names carried by the app). */
export { countryName };

/** The Insights filters of a piece of evidence in words, e.g. "1 Jan 2027 to 31 Mar 2027; sites: Kharkiv". */
export function filtersInWords(
  t: TFunction,
  filters: Filters,
  locale: string,
  sites: readonly Pick<Site, 'id' | 'name'>[],
): string {
  const parts: string[] = [];
  if (filters.from && filters.to)
    parts.push(
      t('accountability.evidence.period', {
        from: formatDay(filters.from, locale),
        to: formatDay(filters.to, locale),
      }),
    );
  else if (filters.from)
    parts.push(t('accountability.evidence.from', { from: formatDay(filters.from, locale) }));
  else if (filters.to) parts.push(t('accountability.evidence.to', { to: formatDay(filters.to, locale) }));
  if (filters.country?.length)
    parts.push(
      t('accountability.evidence.countries', {
        list: filters.country.map((c) => countryName(c, locale)).join(', '),
      }),
    );
  if (filters.siteId?.length)
    parts.push(
      t('accountability.evidence.sites', {
        list: filters.siteId.map((id) => sites.find((s) => s.id === id)?.name ?? id.slice(0, 8)).join(', '),
      }),
    );
  if (filters.serviceType) parts.push(t('accountability.evidence.service', { type: filters.serviceType }));
  if (filters.filter?.length)
    parts.push(t('accountability.evidence.answerFilter', { list: filters.filter.join(', ') }));
  return parts.length > 0 ? parts.join('; ') : t('accountability.evidence.allData');
}

/** Where a finding holds, in words: the site's name, a city with its country, a country, or the network. */
export function scopeInWords(t: TFunction, scope: Scope, locale: string): string {
  if (scope.level === 'site') return scope.siteName ?? t('accountability.scopeLevel.site');
  if (scope.level === 'region')
    return [scope.city, scope.country ? countryName(scope.country, locale) : null].filter(Boolean).join(', ');
  if (scope.level === 'country' && scope.country) return countryName(scope.country, locale);
  return t('accountability.scopeLevel.network');
}

/** A count as the audience may see it: withheld under k, "about" when rounded to a band. */
export function countText(
  t: TFunction,
  n: number | null,
  k: number,
  rounding: number | null,
  locale: string,
): string {
  if (n === null) return t('accountability.withheldShort', { k });
  const text = new Intl.NumberFormat(locale).format(n);
  return rounding ? t('accountability.approx', { n: text }) : text;
}
