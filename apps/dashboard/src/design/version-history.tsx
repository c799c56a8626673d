import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dateFormat } from '../i18n/month-names.ts';
import { ChangeSummaryView } from './change-summary.tsx';
import { downloadXlsForm, loadVersions } from './design-api.ts';

/** Every published version, newest first, with what it changed and its XLSForm. */
export function VersionHistory({ surveyId }: { surveyId: string }) {
  const { t, i18n } = useTranslation();
  const [failed, setFailed] = useState('');
  const { data, isLoading, isError } = useQuery({
    queryKey: ['survey-versions', surveyId],
    queryFn: () => loadVersions(surveyId),
  });
  const versions = [...(data ?? [])].reverse();
  const date = dateFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">{t('design.history.title')}</h2>
      {isLoading ? <p>{t('app.loading')}</p> : null}
      {isError ? <p className="error">{t('design.history.failed')}</p> : null}
      {data && versions.length === 0 ? <p className="note">{t('design.history.none')}</p> : null}
      {failed ? (
        <p className="error" role="alert">
          {failed}
        </p>
      ) : null}
      <ol className="version-list" reversed>
        {versions.map((v) => (
          <li key={v.version} className="panel">
            <h3>
              {t('design.history.version', { version: v.version })} ·{' '}
              <time dateTime={v.publishedAt}>{date.format(new Date(v.publishedAt))}</time>
            </h3>
            {v.changeSummary ? <ChangeSummaryView changes={v.changeSummary} /> : null}
            <button
              type="button"
              className="small"
              onClick={() =>
                void downloadXlsForm(surveyId, { version: v.version }).catch(() =>
                  setFailed(t('design.history.downloadFailed')),
                )
              }
            >
              {t('design.history.download', { version: v.version })}
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
