import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer, kolo } from '../api/kolo.ts';
import type { Member, Role, Site } from '../api/types.ts';
import { apiErrorText } from '../i18n/api-error.ts';
import { Field } from '../layout/field.tsx';
import { PasswordReset, UserSitesEditor } from './user-access.tsx';

const ROLES: Role[] = ['admin', 'staff', 'monitor', 'funder'];

/** Users of the organization: add, change role and sites, deactivate. */
export function UsersSection({ sites }: { sites: Site[] }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const { data } = useQuery({ queryKey: ['users'], queryFn: () => answer(kolo.api.users.$get()) });
  const [form, setForm] = useState({
    email: '',
    name: '',
    password: '',
    role: 'monitor' as Role,
    siteIds: [] as string[],
    accessUntil: '',
  });
  const [error, setError] = useState<string | null>(null);
  /** The account just created, shown with a word that its password is temporary. */
  const [created, setCreated] = useState<{ name: string; email: string } | null>(null);
  const passwordHintId = useId();
  /** The row whose sites or password is being changed. */
  const [open, setOpen] = useState<{ id: string; what: 'sites' | 'password' } | null>(null);
  const openUser = open ? data?.users.find((u) => u.id === open.id) : undefined;
  // bring the panel into view when it opens (a stable callback, so refetches do not scroll)
  const panelRef = useCallback(
    (el: HTMLDivElement | null) => el?.scrollIntoView({ block: 'nearest' }),
    [open?.id, open?.what],
  );
  const siteName = (id: string) => sites.find((s) => s.id === id)?.name ?? id;
  const refresh = () => void client.invalidateQueries({ queryKey: ['users'] });
  const update = useMutation({
    mutationFn: ({
      id,
      patch,
    }: {
      id: string;
      patch: Partial<Pick<Member, 'active' | 'role' | 'accessUntil'>>;
    }) => answer(kolo.api.users[':id'].$patch({ param: { id }, json: patch })),
    onSuccess: refresh,
    onError: (e) => setError(apiErrorText(t, e)),
  });
  const create = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setCreated(null);
    try {
      const accessUntil = form.role === 'funder' && form.accessUntil ? form.accessUntil : null;
      const account = await answer(kolo.api.users.$post({ json: { ...form, accessUntil } }));
      setCreated({ name: account.name, email: account.email });
      setForm({ email: '', name: '', password: '', role: 'monitor', siteIds: [], accessUntil: '' });
      refresh();
    } catch (e) {
      setError(apiErrorText(t, e));
    }
  };
  return (
    <section aria-labelledby="users-title">
      <h2 id="users-title">{t('admin.users')}</h2>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <div className="table-scroll">
        <table className="rows-as-cards">
          <thead>
            <tr>
              <th scope="col">{t('admin.name')}</th>
              <th scope="col">{t('admin.email')}</th>
              <th scope="col">{t('admin.role')}</th>
              <th scope="col">{t('administration.users.sites')}</th>
              <th scope="col">{t('admin.active')}</th>
            </tr>
          </thead>
          <tbody>
            {(data?.users ?? []).map((u) => (
              <tr key={u.id}>
                <th scope="row">
                  {u.name}
                  {!u.active && <span className="note"> ({t('administration.users.inactive')})</span>}
                  {u.active && u.mustChangePassword && (
                    <span className="note"> ({t('administration.users.awaitingPassword')})</span>
                  )}
                </th>
                <td data-label={t('admin.email')}>{u.email}</td>
                <td data-label={t('admin.role')}>
                  <select
                    aria-label={`${t('admin.role')}: ${u.name}`}
                    value={u.role}
                    onChange={(e) => update.mutate({ id: u.id, patch: { role: e.target.value as Role } })}
                  >
                    {ROLES.map((r) => (
                      <option key={r} value={r}>
                        {t(`roles.${r}`)}
                      </option>
                    ))}
                  </select>
                  {u.role === 'funder' && (
                    <label className="field compact">
                      {t('admin.accessUntil')}
                      <input
                        type="date"
                        defaultValue={u.accessUntil ?? ''}
                        onBlur={(e) => {
                          const accessUntil = e.target.value || null;
                          if (accessUntil !== (u.accessUntil ?? null))
                            update.mutate({ id: u.id, patch: { accessUntil } });
                        }}
                      />
                    </label>
                  )}
                </td>
                <td data-label={t('administration.users.sites')}>
                  <p>
                    {u.siteIds.length > 0
                      ? u.siteIds.map(siteName).join(', ')
                      : // a monitor sees only the sites assigned: none is not all
                        u.role === 'monitor'
                        ? t('administration.users.noSites')
                        : t('administration.users.allSites')}
                  </p>
                  <button
                    type="button"
                    aria-label={t('administration.users.editSites', { name: u.name })}
                    onClick={() => setOpen({ id: u.id, what: 'sites' })}
                  >
                    {t('administration.sites.edit')}
                  </button>
                </td>
                <td data-label={t('admin.active')}>
                  <div className="actions">
                    <button
                      type="button"
                      onClick={() => update.mutate({ id: u.id, patch: { active: !u.active } })}
                    >
                      {u.active ? t('admin.deactivate') : t('admin.activate')}
                    </button>
                    <button
                      type="button"
                      aria-label={t('administration.users.resetTitle', { name: u.name })}
                      onClick={() => setOpen({ id: u.id, what: 'password' })}
                    >
                      {t('administration.users.resetPassword')}
                    </button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {openUser && (
        // below the table, not in a cell: on a phone the table scrolls sideways, the panel does not
        <div ref={panelRef}>
          {open?.what === 'sites' ? (
            <UserSitesEditor
              key={openUser.id}
              user={openUser}
              sites={sites}
              onDone={() => {
                setOpen(null);
                refresh();
              }}
            />
          ) : (
            <PasswordReset key={openUser.id} user={openUser} onDone={() => setOpen(null)} />
          )}
        </div>
      )}
      {created && (
        <div className="stack panel" role="status" ref={panelRef}>
          <p>{t('administration.users.created', created)}</p>
          <button type="button" className="primary" onClick={() => setCreated(null)}>
            {t('administration.users.done')}
          </button>
        </div>
      )}
      <form onSubmit={create} className="stack card">
        <h3>{t('admin.addUser')}</h3>
        <Field label={t('admin.name')}>
          {(id) => (
            <input
              id={id}
              value={form.name}
              onChange={(e) => setForm({ ...form, name: e.target.value })}
              required
            />
          )}
        </Field>
        <Field label={t('admin.email')}>
          {(id) => (
            <input
              id={id}
              type="email"
              value={form.email}
              onChange={(e) => setForm({ ...form, email: e.target.value })}
              required
            />
          )}
        </Field>
        <Field label={t('admin.password')}>
          {(id) => (
            <input
              id={id}
              type="password"
              autoComplete="new-password"
              minLength={10}
              aria-describedby={passwordHintId}
              value={form.password}
              onChange={(e) => setForm({ ...form, password: e.target.value })}
              required
            />
          )}
        </Field>
        <p className="hint" id={passwordHintId}>
          {t('administration.users.firstPasswordHint')}
        </p>
        <Field label={t('admin.role')}>
          {(id) => (
            <select
              id={id}
              value={form.role}
              onChange={(e) => setForm({ ...form, role: e.target.value as Role })}
            >
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {t(`roles.${r}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {form.role === 'funder' && (
          <Field label={t('admin.accessUntil')}>
            {(id) => (
              <input
                id={id}
                type="date"
                value={form.accessUntil}
                onChange={(e) => setForm({ ...form, accessUntil: e.target.value })}
              />
            )}
          </Field>
        )}
        {form.role === 'monitor' && (
          <fieldset>
            <legend>{t('admin.sitesAssigned')}</legend>
            {sites.map((s) => (
              <label key={s.id} className="check">
                <input
                  type="checkbox"
                  checked={form.siteIds.includes(s.id)}
                  onChange={(e) =>
                    setForm({
                      ...form,
                      siteIds: e.target.checked
                        ? [...form.siteIds, s.id]
                        : form.siteIds.filter((x) => x !== s.id),
                    })
                  }
                />
                {s.name} · {s.city}
              </label>
            ))}
          </fieldset>
        )}
        <button type="submit" className="primary">
          {t('admin.save')}
        </button>
      </form>
    </section>
  );
}
