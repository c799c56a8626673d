import { type FormEvent, type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError } from '../api/client.ts';
import { Field } from '../layout/field.tsx';
import { useSession } from './session.tsx';

/** Minutes without a touch, key or click before the app locks. */
export const LOCK_AFTER_MINUTES = 10;
const ACTIVITY = ['pointerdown', 'keydown', 'touchstart', 'scroll'] as const;

/**
 * Lock the app after inactivity: the screen is covered until the password is entered again, so a
 * phone put down or taken shows nothing. Work in progress stays saved on the device.
 */
export function InactivityLock({
  children,
  minutes = LOCK_AFTER_MINUTES,
}: {
  children: ReactNode;
  minutes?: number;
}) {
  const { t } = useTranslation();
  const { me, login, logout } = useSession();
  const [locked, setLocked] = useState(false);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!me) return;
    let timer = window.setTimeout(() => setLocked(true), minutes * 60_000);
    const reset = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => setLocked(true), minutes * 60_000);
    };
    for (const event of ACTIVITY) window.addEventListener(event, reset, { passive: true });
    return () => {
      window.clearTimeout(timer);
      for (const event of ACTIVITY) window.removeEventListener(event, reset);
    };
  }, [me, minutes]);

  if (!locked || !me) return <>{children}</>;
  const unlock = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await login(me.user.email, password);
      setPassword('');
      setError(null);
      setLocked(false);
    } catch (e) {
      setError(e instanceof ApiRequestError && e.status === 429 ? t('login.rateLimited') : t('login.failed'));
    }
  };
  return (
    <main className="page narrow" aria-labelledby="lock-title">
      <h1 id="lock-title">{t('lock.title')}</h1>
      <p>{t('lock.text')}</p>
      <form onSubmit={unlock} className="stack">
        <Field label={t('login.password')}>
          {(id) => (
            <input
              id={id}
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              required
            />
          )}
        </Field>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <button type="submit" className="primary">
          {t('lock.unlock')}
        </button>
        <button type="button" className="link" onClick={() => void logout()}>
          {t('lock.signOut')}
        </button>
      </form>
    </main>
  );
}
