import { resolveText } from '@kolo/schema/forms';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dateFormat } from '../i18n/month-names.ts';
import type { OutboxEntry } from '../offline/cache.ts';
import {
  discardEntry,
  onOutboxChange,
  outboxEntries,
  queuedObservations,
  type SyncReport,
  syncOutbox,
} from '../offline/outbox.ts';
import { useCollectData } from './collect-data.ts';
import { ObservationOutbox } from './observation-outbox.tsx';

function reasonText(
  t: (key: string, options?: Record<string, unknown>) => string,
  entry: OutboxEntry,
): string {
  const reason = entry.reason;
  if (!reason) return '';
  if (reason.status === 409) return t('queue.reasonConflict');
  if (reason.status === 403) return t('queue.reasonForbidden');
  const details = Object.entries(reason.errors ?? {})
    .map(([path, messages]) => `${path}: ${messages.join(', ')}`)
    .join('; ');
  return t('queue.reasonInvalid', { details: details || reason.message });
}

/** What is waiting on this device, what was set aside and why; send now or delete. */
export function OutboxPage() {
  const { t, i18n } = useTranslation();
  const [entries, setEntries] = useState<OutboxEntry[]>([]);
  const [syncing, setSyncing] = useState(false);
  const [observations, setObservations] = useState(0);
  const [report, setReport] = useState<SyncReport | null>(null);
  const { data } = useCollectData();
  /** The survey's title in the UI language; its id only when the survey is no longer published here. */
  const title = (surveyId: string) => {
    const survey = data?.surveys.find((s) => s.id === surveyId);
    return survey ? resolveText(survey.title, i18n.language) : surveyId;
  };
  useEffect(() => {
    const refresh = () => {
      void outboxEntries().then(setEntries);
      void queuedObservations().then((o) => setObservations(o.filter((e) => e.status === 'pending').length));
    };
    refresh();
    return onOutboxChange(refresh);
  }, []);
  const time = (ms: number | null) =>
    ms === null
      ? '—'
      : dateFormat(i18n.language, { dateStyle: 'short', timeStyle: 'short' }).format(new Date(ms));
  const pending = entries.filter((e) => e.status === 'pending');
  const rejected = entries.filter((e) => e.status === 'rejected');
  return (
    <main id="main" className="page narrow">
      <h1>{t('queue.title')}</h1>
      <p role="status">
        {entries.length === 0 && observations === 0
          ? t('queue.empty')
          : pending.length === 0 && observations > 0
            ? `${t('observe.queueTitle')}: ${observations}`
            : t('queue.count', { count: pending.length })}
      </p>
      {pending.length + observations > 0 && (
        <button
          type="button"
          className="primary"
          disabled={syncing}
          onClick={() => {
            setSyncing(true);
            void syncOutbox(true)
              .then(setReport)
              .catch(() => setReport(null))
              .finally(() => setSyncing(false));
          }}
        >
          {syncing ? t('queue.syncing') : t('queue.syncNow')}
        </button>
      )}
      {report?.stopped === 'auth' && <p role="alert">{t('queue.reasonAuth')}</p>}
      {pending.length > 0 && (
        <section aria-labelledby="waiting-title">
          <h2 id="waiting-title">{t('queue.waiting')}</h2>
          <ul className="cards">
            {pending.map((e) => (
              <li key={e.id} className="card">
                <strong>{title(e.payload.surveyId)}</strong>
                <span>{t('queue.collectedAt', { time: time(Date.parse(e.payload.collectedAt)) })}</span>
                <span>{t('queue.attempts', { count: e.attempts })}</span>
                {e.lastAttemptAt !== null && (
                  <span>{t('queue.lastTry', { time: time(e.lastAttemptAt) })}</span>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {rejected.length > 0 && (
        <section aria-labelledby="failed-title">
          <h2 id="failed-title">{t('queue.failed')}</h2>
          <ul className="cards">
            {rejected.map((e) => (
              <li key={e.id} className="card rejected">
                <strong>{title(e.payload.surveyId)}</strong>
                <span>{t('queue.collectedAt', { time: time(Date.parse(e.payload.collectedAt)) })}</span>
                <span className="error">{reasonText(t, e)}</span>
                <button
                  type="button"
                  onClick={() => {
                    if (window.confirm(t('queue.discardConfirm'))) void discardEntry(e.id);
                  }}
                >
                  {t('queue.discard')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <ObservationOutbox />
    </main>
  );
}
