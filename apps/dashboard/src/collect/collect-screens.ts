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

let warming: Promise<void> | undefined;

/**
 * Start downloading Collect's screens, once (a failed download is tried again on the next call).
 * Called when the first screen is drawn, and at sign-in for a collector.
 */
export function warmCollectScreens(): Promise<void> {
  if (!warming) {
    warming = Promise.all([loadCollectHome(), loadFillPage()]).then(() => undefined);
    warming.catch(() => {
      warming = undefined;
    });
  }
  return warming;
}
