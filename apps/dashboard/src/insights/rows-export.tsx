import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer, kolo } from '../api/kolo.ts';
import { downloadUrl } from './chart-export.ts';

export interface RowsExportProps {
  surveyId: string;
  /** The period and site the dashboard shows; the export takes these filters only. */
  from?: string | undefined;
  to?: string | undefined;
  siteId?: string | undefined;
  locale: string;
}

type Format = 'csv' | 'xlsx';

/** The address of a rows export with the dashboard's period and site, labels in the reader's language. */
export function rowsExportUrl(
  surveyId: string,
  format: Format,
  { from, to, siteId, locale }: Omit<RowsExportProps, 'surveyId'>,
  confirm?: string,
): string {
  const params = new URLSearchParams();
  if (from) params.set('from', from);
  if (to) params.set('to', to);
  if (siteId) params.set('siteId', siteId);
  params.set('labels', locale);
  if (confirm) {
    params.set('includeSensitive', 'true');
    params.set('confirm', confirm);
  }
  return `/api/surveys/${encodeURIComponent(surveyId)}/export.${format}?${params}`;
}

/**
 * Staff's download of a survey's rows as CSV or Excel. Sensitive and free-text answers only when
 * ticked: the dashboard then asks the server for a one-time confirmation (a same-origin POST that
 * no other site can make) and opens the export with it, which the server audits as a sensitive export.
 */
export function RowsExport(props: RowsExportProps) {
  const { t } = useTranslation();
  const [includeSensitive, setIncludeSensitive] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const download = async (format: Format) => {
    setError(null);
    if (!includeSensitive) return downloadUrl(rowsExportUrl(props.surveyId, format, props));
    setBusy(true);
    try {
      const { token } = await answer(
        kolo.api.surveys[':id']['export-confirmation'].$post({
          param: { id: encodeURIComponent(props.surveyId) },
          json: { format },
        }),
      );
      downloadUrl(rowsExportUrl(props.surveyId, format, props, token));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <fieldset className="rows-export no-print">
      <legend>{t('insights.exportRows')}</legend>
      <p className="hint">{t('insights.exportScope')}</p>
      <label>
        <input
          type="checkbox"
          checked={includeSensitive}
          onChange={(e) => setIncludeSensitive(e.currentTarget.checked)}
        />{' '}
        {t('insights.exportSensitive')}
      </label>
      <div className="actions">
        <button type="button" className="small" disabled={busy} onClick={() => void download('csv')}>
          {t('insights.exportRowsCsv')}
        </button>
        <button type="button" className="small" disabled={busy} onClick={() => void download('xlsx')}>
          {t('insights.exportRowsXlsx')}
        </button>
      </div>
      {error && <p role="alert">{t('insights.exportFailed', { message: error })}</p>}
    </fieldset>
  );
}
