import { useSyncExternalStore } from 'react';

/** Call `callback` whenever the browser says the network came or went. */
export function subscribeOnline(callback: () => void): () => void {
  window.addEventListener('online', callback);
  window.addEventListener('offline', callback);
  return () => {
    window.removeEventListener('online', callback);
    window.removeEventListener('offline', callback);
  };
}

/** What the browser says about the network (`navigator.onLine`), followed as it changes. */
export function useBrowserOnline(): boolean {
  return useSyncExternalStore(
    subscribeOnline,
    () => navigator.onLine,
    () => true,
  );
}

/**
 * Whether the app works online: the browser has a network and the last session check reached the
 * server (`serverUnreachable` false). A phone on a Wi-Fi without internet, or a page reopened with
 * no signal, can have `navigator.onLine` true while nothing reaches kolo: the monitor must still be
 * told the work stays on the device.
 */
export function useOnline(serverUnreachable: boolean): boolean {
  return useBrowserOnline() && !serverUnreachable;
}
