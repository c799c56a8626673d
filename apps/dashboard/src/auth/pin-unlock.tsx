import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QuickExit } from '../layout/quick-exit.tsx';
import { outboxCount } from '../offline/outbox.ts';
import { unlockVault } from '../offline/vault.ts';
import { PinInput } from './pin-input.tsx';

/**
 * The lock screen of a device with a PIN: checked on the device (it unwraps the data key), so it
 * works offline. Wrong PINs count down to a wipe; the waiting interviews are counted, not shown.
 */
export function PinUnlock({
  email,
  onWiped,
  onSignOut,
}: {
  email: string;
  onWiped: () => void;
  onSignOut: () => void;
}) {
  const { t } = useTranslation();
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [waiting, setWaiting] = useState(0);
  useEffect(() => {
    void outboxCount()
      .then(setWaiting)
      .catch(() => setWaiting(0));
  }, []);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!pin) return;
    setBusy(true);
    setError(null);
    try {
      const result = await unlockVault(email, pin);
      if ('wiped' in result) return onWiped();
      if (!result.ok) {
        setPin('');
        setError(t('pin.wrong', { count: result.left }));
      }
    } finally {
      setBusy(false);
    }
  };
  return (
    <main id="main" className="page narrow" aria-labelledby="lock-title">
      <div className="lock-tools">
        <QuickExit />
      </div>
      <h1 id="lock-title">{t('pin.unlockTitle')}</h1>
      <p>{t('pin.unlockText')}</p>
      <form onSubmit={submit} className="stack" noValidate>
        <PinInput label={t('pin.label')} value={pin} onChange={setPin} autoFocus />
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('pin.checking') : t('pin.unlock')}
        </button>
        {waiting > 0 && <p role="status">{t('pin.waiting', { count: waiting })}</p>}
        <button type="button" className="link" onClick={onSignOut}>
          {t('lock.signOut')}
        </button>
      </form>
    </main>
  );
}
