import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Where quick exit goes: a neutral page served by kolo itself, so it works offline too. */
export const NEUTRAL_PAGE = '/neutral.html';

/** Leave at once: wipe what is on screen, replace this page in history so Back does not return. */
export function quickExit(): void {
  document.body.innerHTML = '';
  sessionStorage.clear();
  window.location.replace(NEUTRAL_PAGE);
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
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
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
