import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../api/types.ts';
import { QuickExit } from '../layout/quick-exit.tsx';
import { checkPin, createVault } from '../offline/vault.ts';
import { PinInput } from './pin-input.tsx';

/** Before Collect keeps anything on a device, the user sets a device PIN there (6 to 12 digits, not a trivial one). */
export function PinSetup({ me }: { me: Me }) {
  const { t } = useTranslation();
  const [pin, setPin] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problem = checkPin(pin);
    if (problem) return setError(t(`pin.${problem}`));
    if (pin !== repeat) return setError(t('pin.mismatch'));
    setBusy(true);
    setError(null);
    try {
      await createVault(me, pin);
    } finally {
      setBusy(false);
    }
  };
  return (
    <main id="main" className="page narrow" aria-labelledby="pin-setup-title">
      <div className="lock-tools">
        <QuickExit />
      </div>
      <h1 id="pin-setup-title">{t('pin.setupTitle')}</h1>
      <p>{t('pin.setupText')}</p>
      <form onSubmit={submit} className="stack" noValidate>
        <PinInput label={t('pin.newPin')} value={pin} onChange={setPin} autoFocus />
        <PinInput label={t('pin.repeatPin')} value={repeat} onChange={setRepeat} />
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('pin.settingUp') : t('pin.setup')}
        </button>
        <p className="note">{t('pin.forgotten')}</p>
      </form>
    </main>
  );
}
