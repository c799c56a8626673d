import { resolveText } from '@kolo/schema';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { answer, kolo } from '../api/kolo.ts';
import { useSession } from '../auth/session.tsx';
import { monthOf } from '../i18n/month-names.ts';
import { quarterOf } from '../i18n/quarter-names.ts';
import { ScorecardLegend, ScorecardTable, type ScorecardView } from './scorecard-table.tsx';
import type { Scorecard } from './scorecard-types.ts';
import { StandardsEditor } from './standards-editor.tsx';
import { ValidationPanel } from './validation-panel.tsx';

const GROUPS = ['site', 'city', 'country'] as const;
type Group = (typeof GROUPS)[number];

/** `2026-01-01` as a month name in the reader's language. */
const monthName = (day: string, locale: string) => monthOf(day, locale);

/** Validation notes: preliminary months (staff) or months withheld as not validated (funders). */
export function ValidationNotes({ card }: { card: Scorecard }) {
  const {
    t,
    i18n: { language },
  } = useTranslation();
  const months = (list: string[]) => list.map((m) => monthName(m, language)).join(', ');
  return (
    <>
      {card.validation.preliminaryMonths.length > 0 && (
        <p className="note" role="status">
          <span className="sc-badge">{t('scorecard.preliminary')}</span>{' '}
          {t('scorecard.preliminaryNote', { months: months(card.validation.preliminaryMonths) })}
        </p>
      )}
      {card.validation.withheldMonths.length > 0 && (
        <p className="note" role="status">
          {t('scorecard.withheldNote', { months: months(card.validation.withheldMonths) })}
        </p>
      )}
    </>
  );
}

/** The scorecard page: sites (or cities, countries) x indicators against the standards for a quarter. */
export function ScorecardPage() {
  const {
    t,
    i18n: { language },
  } = useTranslation();
  const { me } = useSession();
  const staff = me?.role === 'staff' || me?.role === 'admin';
  const [params, setParams] = useSearchParams();
  const [editing, setEditing] = useState(false);
  const surveys = useQuery({
    queryKey: ['surveys'],
    queryFn: () => answer(kolo.api.surveys.$get()),
  });
  const published = (surveys.data?.surveys ?? []).filter((s) => s.version !== null);
  const surveyId = params.get('survey') ?? published[0]?.id ?? '';
  const quarter = params.get('quarter') ?? '';
  const groupBy = (GROUPS as readonly string[]).includes(params.get('by') ?? '')
    ? (params.get('by') as Group)
    : 'site';
  const view: ScorecardView = params.get('view') === 'league' ? 'league' : 'table';
  const set = (key: string, value: string) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  const [from, to] = quarter.split('/');
  const query = { groupBy, ...(from && to ? { from, to } : {}) };
  const card = useQuery({
    queryKey: ['scorecard', surveyId, query],
    queryFn: () => answer(kolo.api.surveys[':id'].scorecard.$get({ param: { id: surveyId }, query })),
    enabled: surveyId !== '',
    staleTime: 30_000,
  });
  const data = card.data;
  const currentQuarter = data?.period.label ?? null;
  return (
    <main id="main" className="page stack sc-page">
      <h1>{t('scorecard.title')}</h1>
      <p className="note">{t('scorecard.intro')}</p>
      {surveys.isSuccess && published.length === 0 && <p>{t('scorecard.noSurveys')}</p>}
      <div className="sc-controls">
        <label className="field">
          {t('scorecard.survey')}
          <select value={surveyId} onChange={(e) => set('survey', e.target.value)}>
            {published.map((s) => (
              <option key={s.id} value={s.id}>
                {resolveText(s.title, language)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          {t('scorecard.period')}
          <select
            value={data ? `${data.period.from}/${data.period.to}` : quarter}
            onChange={(e) => set('quarter', e.target.value)}
          >
            {data && !data.quarters.some((q) => q.from === data.period.from && q.to === data.period.to) && (
              <option value={`${data.period.from}/${data.period.to}`}>
                {data.period.label ?? `${data.period.from} – ${data.period.to}`}
              </option>
            )}
            {(data?.quarters ?? []).map((q) => (
              <option key={q.label} value={`${q.from}/${q.to}`}>
                {quarterOf(q.from, language)}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="segmented">
          <legend>{t('scorecard.groupBy')}</legend>
          {GROUPS.map((g) => (
            <label key={g}>
              <input type="radio" name="sc-group" checked={groupBy === g} onChange={() => set('by', g)} />
              {t(`scorecard.group.${g}`)}
            </label>
          ))}
        </fieldset>
        <fieldset className="segmented">
          <legend>{t('scorecard.view')}</legend>
          {(['table', 'league'] as const).map((v) => (
            <label key={v}>
              <input type="radio" name="sc-view" checked={view === v} onChange={() => set('view', v)} />
              {t(`scorecard.views.${v}`)}
            </label>
          ))}
        </fieldset>
      </div>
      {card.isLoading && <p aria-live="polite">{t('scorecard.loading')}</p>}
      {card.isError && (
        <p role="alert" className="error">
          {t('scorecard.failed')}
        </p>
      )}
      {data && (
        <>
          <ValidationNotes card={data} />
          <ScorecardLegend card={data} />
          <ScorecardTable card={data} view={view} />
        </>
      )}
      {staff && surveyId && (
        <>
          <div className="actions">
            <button
              type="button"
              className="button secondary"
              aria-expanded={editing}
              onClick={() => setEditing((e) => !e)}
            >
              {t('scorecard.standards.open')}
            </button>
          </div>
          {editing && <StandardsEditor surveyId={surveyId} />}
          <ValidationPanel
            key={`${surveyId}-${currentQuarter ?? ''}`}
            surveyId={surveyId}
            quarter={currentQuarter}
            isAdmin={me?.role === 'admin'}
          />
        </>
      )}
    </main>
  );
}
