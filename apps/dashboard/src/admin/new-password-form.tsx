import './setup.ts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer, kolo } from '../api/kolo.ts';
import { apiErrorText } from '../i18n/api-error.ts';
import { Field } from '../layout/field.tsx';

/**
 * Sign-in's second step when an admin reset the password: the person chooses their own (the
 * temporary one opens no session), then `onChosen` signs in with it.
 */
export function NewPasswordForm({
  email,
  temporaryPassword,
  onChosen,
}: {
  email: string;
  temporaryPassword: string;
  onChosen: (newPassword: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (password !== repeat) {
      setError(t('administration.newPassword.mismatch'));
      return;
    }
    setBusy(true);
    try {
      await answer(
        kolo.api.auth['new-password'].$post({ json: { email, temporaryPassword, newPassword: password } }),
      );
      await onChosen(password);
    } catch (e) {
      setError(apiErrorText(t, e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={submit} className="stack" aria-labelledby="new-password-title">
      <h2 id="new-password-title">{t('administration.newPassword.title')}</h2>
      <p className="hint">{t('administration.newPassword.hint')}</p>
      <Field label={t('administration.newPassword.password')}>
        {(id) => (
          <input
            id={id}
            type="password"
            autoComplete="new-password"
            minLength={10}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            required
          />
        )}
      </Field>
      <Field label={t('administration.newPassword.repeat')}>
        {(id) => (
          <input
            id={id}
            type="password"
            autoComplete="new-password"
            minLength={10}
            value={repeat}
            onChange={(e) => setRepeat(e.target.value)}
            required
          />
        )}
      </Field>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <button type="submit" className="primary" disabled={busy}>
        {t('administration.newPassword.submit')}
      </button>
    </form>
  );
}
