import { resolveText } from '@kolo/schema';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { type Answer, answer, kolo } from '../api/kolo.ts';
import type { Site } from '../api/types.ts';
import { apiErrorText } from '../i18n/api-error.ts';
import { countryName } from '../i18n/country-names.ts';
import { i18n as appI18n } from '../i18n/index.ts';
import { dateFormat } from '../i18n/month-names.ts';
import { filtersFromParams, type ShareFilters, shareFilters } from '../insights/filters.ts';
import { addInsightsMessages } from '../insights/messages/index.ts';
import { Field } from '../layout/field.tsx';
import { filterSummary } from './filter-summary.ts';

addInsightsMessages(appI18n);

/** A share link as `GET /api/share-links` lists it. */
type ShareLink = Answer<(typeof kolo.api)['share-links']['$get']>['links'][number];

/** The API's filter view as the filters a link keeps (nulls and empty lists left out). */
export function keptFilters(view: ShareLink['filters']): ShareFilters {
  const out: ShareFilters = {};
  if (view.from) out.from = view.from;
  if (view.to) out.to = view.to;
  if (view.country.length) out.country = view.country;
  if (view.siteId.length) out.siteId = view.siteId;
  if (view.serviceType) out.serviceType = view.serviceType;
  if (view.filter.length) out.filter = view.filter;
  return out;
}

/**
 * Staff create revocable public links to a survey's aggregate dashboard. Opened from Insights'
 * "Share" (`?share=<survey>&<filters>`), the form starts with that survey and keeps those filters.
 */
export function ShareLinksSection({ sites = [] }: { sites?: readonly Site[] }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const client = useQueryClient();
  const [params] = useSearchParams();
  const links = useQuery({
    queryKey: ['share-links'],
    queryFn: () => answer(kolo.api['share-links'].$get()),
  });
  const surveys = useQuery({
    queryKey: ['surveys'],
    queryFn: () => answer(kolo.api.surveys.$get()),
  });
  const [surveyId, setSurveyId] = useState(params.get('share') ?? '');
  // the view Insights shared, fixed to dates today; dropped when another survey is chosen
  const [filters, setFilters] = useState<ShareFilters>(() =>
    params.get('share') ? shareFilters(filtersFromParams(params)) : {},
  );
  const [label, setLabel] = useState('');
  const [expiresOn, setExpiresOn] = useState('');
  const [showScorecard, setShowScorecard] = useState(false);
  const [showAccountability, setShowAccountability] = useState(false);
  const [created, setCreated] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const published = (surveys.data?.surveys ?? []).filter((s) => s.version !== null);
  const chosen = surveyId || published[0]?.id || '';
  const summary = (f: ShareFilters) =>
    filterSummary(f, { t, locale, sites, countryName: (c) => countryName(c, locale) });
  const surveyTitle = (id: string) => {
    const survey = published.find((s) => s.id === id);
    return survey ? resolveText(survey.title, locale) : id;
  };
  const create = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setCopied(false);
    try {
      const result = await answer(
        kolo.api['share-links'].$post({
          json: {
            surveyId: chosen,
            ...(label ? { label } : {}),
            filters,
            ...(expiresOn ? { expiresOn } : {}),
            showScorecard,
            showAccountability,
          },
        }),
      );
      setCreated(`${window.location.origin}${result.path}`);
      void client.invalidateQueries({ queryKey: ['share-links'] });
    } catch (e) {
      setError(t('insights.shareLink.failed', { message: apiErrorText(t, e) }));
    }
  };
  const revoke = async (id: string) => {
    if (!window.confirm(t('insights.shareLink.revokeConfirm'))) return;
    await answer(kolo.api['share-links'][':id'].$delete({ param: { id } }));
    void client.invalidateQueries({ queryKey: ['share-links'] });
  };
  const date = dateFormat(locale, { dateStyle: 'medium' });
  const today = new Date().toISOString().slice(0, 10);
  const kept = summary(filters);
  const status = (l: ShareLink) =>
    l.revokedAt
      ? t('insights.shareLink.revoked')
      : l.expiresAt && new Date(l.expiresAt) <= new Date()
        ? t('insights.shareLink.expired')
        : l.expiresAt
          ? t('insights.shareLink.expiresOn', { date: date.format(new Date(l.expiresAt)) })
          : t('insights.shareLink.active');
  return (
    <section aria-labelledby="share-title">
      <h2 id="share-title">{t('insights.shareLink.title')}</h2>
      <p className="note">{t('insights.shareLink.intro')}</p>
      <form onSubmit={create} className="stack card">
        <Field label={t('insights.shareLink.survey')}>
          {(id) => (
            <select
              id={id}
              value={chosen}
              onChange={(e) => {
                setSurveyId(e.target.value);
                setFilters({});
              }}
            >
              {published.map((s) => (
                <option key={s.id} value={s.id}>
                  {resolveText(s.title, locale)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="field">
          <span>{t('insights.shareLink.filters')}</span>
          {kept.length === 0 ? (
            <p className="note">{t('insights.shareLink.noFilters')}</p>
          ) : (
            <ul className="kept-filters">
              {kept.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
        </div>
        <Field label={t('insights.shareLink.label')}>
          {(id) => <input id={id} value={label} maxLength={200} onChange={(e) => setLabel(e.target.value)} />}
        </Field>
        <Field label={t('insights.shareLink.expires')}>
          {(id) => (
            <input
              id={id}
              type="date"
              min={today}
              value={expiresOn}
              onChange={(e) => setExpiresOn(e.target.value)}
            />
          )}
        </Field>
        <label className="check">
          <input
            type="checkbox"
            checked={showScorecard}
            onChange={(e) => setShowScorecard(e.target.checked)}
          />
          {t('insights.shareLink.showScorecard')}
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={showAccountability}
            onChange={(e) => setShowAccountability(e.target.checked)}
          />
          {t('insights.shareLink.showAccountability')}
        </label>
        <button type="submit" className="primary" disabled={!chosen}>
          {t('insights.shareLink.create')}
        </button>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        {created && (
          <div role="status" className="success">
            <p>{t('insights.shareLink.created')}</p>
            <input
              readOnly
              value={created}
              aria-label={t('insights.shareLink.copy')}
              onFocus={(e) => e.target.select()}
            />
            <button
              type="button"
              onClick={() => void navigator.clipboard?.writeText(created).then(() => setCopied(true))}
            >
              {copied ? t('insights.shareLink.copied') : t('insights.shareLink.copy')}
            </button>
          </div>
        )}
      </form>
      {(links.data?.links ?? []).length === 0 ? (
        <p>{t('insights.shareLink.none')}</p>
      ) : (
        <ul className="cards share-links">
          {(links.data?.links ?? []).map((l) => (
            <li key={l.id} className="card">
              <strong>{l.label ?? surveyTitle(l.surveyId)}</strong>
              <span>
                {surveyTitle(l.surveyId)} · {date.format(new Date(l.createdAt))} · {status(l)}
              </span>
              <span className="note">
                {summary(keptFilters(l.filters)).join('; ') || t('insights.shareLink.noFilters')}
                {l.shows.scorecard ? ` · ${t('insights.sharePage.scorecard')}` : ''}
                {l.shows.accountability ? ` · ${t('insights.sharePage.accountability')}` : ''}
              </span>
              {!l.revokedAt && (
                <button type="button" onClick={() => void revoke(l.id)}>
                  {t('insights.shareLink.revoke')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
