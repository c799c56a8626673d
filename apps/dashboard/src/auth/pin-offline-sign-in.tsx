import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../layout/field.tsx';
import { QuickExit } from '../layout/quick-exit.tsx';
import { writeCached } from '../offline/cache.ts';
import { readVault, unlockVault } from '../offline/vault.ts';
import { PinInput } from './pin-input.tsx';

/**
 * Sign in with no network: the email of someone who set a device PIN here and that PIN unlock the
 * device for offline collection (the user as stored in the vault; the server sees them again at
 * the next sync, and refuses the sync if their session has ended: then the password is needed).
 */
export function PinOfflineSignIn({ onWiped }: { onWiped: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [email, setEmail] = useState('');
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const address = email.trim().toLowerCase();
      const vault = await readVault(address);
      // no PIN for this email on this device: the same answer as a wrong PIN, no count to spend
      if (!vault) return setError(t('pin.offlineFailed'));
      const result = await unlockVault(address, pin);
      if ('wiped' in result) return onWiped();
      if (!result.ok) {
        setPin('');
        return setError(t('pin.wrong', { count: result.left }));
      }
      await writeCached('me', vault.me);
      client.setQueryData(['me'], { me: vault.me, offline: true });
    } finally {
      setBusy(false);
    }
  };
  return (
    <main id="main" className="page narrow" aria-labelledby="offline-sign-in-title">
      <div className="lock-tools">
        <QuickExit />
      </div>
      <h1 id="offline-sign-in-title">{t('pin.offlineTitle')}</h1>
      <p>{t('pin.offlineText')}</p>
      <form onSubmit={submit} className="stack" noValidate>
        <Field label={t('login.email')}>
          {(id) => (
            <input
              id={id}
              type="email"
              autoComplete="username"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              required
            />
          )}
        </Field>
        <PinInput label={t('pin.label')} value={pin} onChange={setPin} />
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('pin.checking') : t('login.submit')}
        </button>
      </form>
    </main>
  );
}
