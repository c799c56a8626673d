import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import type { Role } from '../api/types.ts';
import { useSession } from './session.tsx';

/** Show children only to a signed-in user with one of the roles; others go to sign-in or see why not. */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const { t } = useTranslation();
  const { me, loading } = useSession();
  const location = useLocation();
  if (loading) return <p className="page">{t('app.loading')}</p>;
  if (!me) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  if (!roles.includes(me.role)) {
    return (
      <main id="main" className="page">
        <p role="alert">{t('forbidden')}</p>
      </main>
    );
  }
  return <>{children}</>;
}
