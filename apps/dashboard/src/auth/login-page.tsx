import { type FormEvent, lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { ApiRequestError, isNetworkError } from '../api/client.ts';
import { Field } from '../layout/field.tsx';
import { homeFor, useSession } from './session.tsx';

/**
 * Choosing one's own password after a temporary one: rare, so it (and the administration messages
 * it brings) loads only then, never with the app shell a monitor downloads.
 */
const NewPasswordForm = lazy(() =>
  import('../admin/new-password-form.tsx').then((m) => ({ default: m.NewPasswordForm })),
);

/** The last day of access when the sign-in was refused because a funder's access ended, else null. */
function accessEndedOn(error: ApiRequestError): string | null {
  const body = error.body as { error?: { reason?: string; accessUntil?: string } } | undefined;
  return error.status === 403 && body?.error?.reason === 'access_ended'
    ? (body.error.accessUntil ?? '')
    : null;
}

/** Whether sign-in was refused because an admin set the password and the person must choose their own. */
function mustChoosePassword(error: ApiRequestError): boolean {
  const body = error.body as { error?: { reason?: string } } | undefined;
  return error.status === 403 && body?.error?.reason === 'password_change_required';
}

export function LoginPage() {
  const { t } = useTranslation();
  const { me, login, signedOut } = useSession();
  const location = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [temporary, setTemporary] = useState<string | null>(null);
  const state = location.state as { from?: string; signedOut?: boolean } | null;
  if (me) return <Navigate to={state?.from ?? homeFor(me.role)} replace />;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await login(email, password);
    } catch (e) {
      if (isNetworkError(e)) setError(t('login.offline'));
      else if (e instanceof ApiRequestError && e.status === 429) setError(t('login.rateLimited'));
      else if (e instanceof ApiRequestError && mustChoosePassword(e)) setTemporary(password);
      else if (e instanceof ApiRequestError && accessEndedOn(e))
        setError(t('login.accessEnded', { date: accessEndedOn(e) }));
      else setError(t('login.failed'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <main id="main" className="page narrow" aria-labelledby="login-title">
      <h1 id="login-title">{t('login.title')}</h1>
      {(state?.signedOut || signedOut) && (
        <p role="status" className="note">
          {t('signOut.done')}
        </p>
      )}
      {temporary !== null ? (
        <Suspense fallback={<p aria-busy="true">{t('app.loading')}</p>}>
          <NewPasswordForm
            email={email}
            temporaryPassword={temporary}
            onChosen={async (chosen) => {
              await login(email, chosen);
            }}
          />
        </Suspense>
      ) : (
        <form onSubmit={submit} className="stack" noValidate>
          <Field label={t('login.email')}>
            {(id) => (
              <input
                id={id}
                type="email"
                name="email"
                autoComplete="username"
                value={email}
                onChange={(e) => setEmail(e.target.value)}
                required
              />
            )}
          </Field>
          <Field label={t('login.password')}>
            {(id) => (
              <input
                id={id}
                type="password"
                name="password"
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
          <button type="submit" className="primary" disabled={busy}>
            {t('login.submit')}
          </button>
        </form>
      )}
    </main>
  );
}
