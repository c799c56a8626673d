import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dateFormat } from '../i18n/month-names.ts';
import type { ObservationPayload, OutboxEntry } from '../offline/cache.ts';
import { discardEntry, onOutboxChange, queuedObservations } from '../offline/outbox.ts';
import { useCollectData } from './collect-data.ts';
import { registerObservationMessages } from './observation-messages/register.ts';

registerObservationMessages();

/** The field observations waiting on this device or set aside by the server, shown in the outbox. */
export function ObservationOutbox() {
  const { t, i18n: current } = useTranslation();
  const [entries, setEntries] = useState<OutboxEntry<ObservationPayload>[]>([]);
  const { data } = useCollectData();
  useEffect(() => {
    const refresh = () =>
      void queuedObservations()
        .then(setEntries)
        .catch(() => setEntries([]));
    refresh();
    return onOutboxChange(refresh);
  }, []);
  if (entries.length === 0) return null;
  const siteName = (id: string) => data?.sites.find((s) => s.id === id)?.name ?? '—';
  const date = (iso: string) =>
    dateFormat(current.language, { dateStyle: 'medium', timeZone: 'UTC' }).format(
      new Date(`${iso}T00:00:00Z`),
    );
  return (
    <section aria-labelledby="observations-title">
      <h2 id="observations-title">{t('observe.queueTitle')}</h2>
      <ul className="cards">
        {entries.map((e) => (
          <li key={e.id} className={e.status === 'rejected' ? 'card rejected' : 'card'}>
            <strong>
              {t('observe.queueItem', {
                category: t(`observe.category_${e.payload.category}`),
                site: siteName(e.payload.siteId),
                date: date(e.payload.observedOn),
              })}
            </strong>
            {e.status === 'pending' ? (
              <span>
                {t('observe.queueWaiting')} · {t('queue.attempts', { count: e.attempts })}
              </span>
            ) : (
              <>
                <span className="error">
                  {t('observe.queueRejected', { message: e.reason?.message ?? '' })}
                </span>
                <button
                  type="button"
                  onClick={() => {
                    if (window.confirm(t('queue.discardConfirm'))) void discardEntry(e.id);
                  }}
                >
                  {t('queue.discard')}
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
