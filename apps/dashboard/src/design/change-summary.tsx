import { useTranslation } from 'react-i18next';
import type { ChangeSummary } from './design-api.ts';

/** Items and lookup tables added, removed and changed by a version, and its note. */
export function ChangeSummaryView({ changes }: { changes: ChangeSummary }) {
  const { t } = useTranslation();
  const groups = [
    ['added', changes.added],
    ['removed', changes.removed],
    ['changed', changes.changed],
    ['lookupsAdded', changes.lookups?.added ?? []],
    ['lookupsRemoved', changes.lookups?.removed ?? []],
    ['lookupsChanged', changes.lookups?.changed ?? []],
  ] as const;
  const empty = groups.every(([, ids]) => ids.length === 0);
  return (
    <div className="change-summary">
      {changes.note ? <p className="change-note">“{changes.note}”</p> : null}
      {empty ? (
        <p className="note">{t('design.changes.none')}</p>
      ) : (
        <dl>
          {groups
            .filter(([, ids]) => ids.length > 0)
            .map(([kind, ids]) => (
              <div key={kind}>
                <dt>{t(`design.changes.${kind}`, { n: ids.length })}</dt>
                <dd>
                  {ids.map((id) => (
                    <code key={id}>{id}</code>
                  ))}
                </dd>
              </div>
            ))}
        </dl>
      )}
    </div>
  );
}
