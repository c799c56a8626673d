import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { type Answer, answer, kolo } from '../api/kolo.ts';

type AuditEntry = Answer<typeof kolo.api.audit.$get>['entries'][number];

/** The latest audit entries of the organization, targets named (user, site, survey) as the server resolved them. */
export function AuditSection() {
  const { t, i18n } = useTranslation();
  const { data } = useQuery({
    queryKey: ['audit'],
    queryFn: () => answer(kolo.api.audit.$get({ query: { limit: 100 } })),
  });
  const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'medium' });
  const nameOf = (name: string | Record<string, string>) =>
    typeof name === 'string' ? name : (name[i18n.language] ?? name.en ?? Object.values(name)[0] ?? '');
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
  return (
    <section aria-labelledby="audit-title">
      <h2 id="audit-title">{t('admin.audit')}</h2>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('admin.when')}</th>
              <th scope="col">{t('administration.audit.by')}</th>
              <th scope="col">{t('admin.action')}</th>
              <th scope="col">{t('admin.target')}</th>
            </tr>
          </thead>
          <tbody>
            {(data?.entries ?? []).map((e) => (
              <tr key={e.id}>
                <td>{format.format(new Date(e.at))}</td>
                <td>{e.actor ?? (e.userId ? '—' : t('administration.audit.system'))}</td>
                <td>{e.action}</td>
                <td>{target(e)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
