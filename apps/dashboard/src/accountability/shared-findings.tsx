import './setup.ts';
import { useTranslation } from 'react-i18next';
import type { SharedFinding } from './api.ts';
import { formatDay, scopeInWords } from './words.ts';

/**
 * Findings as funders and public boards see them: title, kind, where, and the state of their
 * actions; never a description, a note or a field observation's text.
 */
export function SharedFindings({
  findings,
  locale,
  empty,
}: {
  findings: readonly SharedFinding[];
  locale: string;
  empty: string;
}) {
  const { t } = useTranslation();
  if (findings.length === 0) return <p>{empty}</p>;
  return (
    <ul className="acc-list">
      {findings.map((f) => (
        <li key={f.id}>
          <h3>{f.title}</h3>
          <p className="acc-meta">
            {t(`accountability.category.${f.category}`)} · {scopeInWords(t, f.scope, locale)} ·{' '}
            {t('accountability.board.raised', { date: formatDay(f.raisedOn, locale) })} ·{' '}
            <span className="acc-status">{t(`accountability.findingStatus.${f.status}`)}</span>
          </p>
          {f.actions.length > 0 && (
            <ul>
              {f.actions.map((a, i) => (
                <li key={`${f.id}-${i}`}>
                  {t('accountability.board.actionLine', {
                    status: t(`accountability.status.${a.status}`),
                    type: t(`accountability.dutyBearerType.${a.dutyBearerType}`),
                    level: t(`accountability.level.${a.level}`),
                    date: formatDay(a.dueDate, locale),
                  })}
                  {a.overdue && <span className="acc-overdue"> · {t('accountability.action.overdue')}</span>}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}
