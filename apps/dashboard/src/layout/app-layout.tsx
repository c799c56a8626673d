import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useNavigate } from 'react-router';
import { useSession } from '../auth/session.tsx';
import { APP_LANGUAGES, changeLanguage } from '../i18n/index.ts';
import { useOutboxCount } from '../offline/outbox.ts';
import { QuickExit } from './quick-exit.tsx';

function subscribeOnline(callback: () => void) {
  window.addEventListener('online', callback);
  window.addEventListener('offline', callback);
  return () => {
    window.removeEventListener('online', callback);
    window.removeEventListener('offline', callback);
  };
}

export function useOnline(): boolean {
  return useSyncExternalStore(
    subscribeOnline,
    () => navigator.onLine,
    () => true,
  );
}

/** Header, navigation for the role, language, offline notice and quick exit around every page. */
export function AppLayout() {
  const { t, i18n } = useTranslation();
  const { me, logout } = useSession();
  const navigate = useNavigate();
  const online = useOnline();
  const waiting = useOutboxCount();
  const role = me?.role;
  const links = [
    {
      to: '/collect',
      label: t('nav.collect'),
      show: role === 'monitor' || role === 'staff' || role === 'admin',
    },
    {
      to: '/collect/outbox',
      label: `${t('nav.queue')}${waiting > 0 ? ` (${waiting})` : ''}`,
      show: role === 'monitor' || role === 'staff' || role === 'admin',
    },
    {
      to: '/insights',
      label: t('nav.insights'),
      show: role === 'funder' || role === 'staff' || role === 'admin',
    },
    { to: '/design', label: t('nav.design'), show: role === 'staff' || role === 'admin' },
    { to: '/admin', label: t('nav.admin'), show: role === 'admin' || role === 'staff' },
  ].filter((l) => l.show);
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="brand">
          <span aria-hidden="true" className="brand-mark" />
          <span>{t('app.name')}</span>
        </div>
        <QuickExit />
        {me && (
          <nav aria-label={t('nav.menu')} className="app-nav">
            {links.map((l) => (
              <NavLink key={l.to} to={l.to} end={l.to === '/collect'}>
                {l.label}
              </NavLink>
            ))}
          </nav>
        )}
        <div className="header-tools">
          <label className="compact">
            <span className="visually-hidden">{t('app.language')}</span>
            <select
              value={i18n.language}
              onChange={(e) => void changeLanguage(e.target.value)}
              aria-label={t('app.language')}
            >
              {APP_LANGUAGES.map((l) => (
                <option key={l.code} value={l.code} lang={l.code}>
                  {l.name}
                </option>
              ))}
            </select>
          </label>
          {me && (
            <button
              type="button"
              className="link"
              onClick={() => {
                void logout().then(() => navigate('/login'));
              }}
            >
              {t('nav.logout')}
            </button>
          )}
        </div>
      </header>
      {!online && (
        <p className="offline-banner" role="status">
          {t('app.offline')}
        </p>
      )}
      <Outlet />
    </>
  );
}
