import { allowedValues, choicesOf, resolveText, type SurveyDefinition, surveyItems } from '@kolo/schema';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Site } from '../api/types.ts';
import { countryName } from '../i18n/country-names.ts';
import { Field } from '../layout/field.tsx';
import { applyPatch, type InsightsFilters } from './filters.ts';
import { serviceOptions } from './service-filter.ts';

const FILTERABLE = new Set(['single_choice', 'yes_no', 'likert']);

export interface FilterBarProps {
  definition: SurveyDefinition;
  sites: readonly Site[];
  filters: InsightsFilters;
  locale: string;
  /** Receives an update of the current filters, so quick successive changes all apply. */
  onChange(update: (current: InsightsFilters) => InsightsFilters): void;
}

/** Period presets, country, site, service type and one single-choice answer; computed server-side. */
export function FilterBar({ definition, sites, filters, locale, onChange }: FilterBarProps) {
  const { t } = useTranslation();
  const countries = [...new Set(sites.map((s) => s.country))].sort();
  const services = serviceOptions(
    definition,
    sites.flatMap((s) => s.serviceTypes),
    locale,
    (code, fallback) => t(`administration.services.${code}`, { defaultValue: fallback }),
  );
  const siteMode = services.mode === 'site';
  const noteId = useId();
  // a question of a repeated section is answered per instance, not once per person: not a filter
  const questions = surveyItems(definition).filter((e) => FILTERABLE.has(e.item.kind) && !e.section.repeat);
  const [answerQuestion = '', answerValue = ''] = (filters.answer ?? '').split(':');
  const selected = questions.find((q) => q.item.id === answerQuestion)?.item;
  const set = (patch: Partial<InsightsFilters>) => onChange((current) => applyPatch(current, patch));
  const valueLabel = (value: string) => {
    if (!selected) return value;
    const choice = choicesOf(definition, selected).find((c) => c.value === value);
    return choice ? resolveText(choice.label, locale) : value;
  };
  return (
    <form className="filter-bar" aria-label={t('filters.title')} onSubmit={(e) => e.preventDefault()}>
      <Field label={t('filters.period')} compact>
        {(id) => (
          <select
            id={id}
            value={filters.period}
            onChange={(e) => set({ period: e.target.value as InsightsFilters['period'] })}
          >
            <option value="all">{t('filters.all')}</option>
            <option value="quarter">{t('filters.lastQuarter')}</option>
            <option value="12m">{t('filters.last12')}</option>
            <option value="custom">{t('filters.custom')}</option>
          </select>
        )}
      </Field>
      {filters.period === 'custom' && (
        <>
          <Field label={t('filters.from')} compact>
            {(id) => (
              <input
                id={id}
                type="date"
                value={filters.from ?? ''}
                onChange={(e) => set({ from: e.target.value })}
              />
            )}
          </Field>
          <Field label={t('filters.to')} compact>
            {(id) => (
              <input
                id={id}
                type="date"
                value={filters.to ?? ''}
                onChange={(e) => set({ to: e.target.value })}
              />
            )}
          </Field>
        </>
      )}
      <Field label={t('filters.country')} compact>
        {(id) => (
          <select
            id={id}
            value={filters.country ?? ''}
            onChange={(e) => set({ country: e.target.value, siteId: '' })}
          >
            <option value="">{t('filters.any')}</option>
            {countries.map((c) => (
              <option key={c} value={c}>
                {countryName(c, locale)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('filters.site')} compact>
        {(id) => (
          <select id={id} value={filters.siteId ?? ''} onChange={(e) => set({ siteId: e.target.value })}>
            <option value="">{t('filters.any')}</option>
            {sites
              .filter((s) => !filters.country || s.country === filters.country)
              .map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name} · {s.city}
                </option>
              ))}
          </select>
        )}
      </Field>
      <Field label={t(siteMode ? 'insights.sitesOffering' : 'insights.serviceUsed')} compact>
        {(id) => (
          <select
            id={id}
            value={filters.serviceType ?? ''}
            aria-describedby={siteMode ? noteId : undefined}
            onChange={(e) => set({ serviceType: e.target.value })}
          >
            <option value="">{t('filters.any')}</option>
            {services.options.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
            {filters.serviceType && !services.options.some((s) => s.value === filters.serviceType) && (
              <option value={filters.serviceType}>{filters.serviceType}</option>
            )}
          </select>
        )}
      </Field>
      <Field label={t('filters.answer')} compact>
        {(id) => (
          <select
            id={id}
            value={answerQuestion}
            onChange={(e) => set({ answer: e.target.value ? `${e.target.value}:` : '' })}
          >
            <option value="">{t('filters.any')}</option>
            {questions.map((q) => (
              <option key={q.item.id} value={q.item.id}>
                {resolveText(q.item.label, locale).slice(0, 60)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {selected && (
        <Field label={resolveText(selected.label, locale).slice(0, 40)} compact>
          {(id) => (
            <select
              id={id}
              value={answerValue}
              onChange={(e) =>
                set({ answer: e.target.value ? `${answerQuestion}:${e.target.value}` : `${answerQuestion}:` })
              }
            >
              <option value="">{t('filters.any')}</option>
              {(allowedValues(definition, selected) ?? []).map((v) => (
                <option key={v} value={v}>
                  {valueLabel(v)}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <button type="button" className="link" onClick={() => onChange(() => ({ period: 'all' }))}>
        {t('filters.reset')}
      </button>
      {siteMode && (
        <p id={noteId} className="filter-note">
          {t('insights.sitesOfferingNote')}
        </p>
      )}
    </form>
  );
}
