import './setup.ts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Action } from './api.ts';
import { formatDay } from './words.ts';

/** A short list of actions (my actions, overdue actions), each linking to its finding. */
export function ActionsList({
  actions,
  empty,
  locale,
}: {
  actions: readonly Action[] | undefined;
  empty: string;
  locale: string;
}) {
  const { t } = useTranslation();
  if (!actions) return <p role="status">{t('app.loading')}</p>;
  if (actions.length === 0) return <p>{empty}</p>;
  return (
    <ul className="acc-list">
      {actions.map((a) => (
        <li key={a.id} className={a.overdue ? 'acc-list--overdue' : undefined}>
          <Link to={`/accountability/findings/${a.findingId}#action-${a.id}`}>{a.findingTitle}</Link>
          <p className="acc-meta">
            {a.dutyBearer.institution} ·{' '}
            <span className="acc-status">{t(`accountability.status.${a.status}`)}</span>
          </p>
          <p className={a.overdue ? 'acc-overdue' : 'acc-meta'}>
            {a.overdue
              ? `${t('accountability.action.overdue')}: ${t('accountability.page.due', { date: formatDay(a.dueDate, locale) })}`
              : t('accountability.page.due', { date: formatDay(a.dueDate, locale) })}
          </p>
        </li>
      ))}
    </ul>
  );
}
