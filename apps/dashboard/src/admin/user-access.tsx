import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer, kolo } from '../api/kolo.ts';
import type { Site } from '../api/types.ts';
import { apiErrorText } from '../i18n/api-error.ts';

/** The sites assigned to one user, edited with checkboxes; saving ends the person's sessions. */
export function UserSitesEditor({
  user,
  sites,
  onDone,
}: {
  user: { id: string; name: string; siteIds: string[] };
  sites: Site[];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<string[]>(user.siteIds);
  const [error, setError] = useState<string | null>(null);
  const save = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await answer(kolo.api.users[':id'].$patch({ param: { id: user.id }, json: { siteIds: chosen } }));
      onDone();
    } catch (e) {
      setError(apiErrorText(t, e));
    }
  };
  return (
    <form onSubmit={save} className="stack">
      <fieldset>
        <legend>{t('administration.users.editSites', { name: user.name })}</legend>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        {sites.map((s) => (
          <label key={s.id} className="check">
            <input
              type="checkbox"
              checked={chosen.includes(s.id)}
              onChange={(e) =>
                setChosen(e.target.checked ? [...chosen, s.id] : chosen.filter((x) => x !== s.id))
              }
            />
            {s.name} · {s.city}
          </label>
        ))}
      </fieldset>
      <div className="actions">
        <button type="submit" className="primary">
          {t('administration.users.saveSites')}
        </button>
        <button type="button" onClick={onDone}>
          {t('administration.sites.cancel')}
        </button>
      </div>
    </form>
  );
}

/**
 * Reset one user's password: the admin may type a temporary one or leave it to the server; the
 * answer is shown once, and the person chooses their own at next sign-in.
 */
export function PasswordReset({ user, onDone }: { user: { id: string; name: string }; onDone: () => void }) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [shown, setShown] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reset = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      const reset = await answer(
        kolo.api.users[':id']['password-reset'].$post({
          param: { id: user.id },
          json: password ? { password } : {},
        }),
      );
      setPassword('');
      setShown(reset.temporaryPassword);
    } catch (e) {
      setError(apiErrorText(t, e));
    }
  };
  if (shown)
    return (
      <div className="stack panel" role="status">
        <p>{t('administration.users.shownOnce', { name: user.name })}</p>
        <p>
          <code className="code" data-testid="temporary-password">
            {shown}
          </code>
        </p>
        <button type="button" className="primary" onClick={onDone}>
          {t('administration.users.done')}
        </button>
      </div>
    );
  return (
    <form onSubmit={reset} className="stack panel">
      <h4>{t('administration.users.resetTitle', { name: user.name })}</h4>
      <p className="hint">{t('administration.users.resetHint')}</p>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <label className="field">
        {t('administration.users.temporaryPassword')}
        <input
          type="text"
          autoComplete="off"
          spellCheck={false}
          minLength={10}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
      </label>
      <div className="actions">
        <button type="submit" className="primary">
          {t('administration.users.confirmReset')}
        </button>
        <button type="button" onClick={onDone}>
          {t('administration.sites.cancel')}
        </button>
      </div>
    </form>
  );
}
