import { allowedValues, choicesOf, type Indicator, type Item, resolveText } from '@kolo/schema';
import { useTranslation } from 'react-i18next';
import { Field } from '../layout/field.tsx';
import { useBuilder } from './builder-context.tsx';
import { uniqueId } from './draft-state.ts';
import { IndicatorPreview } from './indicator-preview.tsx';
import { QuestionSelect, questionLabel } from './question-select.tsx';
import { TextField } from './text-field.tsx';

const KINDS: readonly Indicator['kind'][] = ['scale_mean', 'share', 'count'];

/** Items a scale mean can score (as `parseSurvey` allows): scales, ratings, single choice, bounded numbers. */
export function isScalable(item: Item): boolean {
  return (
    ['likert', 'rating', 'matrix', 'single_choice'].includes(item.kind) ||
    (item.kind === 'number' && item.min !== undefined && item.max !== undefined)
  );
}

function ValueChecks({
  legend,
  values,
  chosen,
  onChange,
  labelOf,
}: {
  legend: string;
  values: readonly string[];
  chosen: readonly string[];
  onChange: (values: string[]) => void;
  labelOf: (value: string) => string;
}) {
  return (
    <fieldset className="condition-values">
      <legend>{legend}</legend>
      {values.map((v) => (
        <label key={v} className="check">
          <input
            type="checkbox"
            checked={chosen.includes(v)}
            onChange={(e) => onChange(e.target.checked ? [...chosen, v] : chosen.filter((c) => c !== v))}
          />
          {labelOf(v)}
        </label>
      ))}
    </fieldset>
  );
}

/** The survey's indicators: which items, which scoring rule, and a preview on sample answers. */
export function IndicatorEditor() {
  const { t } = useTranslation();
  const { definition, entries, dispatch, locale } = useBuilder();
  const indicators = definition.indicators ?? [];
  const set = (index: number, next: Indicator) =>
    dispatch({ type: 'setIndicators', indicators: indicators.map((x, i) => (i === index ? next : x)) });
  const questions = entries.filter((e) => e.item.kind !== 'note').map((e) => e.item);
  const countable = questions
    .filter((q) => allowedValues(definition, q))
    .map((q) => ({ ref: q.id, label: questionLabel(q, locale) }));
  const questionName = (id: string) => {
    const item = questions.find((q) => q.id === id);
    return item ? questionLabel(item, locale) : id;
  };
  const answerName = (item: Item | undefined) => (value: string) => {
    if (!item) return value;
    if (item.kind === 'yes_no') return t(`design.yesNo.${value}`, { defaultValue: value });
    if (value === 'other' && 'other' in item && item.other) return t('design.otherOption');
    const choice = choicesOf(definition, item).find((c) => c.value === value);
    return choice ? `${resolveText(choice.label, locale)} (${value})` : value;
  };
  const switchKind = (indicator: Indicator, kind: Indicator['kind']): Indicator => {
    const base = {
      id: indicator.id,
      label: indicator.label,
      ...(indicator.description ? { description: indicator.description } : {}),
    };
    const first = questions.find((q) => allowedValues(definition, q))?.id ?? questions[0]?.id ?? '';
    if (kind === 'scale_mean')
      return {
        ...base,
        kind,
        items: questions
          .filter(isScalable)
          .slice(0, 1)
          .map((q) => q.id),
      };
    if (kind === 'share') return { ...base, kind, item: first, values: [] };
    return { ...base, kind };
  };
  return (
    <section aria-labelledby="indicators-title">
      <h2 id="indicators-title">{t('design.indicators.title')}</h2>
      <p className="note">{t('design.indicators.intro')}</p>
      <ol className="indicator-list">
        {indicators.map((indicator, index) => {
          const target = 'item' in indicator ? questions.find((q) => q.id === indicator.item) : undefined;
          const values = target ? (allowedValues(definition, target) ?? []) : [];
          const n = index + 1;
          return (
            <li key={`${index}-${indicator.kind}`} className="panel" id={`indicator-${index}`}>
              <div className="settings-grid">
                <Field label={t('design.indicators.id', { n })} compact>
                  {(id) => (
                    <input
                      id={id}
                      className="code"
                      value={indicator.id}
                      onChange={(e) => set(index, { ...indicator, id: e.target.value })}
                    />
                  )}
                </Field>
                <Field label={t('design.indicators.kind', { n })} compact>
                  {(id) => (
                    <select
                      id={id}
                      value={indicator.kind}
                      onChange={(e) => set(index, switchKind(indicator, e.target.value as Indicator['kind']))}
                    >
                      {KINDS.map((k) => (
                        <option key={k} value={k}>
                          {t(`design.indicators.kinds.${k}`)}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
              </div>
              <p className="note">{t(`design.indicators.explain.${indicator.kind}`)}</p>
              <TextField
                label={t('design.indicators.label', { n })}
                text={indicator.label}
                locale={locale}
                onChange={(label) => set(index, { ...indicator, label: label ?? {} })}
              />
              {indicator.kind === 'scale_mean' ? (
                <ValueChecks
                  legend={t('design.indicators.items')}
                  values={questions.filter(isScalable).map((q) => q.id)}
                  chosen={indicator.items}
                  labelOf={questionName}
                  onChange={(items) => set(index, { ...indicator, items })}
                />
              ) : (
                <>
                  <QuestionSelect
                    label={t('design.indicators.item', { n })}
                    value={indicator.item ?? ''}
                    questions={countable}
                    extra={
                      indicator.kind === 'count'
                        ? { ref: '', label: t('design.indicators.everySubmission') }
                        : undefined
                    }
                    onChange={(item) => {
                      const { item: _old, values: _values, ...rest } = indicator;
                      if (indicator.kind === 'share')
                        set(index, { ...rest, kind: 'share', item, values: [] });
                      else set(index, item ? { ...rest, kind: 'count', item } : { ...rest, kind: 'count' });
                    }}
                  />
                  {target ? (
                    <ValueChecks
                      legend={t('design.indicators.values')}
                      values={values}
                      chosen={indicator.values ?? []}
                      labelOf={answerName(target)}
                      onChange={(chosen) => {
                        if (indicator.kind === 'share') set(index, { ...indicator, values: chosen });
                        else {
                          const { values: _old, ...rest } = indicator;
                          set(index, chosen.length ? { ...rest, values: chosen } : rest);
                        }
                      }}
                    />
                  ) : null}
                  {indicator.kind === 'share' && target ? (
                    <ValueChecks
                      legend={t('design.indicators.exclude')}
                      values={values}
                      chosen={indicator.exclude ?? []}
                      labelOf={answerName(target)}
                      onChange={(chosen) => {
                        const { exclude: _old, ...rest } = indicator;
                        set(index, chosen.length ? { ...rest, exclude: chosen } : rest);
                      }}
                    />
                  ) : null}
                </>
              )}
              <button
                type="button"
                className="small danger"
                onClick={() => {
                  if (window.confirm(t('design.indicators.deleteConfirm', { name: indicator.id })))
                    dispatch({ type: 'setIndicators', indicators: indicators.filter((_, i) => i !== index) });
                }}
              >
                {t('design.indicators.delete', { name: indicator.id })}
              </button>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        onClick={() => {
          const id = uniqueId('indicator', new Set(indicators.map((i) => i.id)));
          const scalable = questions
            .filter(isScalable)
            .slice(0, 1)
            .map((q) => q.id);
          const added: Indicator = {
            id,
            kind: 'scale_mean',
            label: { [locale]: t('design.indicators.newLabel') },
            items: scalable,
          };
          dispatch({ type: 'setIndicators', indicators: [...indicators, added] });
        }}
      >
        {t('design.indicators.add')}
      </button>
      {indicators.length > 0 ? <IndicatorPreview /> : null}
    </section>
  );
}
