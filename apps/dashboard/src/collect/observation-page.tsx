import { FINDING_CATEGORIES } from '@kolo/schema/forms';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Field } from '../layout/field.tsx';
import { enqueueObservation, syncOutbox } from '../offline/outbox.ts';
import { useCollectData } from './collect-data.ts';
import { registerObservationMessages } from './observation-messages/register.ts';

registerObservationMessages();

/** Today in the phone's own time zone, as YYYY-MM-DD. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

type Problem = 'needSite' | 'needCategory' | 'needText' | 'futureDate';

/** What is wrong with a report before it is queued, or null. */
export function observationProblems(input: {
  siteId: string;
  category: string;
  text: string;
  observedOn: string;
  today: string;
}): Problem[] {
  const problems: Problem[] = [];
  if (!input.siteId) problems.push('needSite');
  if (!input.category) problems.push('needCategory');
  if (input.text.trim().length < 3) problems.push('needText');
  if (input.observedOn > input.today) problems.push('futureDate');
  return problems;
}

/**
 * "Report a problem at this site": a monitor's field observation, saved encrypted on the phone and
 * sent from the outbox once the network is there (one client-made id, so a resend is harmless).
 */
export function ObservationPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const { data } = useCollectData();
  const sites = data?.sites ?? [];
  const today = localToday();
  const [siteId, setSiteId] = useState(params.get('site') ?? '');
  const [category, setCategory] = useState('');
  const [text, setText] = useState('');
  const [observedOn, setObservedOn] = useState(today);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const [failed, setFailed] = useState('');
  const site = siteId || (sites.length === 1 ? (sites[0]?.id ?? '') : '');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = observationProblems({ siteId: site, category, text, observedOn, today });
    setProblems(found);
    const chosen = FINDING_CATEGORIES.find((c) => c === category);
    if (found.length > 0 || !chosen) return;
    setBusy(true);
    setFailed('');
    try {
      await enqueueObservation({
        id: crypto.randomUUID(),
        siteId: site,
        category: chosen,
        observedOn,
        text: text.trim(),
      });
      setSaved(true);
      setText('');
      setCategory('');
      void syncOutbox().catch(() => undefined);
    } catch (error) {
      setFailed(t('observe.failed', { message: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(false);
    }
  };

  if (saved)
    return (
      <main id="main" className="page narrow">
        <h1>{t('observe.title')}</h1>
        <p role="status">{t('observe.saved')}</p>
        <div className="stack">
          <button type="button" className="primary" onClick={() => setSaved(false)}>
            {t('observe.another')}
          </button>
          <Link to="/collect/outbox">{t('observe.toOutbox')}</Link>
        </div>
      </main>
    );

  const error = (p: Problem) =>
    problems.includes(p) ? (
      <span className="error" id={`observe-${p}`}>
        {t(`observe.${p}`)}
      </span>
    ) : null;
  return (
    <main id="main" className="page narrow">
      <h1>{t('observe.title')}</h1>
      <p className="note">{t('observe.intro')}</p>
      <form className="stack" noValidate onSubmit={(e) => void submit(e)}>
        <Field label={t('observe.site')}>
          {(id) => (
            <select
              id={id}
              value={site}
              onChange={(e) => setSiteId(e.target.value)}
              required
              aria-invalid={problems.includes('needSite') || undefined}
              aria-describedby={problems.includes('needSite') ? 'observe-needSite' : undefined}
            >
              <option value="">{t('observe.chooseSite')}</option>
              {sites.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name} · {s.city}
                </option>
              ))}
            </select>
          )}
        </Field>
        {error('needSite')}
        <Field label={t('observe.category')}>
          {(id) => (
            <select
              id={id}
              value={category}
              onChange={(e) => setCategory(e.target.value)}
              required
              aria-invalid={problems.includes('needCategory') || undefined}
              aria-describedby={problems.includes('needCategory') ? 'observe-needCategory' : undefined}
            >
              <option value="">{t('observe.chooseCategory')}</option>
              {FINDING_CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {t(`observe.category_${c}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {error('needCategory')}
        <Field label={t('observe.text')}>
          {(id) => (
            <>
              <span className="hint" id={`${id}-hint`}>
                {t('observe.textHint')}
              </span>
              <textarea
                id={id}
                rows={4}
                maxLength={2000}
                value={text}
                onChange={(e) => setText(e.target.value)}
                required
                aria-invalid={problems.includes('needText') || undefined}
                aria-describedby={`${id}-hint${problems.includes('needText') ? ' observe-needText' : ''}`}
              />
            </>
          )}
        </Field>
        {error('needText')}
        <Field label={t('observe.observedOn')}>
          {(id) => (
            <input
              id={id}
              type="date"
              value={observedOn}
              max={today}
              onChange={(e) => setObservedOn(e.target.value || today)}
              aria-invalid={problems.includes('futureDate') || undefined}
              aria-describedby={problems.includes('futureDate') ? 'observe-futureDate' : undefined}
            />
          )}
        </Field>
        {error('futureDate')}
        {failed && (
          <p className="error" role="alert">
            {failed}
          </p>
        )}
        <button type="submit" className="primary" disabled={busy} aria-busy={busy || undefined}>
          {busy ? t('observe.saving') : t('observe.save')}
        </button>
      </form>
    </main>
  );
}
