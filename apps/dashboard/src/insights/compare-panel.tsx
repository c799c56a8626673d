import { resolveText, type SurveyDefinition } from '@kolo/schema';
import { useQueries } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RaiseFindingForCompareRow } from '../accountability/insights-entry.tsx';
import { api } from '../api/client.ts';
import type { Site } from '../api/types.ts';
import { Field } from '../layout/field.tsx';
import { type InsightsFilters, resultsQuery } from './filters.ts';
import type { ResultsResponse } from './use-results.ts';

export interface ComparePanelProps {
  definition: SurveyDefinition;
  sites: readonly Site[];
  filters: InsightsFilters;
  base: string;
  locale: string;
}

/** The results query of a compare row: the page's filters with the row's country or site instead. */
function queryOf(
  filters: InsightsFilters,
  patch: { country?: string | undefined; siteId?: string | undefined },
) {
  const merged: InsightsFilters = { ...filters };
  delete merged.country;
  delete merged.siteId;
  return resultsQuery({
    ...merged,
    ...(patch.country ? { country: patch.country } : {}),
    ...(patch.siteId ? { siteId: patch.siteId } : {}),
  });
}

/** One indicator side by side across countries or sites, against the network average; each figure suppressed on the server. */
export function ComparePanel({ definition, sites, filters, base, locale }: ComparePanelProps) {
  const { t } = useTranslation();
  const indicators = definition.indicators ?? [];
  const [indicatorId, setIndicatorId] = useState(indicators[0]?.id ?? '');
  const [by, setBy] = useState<'country' | 'site'>('country');
  const groups =
    by === 'country'
      ? [...new Set(sites.map((s) => s.country))].sort().map((c) => ({
          key: c,
          label: new Intl.DisplayNames([locale], { type: 'region' }).of(c) ?? c,
          patch: { country: c, siteId: undefined },
        }))
      : sites.map((s) => ({
          key: s.id,
          label: `${s.name} · ${s.city}`,
          patch: { siteId: s.id, country: undefined },
        }));
  const all = [
    { key: 'all', label: t('insights.networkAverage'), patch: { country: undefined, siteId: undefined } },
    ...groups,
  ];
  const queries = useQueries({
    queries: all.map((g) => {
      const merged: InsightsFilters = { ...filters };
      delete merged.country;
      delete merged.siteId;
      const query = resultsQuery({
        ...merged,
        ...(g.patch.country ? { country: g.patch.country } : {}),
        ...(g.patch.siteId ? { siteId: g.patch.siteId } : {}),
      });
      return {
        queryKey: ['results', base, query],
        queryFn: () => api<ResultsResponse>(`${base}/results?${query}`),
        staleTime: 60_000,
      };
    }),
  });
  if (indicators.length === 0) return null;
  const indicator = indicators.find((i) => i.id === indicatorId);
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const rows = all.map((g, i) => {
    const result = queries[i]?.data?.indicators.find((r) => r.id === indicatorId);
    return {
      ...g,
      value: result?.value ?? null,
      suppressed: result?.suppressed ?? false,
      k: queries[i]?.data?.k ?? 5,
      result,
      query: queryOf(filters, g.patch),
      loading: queries[i]?.isLoading ?? false,
    };
  });
  const max = Math.max(100, ...rows.map((r) => r.value ?? 0));
  return (
    <section aria-labelledby="compare-title" className="panel compare no-print-break">
      <h2 id="compare-title">{t('insights.compare')}</h2>
      <div className="filter-bar">
        <Field label={t('insights.indicator')} compact>
          {(id) => (
            <select id={id} value={indicatorId} onChange={(e) => setIndicatorId(e.target.value)}>
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
              onChange={() => setBy('country')}
            />
            {t('insights.byCountry')}
          </label>
          <label>
            <input type="radio" name="compare-by" checked={by === 'site'} onChange={() => setBy('site')} />
            {t('insights.bySite')}
          </label>
        </fieldset>
      </div>
      <table className="compare-table">
        <caption className="visually-hidden">{t('insights.compare')}</caption>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} className={r.key === 'all' ? 'average' : ''}>
              <th scope="row">{r.label}</th>
              <td>
                {r.loading ? (
                  '…'
                ) : r.value === null ? (
                  <span className="suppressed">{r.suppressed ? `<${r.k}` : '—'}</span>
                ) : (
                  <span className="bar-cell">
                    <span className="bar" style={{ width: `${(r.value / max) * 100}%` }} aria-hidden="true" />
                    <span>{number.format(r.value)}</span>
                  </span>
                )}
              </td>
              <td className="no-print">
                {!r.loading && indicator && (
                  <RaiseFindingForCompareRow
                    indicator={indicator}
                    result={r.result}
                    k={r.k}
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
    </section>
  );
}
