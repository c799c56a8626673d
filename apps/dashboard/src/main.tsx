import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import { shouldRetry } from './api/retry-policy.ts';
import { App } from './app.tsx';
import { firstScreenSettled } from './auth/session.tsx';
import { mayLeadToCollect, warmCollectScreens } from './collect/collect-screens.ts';
import { i18n, i18nReady } from './i18n/index.ts';
import { startBackgroundSync } from './offline/outbox.ts';
import { registerServiceWorkerAfter } from './service-worker-registration.ts';
import '@kolo/forms/styles.css';
import './styles.css';

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: shouldRetry, refetchOnWindowFocus: false } },
});

const root = document.getElementById('root');
if (!root) throw new Error('no #root element');
// the first render waits for the saved or detected language's strings (English is bundled)
void i18nReady.then(() => {
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <QueryClientProvider client={queryClient}>
          <BrowserRouter>
            <App />
          </BrowserRouter>
        </QueryClientProvider>
      </I18nextProvider>
    </StrictMode>,
  );
  // once the first screen is drawn, Collect's screens download behind it (while the monitor types);
  // the service worker registers once the signed-in person's first screen has its data (its
  // precache comes last)
  const collect = mayLeadToCollect(window.location.pathname);
  requestAnimationFrame(() =>
    setTimeout(() => {
      const first = collect ? warmCollectScreens() : Promise.resolve();
      if (import.meta.env.PROD)
        void registerServiceWorkerAfter(Promise.all([first, firstScreenSettled(queryClient)]));
    }, 0),
  );
});

startBackgroundSync();
