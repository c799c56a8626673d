import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Answer, answer, kolo } from '../api/kolo.ts';
import { Field } from '../layout/field.tsx';
import { type AuditAction, en } from './messages/en.ts';

type AuditEntry = Answer<typeof kolo.api.audit.$get>['entries'][number];

/** Every audit action, from the names table (itself typed over the API's list, so none is left out). */
const AUDIT_ACTIONS = Object.keys(en.audit.actions) as AuditAction[];

/** The latest audit entries of the organization, actions and targets named (user, site, survey) in the reader's language. */
export function AuditSection() {
  const { t, i18n } = useTranslation();
  const [action, setAction] = useState<AuditAction | ''>('');
  const { data } = useQuery({
    queryKey: ['audit', action],
    queryFn: () => answer(kolo.api.audit.$get({ query: action ? { limit: 100, action } : { limit: 100 } })),
  });
  const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'medium' });
  const nameOf = (name: string | Record<string, string>) =>
    typeof name === 'string' ? name : (name[i18n.language] ?? name.en ?? Object.values(name)[0] ?? '');
  const actionName = (code: AuditAction) => t(`administration.audit.actions.${code}`);
  const choices = AUDIT_ACTIONS.map((code) => ({ code, name: actionName(code) })).sort((a, b) =>
    a.name.localeCompare(b.name, i18n.language),
  );
  const target = (e: AuditEntry) => {
    const info = e.targetInfo;
    if (!info) return e.target ?? '—';
    if (info.deleted || info.name === null)
      return (
        <>
          <code className="code">{e.target}</code>{' '}
          <span className="note">({t('administration.audit.deleted')})</span>
        </>
      );
    return nameOf(info.name);
  };
  const entries = data?.entries ?? [];
  return (
    <section aria-labelledby="audit-title">
      <h2 id="audit-title">{t('admin.audit')}</h2>
      <Field label={t('admin.action')} compact>
        {(id) => (
          <select id={id} value={action} onChange={(e) => setAction(e.target.value as AuditAction | '')}>
            <option value="">{t('administration.audit.allActions')}</option>
            {choices.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      {data && entries.length === 0 ? (
        <p role="status">{t('administration.audit.none')}</p>
      ) : (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('admin.when')}</th>
                <th scope="col">{t('admin.action')}</th>
                <th scope="col">{t('administration.audit.by')}</th>
                <th scope="col">{t('admin.target')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id}>
                  <td>{format.format(new Date(e.at))}</td>
                  {/* the action second: on a phone it shows without scrolling sideways */}
                  <td>{actionName(e.action)}</td>
                  <td>{e.actor ?? (e.userId ? '—' : t('administration.audit.system'))}</td>
                  <td>{target(e)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
