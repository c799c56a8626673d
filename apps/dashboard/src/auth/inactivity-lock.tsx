import { type FormEvent, type ReactNode, useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { ApiRequestError } from '../api/client.ts';
import type { Me } from '../api/types.ts';
import { Field } from '../layout/field.tsx';
import { useBrowserOnline } from '../offline/connectivity.ts';
import {
  clearLockFlag,
  finishPendingSignOut,
  listVaults,
  lockDevice,
  lockFlagSet,
  onLockChange,
  readVault,
  signOutPending,
  unlockedEmail,
} from '../offline/vault.ts';
import { PinOfflineSignIn } from './pin-offline-sign-in.tsx';
import { PinSetup } from './pin-setup.tsx';
import { PinUnlock } from './pin-unlock.tsx';
import { useSession } from './session.tsx';

/** Minutes without a touch, key or click before the app locks. */
export const LOCK_AFTER_MINUTES = 10;
const ACTIVITY = ['pointerdown', 'keydown', 'touchstart', 'scroll'] as const;
const COLLECTORS: ReadonlySet<string> = new Set(['monitor', 'staff', 'admin']);

/** True when nobody is signed in, the network is down and someone set a device PIN here: offline sign-in. */
function useOfflineSignIn(signedIn: boolean): boolean {
  const online = useBrowserOnline();
  const [vaults, setVaults] = useState(false);
  useEffect(() => {
    if (signedIn || online) return;
    let live = true;
    void listVaults()
      .then((all) => live && setVaults(all.length > 0))
      .catch(() => live && setVaults(false));
    return () => {
      live = false;
    };
  }, [signedIn, online]);
  return !signedIn && !online && vaults;
}

/** Whether this user has a device PIN here: unknown until IndexedDB answers. */
function useHasVault(email: string | undefined): boolean | undefined {
  const [state, setState] = useState<{ email: string; has: boolean } | null>(null);
  const unlocked = useSyncExternalStore(onLockChange, unlockedEmail);
  // `unlocked` changing (a PIN just set) means: ask again
  useEffect(() => {
    if (!email) return;
    let live = true;
    void readVault(email)
      .then((v) => live && setState({ email, has: v !== undefined }))
      .catch(() => live && setState({ email, has: false }));
    return () => {
      live = false;
    };
  }, [email, unlocked]);
  return state && state.email === email ? state.has : undefined;
}

/**
 * The device lock around the whole app. With a device PIN (everyone who opened Collect on this
 * device): the data key exists only in memory, so after a reload, a restart, inactivity or quick
 * exit the PIN screen shows until the PIN is entered, offline too. Collectors without a PIN set
 * one before Collect shows. Users without a PIN (funders) get the password lock, kept through a
 * reload by a flag on the device.
 */
export function InactivityLock({
  children,
  minutes = LOCK_AFTER_MINUTES,
}: {
  children: ReactNode;
  minutes?: number;
}) {
  const { t } = useTranslation();
  const { me, loading, logout, refresh } = useSession();
  const location = useLocation();
  const unlocked = useSyncExternalStore(onLockChange, unlockedEmail);
  const hasVault = useHasVault(me?.user.email.toLowerCase());
  const [flagged, setFlagged] = useState(lockFlagSet);
  const [wiped, setWiped] = useState(false);
  const [pendingSignOut, setPendingSignOut] = useState(signOutPending);
  const offlineSignIn = useOfflineSignIn(me !== null);

  useEffect(() => {
    // a wipe made offline ends the server session at the next contact
    const finish = () => {
      if (!signOutPending()) return;
      void finishPendingSignOut().then(async () => {
        if (!signOutPending()) {
          setPendingSignOut(false);
          await refresh();
        }
      });
    };
    finish();
    window.addEventListener('online', finish);
    return () => window.removeEventListener('online', finish);
  }, [refresh]);

  useEffect(() => onLockChange(() => setFlagged(lockFlagSet())), []);

  useEffect(() => {
    if (!me) return;
    const lock = () => {
      lockDevice();
      setFlagged(true);
    };
    let timer = window.setTimeout(lock, minutes * 60_000);
    const reset = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(lock, minutes * 60_000);
    };
    for (const event of ACTIVITY) window.addEventListener(event, reset, { passive: true });
    return () => {
      window.clearTimeout(timer);
      for (const event of ACTIVITY) window.removeEventListener(event, reset);
    };
  }, [me, minutes]);

  const signOut = () => void logout();
  const onWiped = () => {
    setWiped(true);
    setFlagged(false);
    setPendingSignOut(signOutPending());
    void logout().then(() => void finishPendingSignOut().then(() => setPendingSignOut(signOutPending())));
  };

  // who is signed in is not known yet (offline, read from the device): neither the app nor the
  // offline sign-in, which flashed before the lock screen when the vault list answered first
  if (!me && loading) return <p className="page">{t('app.loading')}</p>;
  // signed in while a wipe's sign-out waits: hold on until the server hears of it (offline, the
  // user may have signed in again with the PIN: the server session ends at the next contact)
  if (!me || (pendingSignOut && navigator.onLine)) {
    return (
      <>
        {wiped && (
          <p role="alert" className="error page narrow">
            {t('pin.wiped')}
          </p>
        )}
        {me ? (
          <p className="page">{t('app.loading')}</p>
        ) : offlineSignIn && location.pathname !== '/' && !location.pathname.startsWith('/share/') ? (
          <PinOfflineSignIn onWiped={onWiped} />
        ) : (
          children
        )}
      </>
    );
  }
  const email = me.user.email.toLowerCase();
  if (hasVault === undefined) return <p className="page">{t('app.loading')}</p>;
  if (hasVault && unlocked !== email)
    return <PinUnlock email={email} onWiped={onWiped} onSignOut={signOut} />;
  if (!hasVault && COLLECTORS.has(me.role) && location.pathname.startsWith('/collect'))
    return <PinSetup me={me} />;
  if (!hasVault && flagged) {
    return (
      <PasswordUnlock
        me={me}
        onUnlocked={() => {
          clearLockFlag();
          setFlagged(false);
        }}
      />
    );
  }
  return <>{children}</>;
}

/** The lock screen of a user without a device PIN (nothing of theirs is kept on the device): the password, online. */
function PasswordUnlock({ me, onUnlocked }: { me: Me; onUnlocked: () => void }) {
  const { t } = useTranslation();
  const { login, logout } = useSession();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const unlock = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await login(me.user.email, password);
      setPassword('');
      setError(null);
      onUnlocked();
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
        <button
          type="button"
          className="link"
          onClick={() => {
            onUnlocked();
            void logout();
          }}
        >
          {t('lock.signOut')}
        </button>
      </form>
    </main>
  );
}
