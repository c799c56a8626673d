import { resolveText } from '@kolo/schema';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { answer, kolo } from '../api/kolo.ts';
import { StartSurvey } from './start-survey.tsx';

/** Staff's surveys with their state (published version, unpublished draft), and how to start a new one. */
export function SurveyList() {
  const { t, i18n } = useTranslation();
  const { data, isLoading, isError } = useQuery({
    queryKey: ['surveys'],
    queryFn: () => answer(kolo.api.surveys.$get()),
  });
  return (
    <main id="main" className="page">
      <h1>{t('design.title')}</h1>
      <StartSurvey />
      <h2>{t('design.drafts')}</h2>
      {isLoading ? <p>{t('app.loading')}</p> : null}
      {isError ? <p className="error">{t('design.listFailed')}</p> : null}
      <ul className="cards survey-cards">
        {(data?.surveys ?? []).map((s) => (
          <li key={s.id} className="card">
            <Link to={`/design/${s.id}`} className="survey-link">
              {resolveText(s.title, i18n.language) || s.id}
            </Link>
            <span className="note">
              <code>{s.id}</code> ·{' '}
              {s.version === null
                ? t('design.neverPublished')
                : t('design.history.version', { version: s.version })}
              {s.hasDraft ? ` · ${t('design.hasDraft')}` : ''}
            </span>
          </li>
        ))}
      </ul>
    </main>
  );
}
