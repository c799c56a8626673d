import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { lockDevice } from '../offline/vault.ts';

/** A neutral page served by kolo itself (precached), used offline or when no external page is set. */
export const NEUTRAL_PAGE = '/neutral.html';

/**
 * Where quick exit goes when online: a page not on kolo's address, so the address bar and the tab
 * show nothing of kolo. Set at build time with `VITE_KOLO_QUICK_EXIT_URL` (an https address, or
 * empty for the local neutral page); a local weather search by default.
 */
export const EXIT_URL: string = (() => {
  const configured = import.meta.env?.VITE_KOLO_QUICK_EXIT_URL as string | undefined;
  if (configured === '') return NEUTRAL_PAGE;
  if (configured && /^https:\/\/[^\s]+$/.test(configured)) return configured;
  return 'https://www.google.com/search?q=weather';
})();

/**
 * Leave at once: lock the device (the data key is dropped in every tab, and the lock holds through
 * a reload), wipe what is on screen, and replace this page in history with a neutral one, sending
 * no referrer. Back from there reaches at most the PIN screen.
 */
export function quickExit(): void {
  lockDevice();
  document.body.innerHTML = '';
  document.title = '';
  try {
    sessionStorage.clear();
  } catch {
    // storage refused: nothing to clear
  }
  // the neutral site must not learn that the visitor came from kolo
  const meta = document.createElement('meta');
  meta.name = 'referrer';
  meta.content = 'no-referrer';
  document.head.append(meta);
  window.location.replace(navigator.onLine ? EXIT_URL : NEUTRAL_PAGE);
}

/** The quick exit button, on every screen, and Esc pressed twice within a second. */
export function QuickExit() {
  const { t } = useTranslation();
  useEffect(() => {
    let last = 0;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      const now = Date.now();
      if (now - last < 1000) quickExit();
      last = now;
    };
    // a page brought back from the back-forward cache after quick exit starts again, locked
    const onShow = (event: PageTransitionEvent) => {
      if (event.persisted) window.location.reload();
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('pageshow', onShow);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('pageshow', onShow);
    };
  }, []);
  return (
    <button
      type="button"
      className="quick-exit"
      onClick={quickExit}
      title={t('quickExit.hint')}
      aria-describedby="quick-exit-hint"
    >
      {t('quickExit.label')}
      <span id="quick-exit-hint" className="visually-hidden">
        {t('quickExit.hint')}
      </span>
    </button>
  );
}
