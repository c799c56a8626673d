import './setup.ts';
import {
  type EvidenceSnapshot,
  FINDING_CATEGORIES,
  type FindingCategory,
  type FindingInput,
  type FindingVisibility,
} from '@kolo/schema';
import { useQueryClient } from '@tanstack/react-query';
import {
  createContext,
  type FormEvent,
  type ReactNode,
  useContext,
  useEffect,
  useId,
  useRef,
  useState,
} from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { answer, kolo } from '../api/kolo.ts';
import type { Site } from '../api/types.ts';
import { useSession } from '../auth/session.tsx';
import { apiErrorText } from '../i18n/api-error.ts';
import { countryName } from '../i18n/country-names.ts';
import { Field } from '../layout/field.tsx';

import { EvidenceCard } from './evidence-card.tsx';
import { useFieldProblems } from './field-problems.tsx';

type Filters = EvidenceSnapshot['filters'];

/** What Insights knows about the figures on screen: the survey, its version, the filters and the sites. */
export interface RaiseContextValue {
  surveyId: string;
  surveyVersion?: number | undefined;
  /** The results query string as Insights sent it. */
  query: string;
  sites: readonly Site[];
}

const RaiseContext = createContext<RaiseContextValue | null>(null);

/** Wrap Insights in this so its cards, charts and compare rows can raise findings. */
export function RaiseFindingProvider({ value, children }: { value: RaiseContextValue; children: ReactNode }) {
  return <RaiseContext.Provider value={value}>{children}</RaiseContext.Provider>;
}

/** The evidence filters of a results query string (`from`, `to`, `country`, `siteId`, `serviceType`, `filter`). */
export function evidenceFilters(query: string): Filters {
  const params = new URLSearchParams(query);
  const filters: Filters = {};
  const from = params.get('from');
  const to = params.get('to');
  const serviceType = params.get('serviceType');
  if (from) filters.from = from;
  if (to) filters.to = to;
  const countries = params
    .getAll('country')
    .flatMap((c) => c.split(','))
    .filter(Boolean);
  const sites = params
    .getAll('siteId')
    .flatMap((c) => c.split(','))
    .filter(Boolean);
  const answers = params.getAll('filter').filter(Boolean);
  if (countries.length) filters.country = countries;
  if (sites.length) filters.siteId = sites;
  if (serviceType) filters.serviceType = serviceType;
  if (answers.length) filters.filter = answers;
  return filters;
}

type ScopeChoice = 'site' | 'region' | 'country' | 'network';

/** The scope a finding defaults to from its filters: one site, else one country, else the network. */
export function defaultScope(filters: Filters): ScopeChoice {
  if (filters.siteId?.length === 1) return 'site';
  if (filters.country?.length === 1) return 'country';
  return 'network';
}

export interface RaiseFindingButtonProps {
  target: EvidenceSnapshot['target'];
  shown: EvidenceSnapshot['shown'];
  /** What the button raises a finding about, for its accessible name ("Raise a finding: HIV test offered"). */
  about: string;
  /** A compare row's own filters instead of the page's. */
  query?: string | undefined;
}

/**
 * One click from a figure in Insights to a finding: a dialog prefilled with the figure exactly as
 * shown (withheld stays withheld) and its filters. Only network staff and admins see it.
 */
export function RaiseFindingButton({ target, shown, about, query }: RaiseFindingButtonProps) {
  const { t } = useTranslation();
  const { me } = useSession();
  const context = useContext(RaiseContext);
  const [open, setOpen] = useState(false);
  if (!context || !(me?.role === 'staff' || me?.role === 'admin')) return null;
  const evidence: EvidenceSnapshot = {
    surveyId: context.surveyId,
    ...(context.surveyVersion ? { surveyVersion: context.surveyVersion } : {}),
    target,
    filters: evidenceFilters(query ?? context.query),
    shown: { ...shown, display: shown.display.slice(0, 200) },
    capturedAt: new Date().toISOString(),
  };
  return (
    <>
      <button
        type="button"
        className="small acc-raise no-print"
        aria-label={t('accountability.raise.buttonFor', { what: about })}
        onClick={() => setOpen(true)}
      >
        {t('accountability.raise.button')}
      </button>
      {open && <FindingForm evidence={evidence} sites={context.sites} onClose={() => setOpen(false)} />}
    </>
  );
}

type Problem = 'needTitle' | 'needSite' | 'needCountry' | 'needCity';

/** The finding form in a modal dialog; used from Insights and from the triage of field observations. */
export function FindingForm({
  evidence,
  sites,
  onClose,
  observationIds,
  initial,
  onCreated,
}: {
  evidence?: EvidenceSnapshot | undefined;
  sites: readonly Site[];
  onClose: () => void;
  observationIds?: readonly string[] | undefined;
  initial?: { title?: string; category?: FindingCategory; siteId?: string } | undefined;
  onCreated?: ((id: string) => void) | undefined;
}) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const filters = evidence?.filters ?? {};
  const [title, setTitle] = useState(initial?.title ?? '');
  const [category, setCategory] = useState<FindingCategory>(initial?.category ?? 'other');
  const [description, setDescription] = useState('');
  const [level, setLevel] = useState<ScopeChoice>(initial?.siteId ? 'site' : defaultScope(filters));
  const [siteId, setSiteId] = useState(initial?.siteId ?? filters.siteId?.[0] ?? '');
  const firstCountry = filters.country?.[0] ?? sites.find((s) => s.id === siteId)?.country ?? '';
  const [country, setCountry] = useState(firstCountry);
  const [city, setCity] = useState(sites.find((s) => s.id === siteId)?.city ?? '');
  const [visibility, setVisibility] = useState<FindingVisibility>('internal');
  const fields = useFieldProblems<Problem>('accountability.raise');
  const { error, invalid } = fields;
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState('');
  const [created, setCreated] = useState<string | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal?.();
  }, []);

  const countries = [...new Set(sites.map((s) => s.country))].sort();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Problem[] = [];
    if (title.trim().length < 3) found.push('needTitle');
    if (level === 'site' && !siteId) found.push('needSite');
    if ((level === 'country' || level === 'region') && !country) found.push('needCountry');
    if (level === 'region' && !city.trim()) found.push('needCity');
    fields.setProblems(found);
    if (found.length > 0) return;
    const scope: FindingInput['scope'] =
      level === 'site'
        ? { level, siteId }
        : level === 'region'
          ? { level, country, city: city.trim() }
          : level === 'country'
            ? { level, country }
            : { level: 'network' };
    const body: FindingInput = {
      title: title.trim(),
      category,
      scope,
      visibility,
      ...(description.trim() ? { description: description.trim() } : {}),
      ...(evidence ? { evidence } : {}),
      ...(observationIds?.length ? { observationIds: [...observationIds] } : {}),
    };
    setBusy(true);
    setFailed('');
    try {
      // made from field observations too: the API marks them triaged with the finding
      const finding = await answer(kolo.api.findings.$post({ json: body }));
      await client.invalidateQueries({ queryKey: ['accountability'] });
      setCreated(finding.id);
      onCreated?.(finding.id);
    } catch (error) {
      setFailed(
        t('accountability.saveFailed', {
          message: apiErrorText(t, error),
        }),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <dialog ref={ref} className="acc-dialog" aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId}>{t('accountability.raise.title')}</h2>
      {created ? (
        <div className="stack">
          <p role="status" className="success">
            {t('accountability.raise.created')}
          </p>
          <div className="actions">
            <Link className="button primary" to={`/accountability/findings/${created}`}>
              {t('accountability.raise.open')}
            </Link>
            <button type="button" onClick={onClose}>
              {t('accountability.close')}
            </button>
          </div>
        </div>
      ) : (
        <form className="stack" noValidate onSubmit={(e) => void submit(e)}>
          {evidence && (
            <section aria-label={t('accountability.raise.evidence')}>
              <h3>{t('accountability.raise.evidence')}</h3>
              <EvidenceCard evidence={evidence} sites={sites} locale={i18n.language} />
              <p className="note">{t('accountability.raise.evidenceNote')}</p>
            </section>
          )}
          <Field label={t('accountability.raise.findingTitle')}>
            {(id) => (
              <>
                <span className="hint" id={`${id}-hint`}>
                  {t('accountability.raise.titleHint')}
                </span>
                <input
                  id={id}
                  value={title}
                  maxLength={200}
                  onChange={(e) => setTitle(e.target.value)}
                  required
                  {...invalid('needTitle')}
                />
              </>
            )}
          </Field>
          {error('needTitle')}
          <Field label={t('accountability.page.category')}>
            {(id) => (
              <select
                id={id}
                value={category}
                onChange={(e) => setCategory(e.target.value as FindingCategory)}
              >
                {FINDING_CATEGORIES.map((c) => (
                  <option key={c} value={c}>
                    {t(`accountability.category.${c}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('accountability.raise.scope')}>
            {(id) => (
              <select id={id} value={level} onChange={(e) => setLevel(e.target.value as ScopeChoice)}>
                {(['site', 'region', 'country', 'network'] as const).map((l) => (
                  <option key={l} value={l}>
                    {t(`accountability.scopeLevel.${l}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {level === 'site' && (
            <Field label={t('accountability.raise.site')}>
              {(id) => (
                <select
                  id={id}
                  value={siteId}
                  onChange={(e) => setSiteId(e.target.value)}
                  {...invalid('needSite')}
                >
                  <option value="">—</option>
                  {sites.map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.name} · {s.city}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )}
          {error('needSite')}
          {(level === 'country' || level === 'region') && (
            <Field label={t('accountability.raise.country')}>
              {(id) => (
                <select
                  id={id}
                  value={country}
                  onChange={(e) => setCountry(e.target.value)}
                  {...invalid('needCountry')}
                >
                  <option value="">—</option>
                  {countries.map((c) => (
                    <option key={c} value={c}>
                      {countryName(c, i18n.language)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )}
          {error('needCountry')}
          {level === 'region' && (
            <Field label={t('accountability.raise.city')}>
              {(id) => (
                <input
                  id={id}
                  value={city}
                  maxLength={120}
                  onChange={(e) => setCity(e.target.value)}
                  {...invalid('needCity')}
                />
              )}
            </Field>
          )}
          {error('needCity')}
          <Field label={t('accountability.raise.description')}>
            {(id) => (
              <textarea
                id={id}
                rows={3}
                maxLength={4000}
                value={description}
                onChange={(e) => setDescription(e.target.value)}
              />
            )}
          </Field>
          <Field label={t('accountability.raise.visibility')}>
            {(id) => (
              <select
                id={id}
                value={visibility}
                onChange={(e) => setVisibility(e.target.value as FindingVisibility)}
              >
                {(['internal', 'shared_with_funders', 'published'] as const).map((v) => (
                  <option key={v} value={v}>
                    {t(`accountability.visibility.${v}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {failed && (
            <p className="error" role="alert">
              {failed}
            </p>
          )}
          <div className="actions">
            <button type="submit" className="primary" disabled={busy} aria-busy={busy || undefined}>
              {busy ? t('accountability.saving') : t('accountability.raise.create')}
            </button>
            <button type="button" onClick={onClose}>
              {t('accountability.cancel')}
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
}

/**
 * A figure as Insights shows it, for the evidence: withheld under k (value and n null), otherwise
 * the value with its unit and n, in the reader's language.
 */
export function shownFigure(
  figure: { value: number | null; n: number | null; suppressed: boolean },
  unit: 'percent' | 'count' | 'score',
  k: number,
  locale: string,
): EvidenceSnapshot['shown'] {
  if (figure.suppressed || figure.value === null)
    return { value: null, n: null, withheld: true, display: `<${k}` };
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: unit === 'count' ? 0 : 1 });
  const value =
    unit === 'percent'
      ? new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(
          figure.value / 100,
        )
      : number.format(figure.value);
  const n = figure.n === null ? '' : ` (n = ${new Intl.NumberFormat(locale).format(figure.n)})`;
  return { value: figure.value, n: figure.n, withheld: false, display: `${value}${n}` };
}
