import './setup.ts';
import { type EscalationLevel, type FindingVisibility, resolveText, SurveyVersionAnswer } from '@kolo/schema';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiRequestError } from '../api/client.ts';
import { answer, kolo, parsedAnswer } from '../api/kolo.ts';
import { useSession } from '../auth/session.tsx';
import { apiErrorText } from '../i18n/api-error.ts';
import { Field } from '../layout/field.tsx';
import { ActionCard } from './action-card.tsx';
import { ActionForm } from './action-form.tsx';
import type { FindingDetail } from './api.ts';
import { EvidenceCard } from './evidence-card.tsx';
import { formatDay, scopeInWords } from './words.ts';

const LEVEL_OF_SCOPE: Record<FindingDetail['scope']['level'], EscalationLevel> = {
  site: 'site',
  region: 'region',
  country: 'national',
  network: 'national',
};

/** The name of the evidence's indicator or question in the survey, when the survey is at hand. */
function useTargetName(finding: FindingDetail | undefined, locale: string) {
  const surveyId = finding?.evidence?.surveyId;
  const survey = useQuery({
    queryKey: ['survey', surveyId],
    queryFn: () =>
      parsedAnswer(SurveyVersionAnswer, kolo.api.surveys[':id'].$get({ param: { id: surveyId ?? '' } })),
    enabled: Boolean(surveyId),
  });
  const definition = survey.data?.definition;
  const target = finding?.evidence?.target;
  if (!definition || !target) return {};
  const label =
    target.kind === 'indicator'
      ? definition.indicators?.find((i) => i.id === target.indicatorId)?.label
      : definition.sections.flatMap((s) => s.items).find((i) => i.id === target.questionId)?.label;
  return {
    surveyTitle: resolveText(definition.title, locale),
    targetName: label ? resolveText(label, locale) : undefined,
  };
}

/** Notes on a finding: comments, and corrections (the evidence itself is never edited). */
function NoteForm({ findingId }: { findingId: string }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [kind, setKind] = useState<'comment' | 'correction'>('comment');
  const [body, setBody] = useState('');
  const [problem, setProblem] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!body.trim()) return setProblem(t('accountability.finding.needNote'));
    setProblem('');
    try {
      await answer(
        kolo.api.findings[':id'].notes.$post({ param: { id: findingId }, json: { kind, body: body.trim() } }),
      );
      setBody('');
      await client.invalidateQueries({ queryKey: ['accountability'] });
    } catch (error) {
      setProblem(
        t('accountability.saveFailed', {
          message: apiErrorText(t, error),
        }),
      );
    }
  };
  return (
    <form className="stack acc-inline-form" noValidate onSubmit={(e) => void submit(e)}>
      <Field label={t('accountability.finding.noteKind')}>
        {(id) => (
          <select id={id} value={kind} onChange={(e) => setKind(e.target.value as 'comment' | 'correction')}>
            <option value="comment">{t('accountability.finding.comment')}</option>
            <option value="correction">{t('accountability.finding.correction')}</option>
          </select>
        )}
      </Field>
      <Field label={t('accountability.finding.noteText')}>
        {(id) => (
          <textarea
            id={id}
            rows={3}
            maxLength={4000}
            value={body}
            onChange={(e) => setBody(e.target.value)}
          />
        )}
      </Field>
      {problem && (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
      <div className="actions">
        <button type="submit">{t('accountability.finding.addNote')}</button>
      </div>
    </form>
  );
}

/**
 * One finding: its evidence as raised, description, who can see it, notes, the observations it
 * came from, and its actions with history and follow-up; admins can delete it (audited, soft).
 */
export function FindingPage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const { findingId = '' } = useParams();
  const { me } = useSession();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [failed, setFailed] = useState('');
  const finding = useQuery({
    queryKey: ['accountability', 'finding', findingId],
    queryFn: () => answer(kolo.api.findings[':id'].$get({ param: { id: findingId } })),
    retry: (count, error) => !(error instanceof ApiRequestError && error.status === 404) && count < 2,
  });
  const sites = useQuery({ queryKey: ['sites'], queryFn: () => answer(kolo.api.sites.$get()) });
  const names = useTargetName(finding.data, locale);
  const editable = me?.role === 'staff' || me?.role === 'admin';

  if (finding.isLoading)
    return (
      <main id="main" className="page">
        {t('app.loading')}
      </main>
    );
  if (finding.error || !finding.data) {
    const missing = finding.error instanceof ApiRequestError && finding.error.status === 404;
    return (
      <main id="main" className="page">
        <p role="alert">
          {missing
            ? t('accountability.finding.notFound')
            : t('accountability.loadFailed', { message: finding.error?.message ?? '' })}
        </p>
        <Link to="/accountability">{t('accountability.finding.back')}</Link>
      </main>
    );
  }
  const f = finding.data;
  const patch = async (change: { visibility: FindingVisibility }) => {
    setFailed('');
    try {
      await answer(kolo.api.findings[':id'].$patch({ param: { id: f.id }, json: change }));
      await client.invalidateQueries({ queryKey: ['accountability'] });
    } catch (error) {
      setFailed(
        t('accountability.saveFailed', {
          message: apiErrorText(t, error),
        }),
      );
    }
  };
  const remove = async () => {
    if (!window.confirm(t('accountability.finding.deleteConfirm'))) return;
    try {
      await answer(kolo.api.findings[':id'].$delete({ param: { id: f.id } }));
      await client.invalidateQueries({ queryKey: ['accountability'] });
      navigate('/accountability', { replace: true, state: { deleted: true } });
    } catch (error) {
      setFailed(
        t('accountability.saveFailed', {
          message: apiErrorText(t, error),
        }),
      );
    }
  };
  return (
    <main id="main" className="page narrow-wide">
      <p>
        <Link to="/accountability">{t('accountability.finding.back')}</Link>
      </p>
      <h1>{f.title}</h1>
      <p className="acc-meta">
        {t(`accountability.category.${f.category}`)} · {scopeInWords(t, f.scope, locale)} ·{' '}
        <span className="acc-status">{t(`accountability.findingStatus.${f.status}`)}</span>
      </p>
      {f.createdBy && (
        <p className="acc-meta">
          {t('accountability.finding.raisedBy', {
            name: f.createdBy.name,
            date: formatDay(f.createdAt, locale),
          })}
        </p>
      )}
      <section aria-labelledby="evidence-title" className="panel">
        <h2 id="evidence-title">{t('accountability.evidence.title')}</h2>
        {f.evidence ? (
          <EvidenceCard evidence={f.evidence} sites={sites.data?.sites ?? []} locale={locale} {...names} />
        ) : (
          <p>{t('accountability.evidence.none')}</p>
        )}
      </section>
      {f.description && (
        <section aria-labelledby="description-title">
          <h2 id="description-title">{t('accountability.finding.description')}</h2>
          <p className="pre-wrap">{f.description}</p>
        </section>
      )}
      {editable && (
        <Field label={t('accountability.finding.visibility')}>
          {(id) => (
            <select
              id={id}
              value={f.visibility}
              onChange={(e) => void patch({ visibility: e.target.value as FindingVisibility })}
            >
              {(['internal', 'shared_with_funders', 'published'] as const).map((v) => (
                <option key={v} value={v}>
                  {t(`accountability.visibility.${v}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {failed && (
        <p className="error" role="alert">
          {failed}
        </p>
      )}
      <section aria-labelledby="actions-title">
        <h2 id="actions-title">{t('accountability.finding.actions')}</h2>
        {f.actionList.length === 0 && <p>{t('accountability.finding.noActions')}</p>}
        <div className="stack">
          {f.actionList.map((a) => (
            <ActionCard key={a.id} action={a} locale={locale} editable={editable} />
          ))}
          {editable && <ActionForm findingId={f.id} defaultLevel={LEVEL_OF_SCOPE[f.scope.level]} />}
        </div>
      </section>
      <section aria-labelledby="notes-title">
        <h2 id="notes-title">{t('accountability.finding.notes')}</h2>
        {f.notes.length === 0 && <p>{t('accountability.none')}</p>}
        <ul className="acc-list">
          {f.notes.map((n) => (
            <li key={n.id}>
              {n.kind === 'correction' && <strong>{t('accountability.finding.correctionMark')}: </strong>}
              <span className="pre-wrap">{n.body}</span>
              <p className="acc-meta">
                {n.by?.name ?? '—'} · {formatDay(n.at, locale)}
              </p>
            </li>
          ))}
        </ul>
        {editable && <NoteForm findingId={f.id} />}
      </section>
      {f.observations.length > 0 && (
        <section aria-labelledby="observations-title">
          <h2 id="observations-title">{t('accountability.finding.observations')}</h2>
          <ul className="acc-list">
            {f.observations.map((o) => (
              <li key={o.id}>
                <strong>
                  {t('accountability.triage.item', {
                    category: t(`accountability.category.${o.category}`),
                    site: o.siteName,
                    date: formatDay(o.observedOn, locale),
                  })}
                </strong>
                <p>{o.text}</p>
              </li>
            ))}
          </ul>
        </section>
      )}
      {me?.role === 'admin' && (
        <section className="panel">
          <button type="button" className="danger" onClick={() => void remove()}>
            {t('accountability.finding.delete')}
          </button>
        </section>
      )}
    </main>
  );
}
