/** Resolves once the page's `load` event has fired (at once when it already has). */
function loaded(): Promise<void> {
  if (document.readyState === 'complete') return Promise.resolve();
  return new Promise((resolve) => window.addEventListener('load', () => resolve(), { once: true }));
}

/** Resolves when the main thread is idle (at the latest after `timeout` ms). */
function idle(timeout: number): Promise<void> {
  return new Promise((resolve) => {
    if ('requestIdleCallback' in window) window.requestIdleCallback(() => resolve(), { timeout });
    else setTimeout(resolve, 0);
  });
}

/**
 * Register the service worker (and with it the precache that lets a monitor open Collect offline)
 * once the first screen's own downloads are done: the page has loaded, what `first` waits for
 * (Collect's screens, a monitor's sites and surveys) is in, and the main thread is idle. On a slow
 * phone network the registration code and the precache's 1.7 MB no longer compete with the sign-in
 * form, the form engine and the survey definitions.
 */
export async function registerServiceWorkerAfter(first: Promise<unknown>): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  await Promise.all([loaded(), first.catch(() => undefined)]);
  await idle(2_000);
  const { registerSW } = await import('virtual:pwa-register');
  registerSW({ immediate: true });
}
