/**
 * Collect's two screens (choosing the site and survey, and the form itself with the form engine)
 * in chunks of their own, so a phone shows the sign-in form before they arrive: on a slow network
 * they download while the monitor types, and the service worker precaches them for offline use.
 */
export const loadCollectHome = () => import('./collect-home.tsx');

/** The interview screen and the form engine (@kolo/forms, react-hook-form, the expression engine). */
export const loadFillPage = () => import('./fill-page.tsx');

/**
 * Whether a first screen at `pathname` may lead to Collect: the sign-in form, the start page (which
 * sends a monitor on), and Collect's own screens. Dashboards, design, admin and shared pages do not.
 */
export function mayLeadToCollect(pathname: string): boolean {
  return (
    pathname === '/' || pathname === '/login' || pathname === '/collect' || pathname.startsWith('/collect/')
  );
}

/** The outbox (what waits to be sent) and the problem report of a site. */
export const loadOutboxPage = () => import('./outbox-page.tsx');
export const loadObservationPage = () => import('./observation-page.tsx');

/** `load` run once; a failed download is tried again on the next call. */
function once(load: () => Promise<unknown>): () => Promise<void> {
  let running: Promise<void> | undefined;
  return () => {
    if (!running) {
      running = load().then(() => undefined);
      running.catch(() => {
        running = undefined;
      });
    }
    return running;
  };
}

/**
 * Start downloading Collect's screens, once. Called when the first screen is drawn, and at sign-in
 * for a collector.
 */
export const warmCollectScreens = once(() => Promise.all([loadCollectHome(), loadFillPage()]));

/**
 * Download Collect's other screens (the outbox, the problem report, each with its words in the
 * phone's language) once a monitor's surveys are in. On a first visit the service worker's precache
 * may not be complete when the signal goes: the monitor can still open them offline.
 */
export const warmCollectSideScreens = once(() => Promise.all([loadOutboxPage(), loadObservationPage()]));
