import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { answer, kolo } from '../api/kolo.ts';
import { useSession } from '../auth/session.tsx';
import { ShareLinksSection } from '../share/share-links-section.tsx';
import { AuditSection } from './audit-section.tsx';
import { DraftsSection } from './drafts-section.tsx';
import { SitesSection } from './sites-section.tsx';
import { UsersSection } from './users-section.tsx';
import './setup.ts';

/** Admin: users and sites (admin), share links and unpublished drafts (staff and admin), audit log (admin). */
export function AdminPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const isAdmin = me?.role === 'admin';
  const { data } = useQuery({ queryKey: ['sites'], queryFn: () => answer(kolo.api.sites.$get()) });
  const sites = data?.sites ?? [];
  return (
    <main id="main" className="page">
      <h1>{t('admin.title')}</h1>
      <ShareLinksSection sites={sites} />
      {isAdmin && <UsersSection sites={sites} />}
      {isAdmin && <SitesSection sites={sites} />}
      <DraftsSection />
      {isAdmin && <AuditSection />}
    </main>
  );
}
