import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError, api } from '../api/client.ts';
import type { Site } from '../api/types.ts';
import { Field } from '../layout/field.tsx';

/** Sites of the organization and a form to add one. */
export function SitesSection({ sites }: { sites: Site[] }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [form, setForm] = useState({ name: '', country: '', city: '', serviceTypes: '' });
  const [error, setError] = useState<string | null>(null);
  const create = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      await api('/api/sites', {
        method: 'POST',
        json: {
          name: form.name,
          country: form.country.toUpperCase(),
          city: form.city,
          serviceTypes: form.serviceTypes
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean),
        },
      });
      setForm({ name: '', country: '', city: '', serviceTypes: '' });
      void client.invalidateQueries({ queryKey: ['sites'] });
    } catch (e) {
      setError(e instanceof ApiRequestError ? e.message : String(e));
    }
  };
  return (
    <section aria-labelledby="sites-title">
      <h2 id="sites-title">{t('admin.sites')}</h2>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('admin.name')}</th>
              <th scope="col">{t('admin.country')}</th>
              <th scope="col">{t('admin.city')}</th>
              <th scope="col">{t('admin.serviceTypes')}</th>
            </tr>
          </thead>
          <tbody>
            {sites.map((s) => (
              <tr key={s.id}>
                <td>{s.name}</td>
                <td>{s.country}</td>
                <td>{s.city}</td>
                <td>{s.serviceTypes.join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <form onSubmit={create} className="stack card">
        <h3>{t('admin.addSite')}</h3>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
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
        <Field label={t('admin.country')}>
          {(id) => (
            <input
              id={id}
              value={form.country}
              maxLength={2}
              pattern="[A-Za-z]{2}"
              onChange={(e) => setForm({ ...form, country: e.target.value })}
              required
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
        <Field label={t('admin.serviceTypes')}>
          {(id) => (
            <input
              id={id}
              value={form.serviceTypes}
              onChange={(e) => setForm({ ...form, serviceTypes: e.target.value })}
            />
          )}
        </Field>
        <button type="submit" className="primary">
          {t('admin.save')}
        </button>
      </form>
    </section>
  );
}
