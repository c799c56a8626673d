import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';

interface AuditEntry {
  id: number;
  at: string;
  action: string;
  target: string | null;
  userId: string | null;
}

/** The latest audit entries of the organization. */
export function AuditSection() {
  const { t, i18n } = useTranslation();
  const { data } = useQuery({
    queryKey: ['audit'],
    queryFn: () => api<{ entries: AuditEntry[] }>('/api/audit?limit=100'),
  });
  const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'medium' });
  return (
    <section aria-labelledby="audit-title">
      <h2 id="audit-title">{t('admin.audit')}</h2>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('admin.when')}</th>
              <th scope="col">{t('admin.action')}</th>
              <th scope="col">{t('admin.target')}</th>
            </tr>
          </thead>
          <tbody>
            {(data?.entries ?? []).map((e) => (
              <tr key={e.id}>
                <td>{format.format(new Date(e.at))}</td>
                <td>{e.action}</td>
                <td>{e.target ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
