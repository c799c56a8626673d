import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer, kolo } from '../api/kolo.ts';
import type { Site } from '../api/types.ts';
import { apiErrorText } from '../i18n/api-error.ts';
import { countryName } from '../i18n/country-names.ts';
import { Field } from '../layout/field.tsx';
import { CountrySelect } from './country-select.tsx';
import { isServiceType, SERVICE_TYPES } from './service-types.ts';

const EMPTY = { name: '', country: '', city: '', serviceTypes: [] as string[] };

/** Sites of the organization: add, edit (name, place, services), deactivate and reactivate. */
export function SitesSection({ sites }: { sites: Site[] }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const [form, setForm] = useState(EMPTY);
  const [editing, setEditing] = useState<Site | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const service = (code: string) => (isServiceType(code) ? t(`administration.services.${code}`) : code);
  const refresh = () => void client.invalidateQueries({ queryKey: ['sites'] });
  const fail = (e: unknown) => setError(apiErrorText(t, e));
  const save = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setSaved(false);
    try {
      // an older site's service outside the fixed list is refused by the API: uncheck it first
      const serviceTypes = form.serviceTypes.filter(isServiceType);
      if (serviceTypes.length !== form.serviceTypes.length) return setError(t('apiError.invalid'));
      const json = { ...form, serviceTypes };
      if (editing) await answer(kolo.api.sites[':id'].$patch({ param: { id: editing.id }, json }));
      else await answer(kolo.api.sites.$post({ json }));
      setForm(EMPTY);
      setEditing(null);
      setSaved(true);
      refresh();
    } catch (e) {
      fail(e);
    }
  };
  const setActive = async (site: Site, active: boolean) => {
    setError(null);
    try {
      await answer(kolo.api.sites[':id'].$patch({ param: { id: site.id }, json: { active } }));
      refresh();
    } catch (e) {
      fail(e);
    }
  };
  const edit = (site: Site) => {
    setEditing(site);
    setSaved(false);
    setForm({
      name: site.name,
      country: site.country,
      city: site.city,
      serviceTypes: [...site.serviceTypes],
    });
  };
  return (
    <section aria-labelledby="sites-title">
      <h2 id="sites-title">{t('admin.sites')}</h2>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {saved && (
        <p role="status" className="success">
          {t('administration.sites.saved')}
        </p>
      )}
      <div className="table-scroll">
        <table className="rows-as-cards">
          <thead>
            <tr>
              <th scope="col">{t('admin.name')}</th>
              <th scope="col">{t('administration.sites.country')}</th>
              <th scope="col">{t('admin.city')}</th>
              <th scope="col">{t('administration.sites.services')}</th>
              <th scope="col">{t('administration.sites.status')}</th>
            </tr>
          </thead>
          <tbody>
            {sites.map((s) => (
              <tr key={s.id} className={s.active ? undefined : 'inactive'}>
                <th scope="row">{s.name}</th>
                <td data-label={t('administration.sites.country')}>
                  {countryName(s.country, i18n.language)}
                </td>
                <td data-label={t('admin.city')}>{s.city}</td>
                <td data-label={t('administration.sites.services')}>
                  {s.serviceTypes.map(service).join(', ')}
                </td>
                <td data-label={t('administration.sites.status')}>
                  <p>{s.active ? t('administration.sites.active') : t('administration.sites.inactive')}</p>
                  <button
                    type="button"
                    onClick={() => edit(s)}
                    aria-label={`${t('administration.sites.edit')}: ${s.name}`}
                  >
                    {t('administration.sites.edit')}
                  </button>{' '}
                  <button type="button" onClick={() => void setActive(s, !s.active)}>
                    {s.active ? t('administration.sites.deactivate') : t('administration.sites.reactivate')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <form onSubmit={save} className="stack card" aria-labelledby="site-form-title">
        <h3 id="site-form-title">
          {editing
            ? t('administration.sites.editTitle', { name: editing.name })
            : t('administration.sites.addTitle')}
        </h3>
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
        <Field label={t('administration.sites.country')}>
          {(id) => (
            <CountrySelect
              id={id}
              value={form.country}
              onChange={(country) => setForm({ ...form, country })}
            />
          )}
        </Field>
        <Field label={t('admin.city')}>
          {(id) => (
            <input
              id={id}
              value={form.city}
              onChange={(e) => setForm({ ...form, city: e.target.value })}
              required
            />
          )}
        </Field>
        <fieldset>
          <legend>{t('administration.sites.services')}</legend>
          {[...SERVICE_TYPES, ...form.serviceTypes.filter((c) => !isServiceType(c))].map((code) => (
            <label key={code} className="check">
              <input
                type="checkbox"
                checked={form.serviceTypes.includes(code)}
                onChange={(e) =>
                  setForm({
                    ...form,
                    serviceTypes: e.target.checked
                      ? [...form.serviceTypes, code]
                      : form.serviceTypes.filter((x) => x !== code),
                  })
                }
              />
              {service(code)}
            </label>
          ))}
        </fieldset>
        <div className="actions">
          <button type="submit" className="primary">
            {t('admin.save')}
          </button>
          {editing && (
            <button
              type="button"
              onClick={() => {
                setEditing(null);
                setForm(EMPTY);
              }}
            >
              {t('administration.sites.cancel')}
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
