import { choicesOf, resolveText, type SurveyDefinition, surveyItems } from '@kolo/schema';
import type { TFunction } from 'i18next';
import type { Site } from '../api/types.ts';
import { dateFormat } from '../i18n/month-names.ts';
import type { ShareFilters } from '../insights/filters.ts';

export interface FilterSummaryOptions {
  t: TFunction;
  locale: string;
  sites?: readonly Pick<Site, 'id' | 'name' | 'city'>[] | undefined;
  definition?: SurveyDefinition | undefined;
  /** Country names in the reader's language. */
  countryName?: (code: string) => string;
}

/**
 * A share link's filters as short lines in the reader's language ("Period: 1 Jul 2026 – 30 Sept
 * 2026", "Site: Kyiv DIC"), with names instead of codes where the page knows them.
 */
export function filterSummary(filters: ShareFilters, options: FilterSummaryOptions): string[] {
  const { t, locale, sites = [], definition } = options;
  const day = dateFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const date = (d: string) => day.format(new Date(`${d}T00:00:00Z`));
  const lines: string[] = [];
  if (filters.from || filters.to)
    lines.push(
      `${t('insights.period')}: ${filters.from ? date(filters.from) : '…'} – ${filters.to ? date(filters.to) : '…'}`,
    );
  if (filters.country?.length)
    lines.push(
      `${t('filters.country')}: ${filters.country.map((c) => options.countryName?.(c) ?? c).join(', ')}`,
    );
  if (filters.siteId?.length)
    lines.push(
      `${t('filters.site')}: ${filters.siteId
        .map((id) => {
          const site = sites.find((s) => s.id === id);
          return site ? `${site.name} · ${site.city}` : id;
        })
        .join(', ')}`,
    );
  if (filters.serviceType) {
    // the service's name from the survey's own list of services, never its code where it is known
    const service = definition?.choiceLists?.services?.find((c) => c.value === filters.serviceType);
    const name = service ? resolveText(service.label, locale) : filters.serviceType;
    lines.push(`${t('filters.serviceType')}: ${name}`);
  }
  for (const f of filters.filter ?? []) {
    const [question = '', value = ''] = f.split(':');
    const item = definition ? surveyItems(definition).find((e) => e.item.id === question)?.item : undefined;
    const choice =
      item && definition ? choicesOf(definition, item).find((c) => c.value === value) : undefined;
    lines.push(
      `${item ? resolveText(item.label, locale) : question}: ${choice ? resolveText(choice.label, locale) : value}`,
    );
  }
  return lines;
}
