import { lazy, type ReactNode, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes } from 'react-router';
import { InactivityLock } from './auth/inactivity-lock.tsx';
import { LoginPage } from './auth/login-page.tsx';
import { RequireRole } from './auth/require-role.tsx';
import { homeFor, SessionProvider, useSession } from './auth/session.tsx';
import {
  loadCollectHome,
  loadFillPage,
  loadObservationPage,
  loadOutboxPage,
} from './collect/collect-screens.ts';
import { AppLayout } from './layout/app-layout.tsx';

// Charts and admin screens load on demand, so a monitor's phone downloads only the collect side;
// within it, the outbox and the problem report load once a monitor's surveys are in (collect-home.tsx;
// the service worker precaches them too).
// Collect's own two screens are chunks too, downloaded right after the first screen is drawn
// (main.tsx): the sign-in form does not wait for the form engine.
const CollectHome = lazy(() => loadCollectHome().then((m) => ({ default: m.CollectHome })));
const FillPage = lazy(() => loadFillPage().then((m) => ({ default: m.FillPage })));
const OutboxPage = lazy(() => loadOutboxPage().then((m) => ({ default: m.OutboxPage })));
const ObservationPage = lazy(() => loadObservationPage().then((m) => ({ default: m.ObservationPage })));
const AdminPage = lazy(() => import('./admin/admin-page.tsx').then((m) => ({ default: m.AdminPage })));
const DesignPage = lazy(() => import('./design/design-page.tsx').then((m) => ({ default: m.DesignPage })));
const InsightsIndex = lazy(() =>
  import('./insights/insights-page.tsx').then((m) => ({ default: m.InsightsIndex })),
);
const InsightsPage = lazy(() =>
  import('./insights/insights-page.tsx').then((m) => ({ default: m.InsightsPage })),
);
const AccountabilityPage = lazy(() =>
  import('./accountability/accountability-page.tsx').then((m) => ({ default: m.AccountabilityPage })),
);
const FindingPage = lazy(() =>
  import('./accountability/finding-page.tsx').then((m) => ({ default: m.FindingPage })),
);
const ScorecardPage = lazy(() =>
  import('./scorecard/scorecard-page.tsx').then((m) => ({ default: m.ScorecardPage })),
);
const SharePage = lazy(() => import('./share/share-page.tsx').then((m) => ({ default: m.SharePage })));
const ReportsPage = lazy(() =>
  import('./reports/reports-page.tsx').then((m) => ({ default: m.ReportsPage })),
);

function Loading({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return <Suspense fallback={<p className="page">{t('app.loading')}</p>}>{children}</Suspense>;
}

const COLLECTORS = ['monitor', 'staff', 'admin'] as const;
const READERS = ['funder', 'staff', 'admin'] as const;
const DESIGNERS = ['staff', 'admin'] as const;

function Home() {
  const { me, loading } = useSession();
  const { t } = useTranslation();
  if (loading) return <p className="page">{t('app.loading')}</p>;
  return <Navigate to={me ? homeFor(me.role) : '/login'} replace />;
}

function NotFound() {
  const { t } = useTranslation();
  return (
    <main id="main" className="page">
      <p>{t('notFound')}</p>
    </main>
  );
}

/** Routes of the one app: Collect (monitors), Insights (funders, staff), Design and Admin (staff, admin), public shares. */
export function App() {
  return (
    <SessionProvider>
      <InactivityLock>
        <Loading>
          <Routes>
            <Route path="/share/:token" element={<SharePage />} />
            <Route element={<AppLayout />}>
              <Route index element={<Home />} />
              <Route path="/login" element={<LoginPage />} />
              <Route
                path="/collect"
                element={
                  <RequireRole roles={COLLECTORS}>
                    <CollectHome />
                  </RequireRole>
                }
              />
              <Route
                path="/collect/outbox"
                element={
                  <RequireRole roles={COLLECTORS}>
                    <OutboxPage />
                  </RequireRole>
                }
              />
              <Route
                path="/collect/observe"
                element={
                  <RequireRole roles={COLLECTORS}>
                    <ObservationPage />
                  </RequireRole>
                }
              />
              <Route
                path="/collect/:surveyId"
                element={
                  <RequireRole roles={COLLECTORS}>
                    <FillPage />
                  </RequireRole>
                }
              />
              <Route
                path="/insights"
                element={
                  <RequireRole roles={READERS}>
                    <InsightsIndex />
                  </RequireRole>
                }
              />
              <Route
                path="/insights/:surveyId"
                element={
                  <RequireRole roles={READERS}>
                    <InsightsPage />
                  </RequireRole>
                }
              />
              <Route
                path="/accountability"
                element={
                  <RequireRole roles={READERS}>
                    <AccountabilityPage />
                  </RequireRole>
                }
              />
              <Route
                path="/accountability/findings/:findingId"
                element={
                  <RequireRole roles={DESIGNERS}>
                    <FindingPage />
                  </RequireRole>
                }
              />
              <Route
                path="/scorecard"
                element={
                  <RequireRole roles={READERS}>
                    <ScorecardPage />
                  </RequireRole>
                }
              />
              <Route
                path="/reports"
                element={
                  <RequireRole roles={DESIGNERS}>
                    <ReportsPage />
                  </RequireRole>
                }
              />
              <Route
                path="/design/*"
                element={
                  <RequireRole roles={DESIGNERS}>
                    <DesignPage />
                  </RequireRole>
                }
              />
              <Route
                path="/admin/*"
                element={
                  <RequireRole roles={DESIGNERS}>
                    <AdminPage />
                  </RequireRole>
                }
              />
              <Route path="*" element={<NotFound />} />
            </Route>
          </Routes>
        </Loading>
      </InactivityLock>
    </SessionProvider>
  );
}
