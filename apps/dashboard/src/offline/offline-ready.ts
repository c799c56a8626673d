import { useEffect, useState } from 'react';

/**
 * Whether this phone can open kolo with no network: the service worker is active, which it becomes
 * only once its precache (every screen and language) is complete. Until then a page reopened
 * offline would not load. True where there is no service worker to wait for (a development server,
 * a browser without them): nothing better will come.
 */
export function useOfflineReady(): boolean {
  const supported = typeof navigator !== 'undefined' && 'serviceWorker' in navigator && import.meta.env.PROD;
  const [ready, setReady] = useState(() => !supported || navigator.serviceWorker.controller !== null);
  useEffect(() => {
    if (ready) return;
    let live = true;
    void navigator.serviceWorker.ready.then(() => live && setReady(true));
    return () => {
      live = false;
    };
  }, [ready]);
  return ready;
}
