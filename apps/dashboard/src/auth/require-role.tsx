import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import type { Role } from '../api/types.ts';
import { useSession } from './session.tsx';

/** Show children only to a signed-in user with one of the roles; others go to sign-in or see why not. */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const { t } = useTranslation();
  const { me, loading, signedOut } = useSession();
  const location = useLocation();
  if (loading) return <p className="page">{t('app.loading')}</p>;
  // after a sign-out the next person on the phone starts at their own home, not the last user's page
  if (!me) {
    const state = signedOut ? { signedOut: true } : { from: location.pathname + location.search };
    return <Navigate to="/login" replace state={state} />;
  }
  if (!roles.includes(me.role)) {
    return (
      <main id="main" className="page">
        <p role="alert">{t('forbidden')}</p>
      </main>
    );
  }
  return <>{children}</>;
}
