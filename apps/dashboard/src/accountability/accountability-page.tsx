import './setup.ts';
import { FINDING_CATEGORIES } from '@kolo/schema';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { answer, getAnswer, kolo } from '../api/kolo.ts';
import { useSession } from '../auth/session.tsx';
import { last12Months, lastQuarter } from '../insights/filters.ts';
import { Field } from '../layout/field.tsx';
import { ActionsList } from './actions-list.tsx';
import { actionsExportPath, query } from './api.ts';
import { SharedFindings } from './shared-findings.tsx';
import { SummarySection } from './summary-section.tsx';
import { TriageSection } from './triage-section.tsx';
import { countryName, formatDay, scopeInWords } from './words.ts';

/** The page's filters, kept in the URL like Insights'. */
export interface AccountabilityFilters {
  period: 'all' | 'quarter' | '12m';
  country?: string | undefined;
  siteId?: string | undefined;
  category?: string | undefined;
  status?: 'open' | 'closed' | undefined;
  overdue?: boolean | undefined;
}

/** Read the filters from the URL; anything unknown is left out. */
export function filtersFrom(params: URLSearchParams): AccountabilityFilters {
  const period = params.get('period');
  const status = params.get('status');
  const category = params.get('category');
  const country = params.get('country');
  return {
    period: period === 'quarter' || period === '12m' ? period : 'all',
    country: country && /^[A-Z]{2}$/.test(country) ? country : undefined,
    siteId: params.get('siteId') ?? undefined,
    category: category && (FINDING_CATEGORIES as readonly string[]).includes(category) ? category : undefined,
    status: status === 'open' || status === 'closed' ? status : undefined,
    overdue: params.get('overdue') === 'true' || undefined,
  };
}

/** The query strings of the findings list and the figures for these filters. */
export function queriesOf(filters: AccountabilityFilters, today = new Date()) {
  const range: { from?: string; to?: string } =
    filters.period === 'quarter' ? lastQuarter(today) : filters.period === '12m' ? last12Months(today) : {};
  const common = {
    from: range.from,
    to: range.to,
    country: filters.country,
    siteId: filters.siteId,
    category: filters.category,
  };
  return {
    findings: query({ ...common, status: filters.status, overdue: filters.overdue ? 'true' : undefined }),
    summary: query(common),
    export: query({ from: range.from, to: range.to }),
  };
}

/**
 * Accountability: the figures, then for staff the findings (filtered like Insights), their own
 * actions overdue first, every overdue action, the field observations to triage and the action log
 * download. Funders get the figures and the findings shared with them, read-only.
 */
export function AccountabilityPage() {
  const { t, i18n } = useTranslation();
  const { me } = useSession();
  const locale = i18n.language;
  const [params, setParams] = useSearchParams();
  const filters = filtersFrom(params);
  const staff = me?.role === 'staff' || me?.role === 'admin';
  const q = queriesOf(filters);
  const sites = useQuery({ queryKey: ['sites'], queryFn: () => answer(kolo.api.sites.$get()) });
  const summary = useQuery({
    queryKey: ['accountability', 'summary', q.summary],
    queryFn: () =>
      getAnswer<typeof kolo.api.accountability.summary.$get>(`/api/accountability/summary${q.summary}`),
  });
  const findings = useQuery({
    queryKey: ['accountability', 'findings', q.findings],
    queryFn: () => getAnswer<typeof kolo.api.findings.$get>(`/api/findings${q.findings}`),
    enabled: staff,
  });
  const mine = useQuery({
    queryKey: ['accountability', 'mine'],
    queryFn: () => answer(kolo.api.actions.mine.$get()),
    enabled: staff,
  });
  const overdue = useQuery({
    queryKey: ['accountability', 'overdue'],
    queryFn: () => answer(kolo.api.actions.overdue.$get()),
    enabled: staff,
  });
  const set = (patch: Partial<Record<string, string>>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(patch)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, { replace: true });
  };
  const siteList = sites.data?.sites ?? [];
  const countries = [...new Set(siteList.map((s) => s.country))].sort();
  const failed = summary.error ?? findings.error;
  const exportQuery = q.export;

  return (
    <main id="main" className="page accountability">
      <h1>{t('accountability.title')}</h1>
      <p className="note">{staff ? t('accountability.intro') : t('accountability.readOnly')}</p>
      <section aria-labelledby="acc-filters-title">
        <h2 id="acc-filters-title" className="visually-hidden">
          {t('accountability.page.filters')}
        </h2>
        <div className="filter-bar">
          <Field label={t('accountability.page.period')} compact>
            {(id) => (
              <select
                id={id}
                value={filters.period}
                onChange={(e) => set({ period: e.target.value === 'all' ? '' : e.target.value })}
              >
                <option value="all">{t('accountability.page.periodAll')}</option>
                <option value="quarter">{t('accountability.page.periodQuarter')}</option>
                <option value="12m">{t('accountability.page.period12m')}</option>
              </select>
            )}
          </Field>
          <Field label={t('accountability.page.country')} compact>
            {(id) => (
              <select
                id={id}
                value={filters.country ?? ''}
                onChange={(e) => set({ country: e.target.value, siteId: '' })}
              >
                <option value="">{t('accountability.page.all')}</option>
                {countries.map((c) => (
                  <option key={c} value={c}>
                    {countryName(c, locale)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('accountability.page.site')} compact>
            {(id) => (
              <select id={id} value={filters.siteId ?? ''} onChange={(e) => set({ siteId: e.target.value })}>
                <option value="">{t('accountability.page.all')}</option>
                {siteList
                  .filter((s) => !filters.country || s.country === filters.country)
                  .map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.name} · {s.city}
                    </option>
                  ))}
              </select>
            )}
          </Field>
          <Field label={t('accountability.page.category')} compact>
            {(id) => (
              <select
                id={id}
                value={filters.category ?? ''}
                onChange={(e) => set({ category: e.target.value })}
              >
                <option value="">{t('accountability.page.all')}</option>
                {FINDING_CATEGORIES.map((c) => (
                  <option key={c} value={c}>
                    {t(`accountability.category.${c}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {staff && (
            <Field label={t('accountability.page.status')} compact>
              {(id) => (
                <select
                  id={id}
                  value={filters.status ?? ''}
                  onChange={(e) => set({ status: e.target.value })}
                >
                  <option value="">{t('accountability.page.all')}</option>
                  <option value="open">{t('accountability.findingStatus.open')}</option>
                  <option value="closed">{t('accountability.findingStatus.closed')}</option>
                </select>
              )}
            </Field>
          )}
          {staff && (
            <label className="check">
              <input
                type="checkbox"
                checked={filters.overdue ?? false}
                onChange={(e) => set({ overdue: e.target.checked ? 'true' : '' })}
              />
              {t('accountability.page.overdueOnly')}
            </label>
          )}
        </div>
      </section>
      {failed && (
        <p role="alert" className="error">
          {t('accountability.loadFailed', { message: failed.message })}
        </p>
      )}
      {summary.isLoading && <p role="status">{t('app.loading')}</p>}
      {summary.data && <SummarySection summary={summary.data} locale={locale} />}
      {!staff && summary.data && (
        <section aria-labelledby="acc-shared-title">
          <h2 id="acc-shared-title">{t('accountability.page.shared')}</h2>
          <SharedFindings findings={summary.data.shared} locale={locale} empty={t('accountability.none')} />
        </section>
      )}
      {staff && (
        <div className="acc-grid">
          <section aria-labelledby="acc-findings-title">
            <h2 id="acc-findings-title">{t('accountability.page.findings')}</h2>
            {findings.data && findings.data.findings.length === 0 && (
              <p>{t('accountability.page.noFindings')}</p>
            )}
            <ul className="acc-list">
              {(findings.data?.findings ?? []).map((f) => (
                <li key={f.id} className={f.actions.overdue > 0 ? 'acc-list--overdue' : undefined}>
                  <Link to={`/accountability/findings/${f.id}`}>
                    <strong>{f.title}</strong>
                  </Link>
                  <p className="acc-meta">
                    {t('accountability.page.findingMeta', {
                      category: t(`accountability.category.${f.category}`),
                      scope: scopeInWords(t, f.scope, locale),
                      date: formatDay(f.createdAt, locale),
                    })}
                  </p>
                  <p className="acc-meta">
                    <span className="acc-status">{t(`accountability.findingStatus.${f.status}`)}</span>{' '}
                    {t('accountability.page.actionCounts', { open: f.actions.open, total: f.actions.total })}
                    {f.actions.overdue > 0 && (
                      <span className="acc-overdue">
                        {' '}
                        · {t('accountability.page.overdueCount', { n: f.actions.overdue })}
                      </span>
                    )}
                    {' · '}
                    {t(`accountability.visibility.${f.visibility}`)}
                  </p>
                </li>
              ))}
            </ul>
          </section>
          <div>
            <section aria-labelledby="acc-mine-title">
              <h2 id="acc-mine-title">{t('accountability.page.myActions')}</h2>
              <ActionsList
                actions={mine.data?.actions}
                empty={t('accountability.page.noMyActions')}
                locale={locale}
              />
            </section>
            <section aria-labelledby="acc-overdue-title">
              <h2 id="acc-overdue-title">{t('accountability.page.overdueList')}</h2>
              <ActionsList
                actions={overdue.data?.actions}
                empty={t('accountability.page.noOverdue')}
                locale={locale}
              />
            </section>
            <section aria-labelledby="acc-download-title" className="panel">
              <h2 id="acc-download-title">{t('accountability.page.download')}</h2>
              <div className="actions">
                <a className="button" href={`${actionsExportPath('csv')}${exportQuery}`} download>
                  {t('accountability.page.downloadCsv')}
                </a>
                <a className="button" href={`${actionsExportPath('xlsx')}${exportQuery}`} download>
                  {t('accountability.page.downloadXlsx')}
                </a>
              </div>
            </section>
          </div>
        </div>
      )}
      {staff && <TriageSection sites={siteList} locale={locale} />}
    </main>
  );
}
