import { resolveText } from '@kolo/schema';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError } from '../api/client.ts';
import { answer, kolo } from '../api/kolo.ts';
import type { IndicatorWithStandard } from './scorecard-types.ts';

interface Draft {
  custom: boolean;
  green: string;
  amber: string;
  target: string;
  source: string;
}

const draftOf = (i: IndicatorWithStandard): Draft => ({
  custom: i.standard?.origin === 'custom',
  green: i.standard ? String(i.standard.green) : '',
  amber: i.standard ? String(i.standard.amber) : '',
  target: i.standard?.target === null || !i.standard ? '' : String(i.standard.target),
  source: i.standard?.source ?? '',
});

/** What is wrong with a draft standard, in the reader's language, or null. */
function problemOf(
  indicator: IndicatorWithStandard,
  draft: Draft,
  t: (key: string) => string,
): string | null {
  if (!draft.custom) return null;
  const green = Number(draft.green);
  const amber = Number(draft.amber);
  const max = indicator.max ?? Number.POSITIVE_INFINITY;
  const inRange = (v: number) => Number.isFinite(v) && v >= 0 && v <= max;
  if (draft.green === '' || draft.amber === '' || !inRange(green) || !inRange(amber))
    return t('scorecard.standards.range');
  if (draft.target !== '' && !inRange(Number(draft.target))) return t('scorecard.standards.range');
  if (indicator.direction === 'higher' && !(green > amber)) return t('scorecard.standards.orderHigher');
  if (indicator.direction === 'lower' && !(green < amber)) return t('scorecard.standards.orderLower');
  return null;
}

/** Staff's editor of a survey's standards: per indicator thresholds, target and source, or the default. */
export function StandardsEditor({ surveyId }: { surveyId: string }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const query = useQuery({
    queryKey: ['standards', surveyId],
    queryFn: () => answer(kolo.api.surveys[':id'].standards.$get({ param: { id: surveyId } })),
  });
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  useEffect(() => {
    if (query.data) setDrafts(Object.fromEntries(query.data.indicators.map((i) => [i.id, draftOf(i)])));
  }, [query.data]);
  const save = useMutation({
    mutationFn: () =>
      answer(
        kolo.api.surveys[':id'].standards.$put({
          param: { id: surveyId },
          json: {
            standards: Object.entries(drafts)
              .filter(([, d]) => d.custom)
              .map(([indicatorId, d]) => ({
                indicatorId,
                green: Number(d.green),
                amber: Number(d.amber),
                target: d.target === '' ? null : Number(d.target),
                source: d.source.trim() || null,
              })),
          },
        }),
      ),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['standards', surveyId] });
      void client.invalidateQueries({ queryKey: ['scorecard'] });
    },
  });
  const indicators = query.data?.indicators ?? [];
  const problems = indicators.map((i) => (drafts[i.id] ? problemOf(i, drafts[i.id] as Draft, t) : null));
  const blocked = problems.some(Boolean);
  const change = (id: string, patch: Partial<Draft>) =>
    setDrafts((all) => ({ ...all, [id]: { ...(all[id] as Draft), ...patch, custom: patch.custom ?? true } }));
  return (
    <section className="panel stack" aria-labelledby="standards-title">
      <h2 id="standards-title">{t('scorecard.standards.title')}</h2>
      <p className="note">{t('scorecard.standards.intro')}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!blocked) save.mutate();
        }}
        className="stack"
      >
        <div className="table-scroll">
          <table className="sc-standards-table">
            <thead>
              <tr>
                <th scope="col">{t('scorecard.standards.indicator')}</th>
                <th scope="col">{t('scorecard.standards.green')}</th>
                <th scope="col">{t('scorecard.standards.amber')}</th>
                <th scope="col">{t('scorecard.standards.target')}</th>
                <th scope="col">{t('scorecard.standards.source')}</th>
              </tr>
            </thead>
            <tbody>
              {indicators.map((indicator, index) => {
                const draft = drafts[indicator.id];
                if (!draft) return null;
                const label = resolveText(indicator.label, i18n.language);
                const problem = problems[index];
                const origin = draft.custom
                  ? t('scorecard.standards.custom')
                  : indicator.standard
                    ? t('scorecard.standards.library')
                    : t('scorecard.standards.none');
                return (
                  <tr key={indicator.id}>
                    <th scope="row">
                      {label}
                      <span className="sc-standard">
                        {t(`scorecard.direction.${indicator.direction}`)} · {origin}
                      </span>
                      {draft.custom && (
                        <button
                          type="button"
                          className="button secondary"
                          onClick={() => {
                            const original = query.data?.indicators.find((i) => i.id === indicator.id);
                            const base =
                              original && original.standard?.origin === 'library' ? draftOf(original) : null;
                            setDrafts((all) => ({
                              ...all,
                              [indicator.id]: base ?? {
                                custom: false,
                                green: '',
                                amber: '',
                                target: '',
                                source: '',
                              },
                            }));
                          }}
                        >
                          {t('scorecard.standards.useDefault')}
                        </button>
                      )}
                      {problem && (
                        <span role="alert" className="error">
                          {problem}
                        </span>
                      )}
                    </th>
                    {(['green', 'amber', 'target'] as const).map((field) => (
                      <td key={field}>
                        <input
                          type="number"
                          inputMode="decimal"
                          step="any"
                          min={0}
                          max={indicator.max ?? undefined}
                          aria-label={`${label}: ${t(`scorecard.standards.${field}`)}`}
                          aria-invalid={problem && field !== 'target' ? true : undefined}
                          value={draft[field]}
                          onChange={(e) => change(indicator.id, { [field]: e.target.value })}
                        />
                      </td>
                    ))}
                    <td>
                      <input
                        type="text"
                        maxLength={500}
                        placeholder={t('scorecard.standards.sourceHint')}
                        aria-label={`${label}: ${t('scorecard.standards.source')}`}
                        value={draft.source}
                        onChange={(e) => change(indicator.id, { source: e.target.value })}
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <div className="actions">
          <button type="submit" className="button" disabled={blocked || save.isPending}>
            {save.isPending ? t('scorecard.standards.saving') : t('scorecard.standards.save')}
          </button>
          <span aria-live="polite">
            {save.isSuccess && !save.isPending && (
              <span className="success">{t('scorecard.standards.saved')}</span>
            )}
            {save.isError && (
              <span role="alert" className="error">
                {t('scorecard.standards.failed', {
                  message: save.error instanceof ApiRequestError ? save.error.message : '',
                })}
              </span>
            )}
          </span>
        </div>
      </form>
    </section>
  );
}
