import type { IndicatorResult } from '@kolo/charts';
import { resolveText, type SurveyDefinition } from '@kolo/schema';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { RaiseFindingForCompareRow } from '../accountability/insights-entry.tsx';
import { getAnswer, type kolo } from '../api/kolo.ts';
import type { Site } from '../api/types.ts';
import { countryName } from '../i18n/country-names.ts';
import { Field } from '../layout/field.tsx';
import { type CompareState, compareQuery } from './compare-state.ts';
import { type InsightsFilters, resultsQuery } from './filters.ts';

/** The results route: grouped (`groupBy`), its answer has one entry per site or country. */
type ResultsCall = (typeof kolo.api.surveys)[':id']['results']['$get'];

export interface ComparePanelProps {
  definition: SurveyDefinition;
  sites: readonly Site[];
  filters: InsightsFilters;
  base: string;
  locale: string;
  /** The indicator and grouping compared, kept in the URL. */
  compare: CompareState;
  onCompareChange(next: CompareState): void;
}

/** The results query of a compare row: the page's filters with the row's country or site instead. */
function queryOf(filters: InsightsFilters, patch: { country?: string; siteId?: string }) {
  const merged: InsightsFilters = { ...filters };
  delete merged.country;
  delete merged.siteId;
  return resultsQuery({ ...merged, ...patch });
}

/**
 * One indicator side by side across countries or sites, against the network average, with the n
 * behind each figure; all rows come from one grouped request, each figure suppressed on the server.
 */
export function ComparePanel({
  definition,
  sites,
  filters,
  base,
  locale,
  compare,
  onCompareChange,
}: ComparePanelProps) {
  const { t } = useTranslation();
  const indicators = definition.indicators ?? [];
  const indicatorId = indicators.some((i) => i.id === compare.indicator)
    ? (compare.indicator as string)
    : (indicators[0]?.id ?? '');
  const by = compare.by;
  const query = compareQuery(queryOf(filters, {}), by);
  const grouped = useQuery({
    queryKey: ['results', base, query],
    queryFn: () => getAnswer<ResultsCall>(`${base}/results?${query}`),
    staleTime: 60_000,
    enabled: indicators.length > 0,
  });
  if (indicators.length === 0) return null;
  const indicator = indicators.find((i) => i.id === indicatorId);
  const siteById = new Map(sites.map((s) => [s.id, s]));
  const labelOf = (key: string) => {
    if (by === 'country') return countryName(key, locale);
    const site = siteById.get(key);
    return site ? `${site.name} · ${site.city}` : key;
  };
  const data = grouped.data;
  const k = data?.k ?? 5;
  const approx = data?.rounding ? '≈' : '';
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const count = new Intl.NumberFormat(locale);
  const rows = [
    {
      key: 'all',
      label: t('insights.networkAverage'),
      result: data?.indicators.find((r) => r.id === indicatorId),
      query: queryOf(filters, {}),
    },
    ...(data?.groups ?? []).map((g) => ({
      key: g.key,
      label: labelOf(g.key),
      result: g.indicators.find((r) => r.id === indicatorId),
      query: queryOf(filters, by === 'country' ? { country: g.key } : { siteId: g.key }),
    })),
  ];
  const max = Math.max(100, ...rows.map((r) => r.result?.value ?? 0));
  // the n behind a figure: withheld ones say "<k", a row with no answers none
  const nText = (result: IndicatorResult | undefined) =>
    result?.n === null || result?.n === undefined
      ? result?.suppressed
        ? t('insights.compareN', { n: `<${k}` })
        : ''
      : t('insights.compareN', { n: `${approx}${count.format(result.n)}` });
  return (
    <section
      aria-labelledby="compare-title"
      className="panel compare no-print-break"
      aria-busy={grouped.isFetching || undefined}
    >
      <h2 id="compare-title">{t('insights.compare')}</h2>
      <div className="filter-bar">
        <Field label={t('insights.indicator')} compact>
          {(id) => (
            <select
              id={id}
              value={indicatorId}
              onChange={(e) => onCompareChange({ ...compare, indicator: e.target.value })}
            >
              {indicators.map((i) => (
                <option key={i.id} value={i.id}>
                  {resolveText(i.label, locale)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <fieldset className="segmented">
          <legend className="visually-hidden">{t('insights.compare')}</legend>
          <label>
            <input
              type="radio"
              name="compare-by"
              checked={by === 'country'}
              onChange={() => onCompareChange({ ...compare, by: 'country' })}
            />
            {t('insights.byCountry')}
          </label>
          <label>
            <input
              type="radio"
              name="compare-by"
              checked={by === 'site'}
              onChange={() => onCompareChange({ ...compare, by: 'site' })}
            />
            {t('insights.bySite')}
          </label>
        </fieldset>
      </div>
      {grouped.isLoading && <p role="status">{t('app.loading')}</p>}
      {data && (
        <table className="compare-table">
          <caption className="visually-hidden">
            {indicator ? resolveText(indicator.label, locale) : t('insights.compare')}
          </caption>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key} className={r.key === 'all' ? 'average' : ''}>
                <th scope="row">{r.label}</th>
                <td>
                  {!r.result || r.result.value === null ? (
                    <span className="suppressed">{r.result?.suppressed ? `<${k}` : '—'}</span>
                  ) : (
                    <span className="bar-cell">
                      <span
                        className="bar"
                        style={{ width: `${(r.result.value / max) * 100}%` }}
                        aria-hidden="true"
                      />
                      <span>{number.format(r.result.value)}</span>
                    </span>
                  )}
                  <span className="compare-n">{nText(r.result)}</span>
                </td>
                <td className="no-print">
                  {indicator && (
                    <RaiseFindingForCompareRow
                      indicator={indicator}
                      result={r.result}
                      k={k}
                      query={r.query}
                      rowLabel={r.label}
                      locale={locale}
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
