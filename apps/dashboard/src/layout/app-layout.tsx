import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useNavigate } from 'react-router';
import { useMyOverdueCount } from '../accountability/nav-count.ts';
import { useSession } from '../auth/session.tsx';
import { listDrafts } from '../collect/drafts.ts';
import { APP_LANGUAGES, changeLanguage } from '../i18n/index.ts';
import { useOnline } from '../offline/connectivity.ts';
import { useOutboxCount } from '../offline/outbox.ts';
import { QuickExit } from './quick-exit.tsx';

/** Header, navigation for the role, language, offline notice and quick exit around every page. */
export function AppLayout() {
  const { t, i18n } = useTranslation();
  const { me, logout, offline } = useSession();
  const navigate = useNavigate();
  // offline when the browser says so, or when the session check could not reach the server
  const online = useOnline(offline);
  const waiting = useOutboxCount();
  const role = me?.role;
  const overdue = useMyOverdueCount(role);
  const signOut = async () => {
    const drafts = await listDrafts().then(
      (all) => all.length,
      () => 0,
    );
    // unsent work is kept, locked, for its owner: say so, so nobody signs out believing it is gone or sent
    if ((waiting > 0 || drafts > 0) && !window.confirm(t('signOut.confirmUnsent', { waiting, drafts })))
      return;
    await logout();
    // replace: Back from the sign-in page does not return to the screen that was signed out of
    navigate('/login', { replace: true, state: { signedOut: true } });
  };
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
    {
      to: '/accountability',
      label: `${t('nav.accountability')}${overdue > 0 ? ` (${overdue})` : ''}`,
      show: role === 'funder' || role === 'staff' || role === 'admin',
    },
    {
      to: '/scorecard',
      label: t('nav.scorecard'),
      show: role === 'staff' || role === 'admin' || role === 'funder',
    },
    { to: '/reports', label: t('nav.reports'), show: role === 'staff' || role === 'admin' },
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
        {[false, true].map((phone) => {
          const tools = (
            <>
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
                <button type="button" className="link" onClick={() => void signOut()}>
                  {t('nav.logout')}
                </button>
              )}
            </>
          );
          // on a phone the language and sign-out fold into a menu, so the header takes two short rows
          return phone ? (
            <details key="phone" className="header-menu">
              <summary>{t('nav.more')}</summary>
              <div className="header-menu__panel">{tools}</div>
            </details>
          ) : (
            <div key="wide" className="header-tools">
              {tools}
            </div>
          );
        })}
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
