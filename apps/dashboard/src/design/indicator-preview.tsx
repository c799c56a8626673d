import { allowedValues, choicesOf, computeIndicators, type Item, resolveText } from '@kolo/schema';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../layout/field.tsx';
import { useBuilder } from './builder-context.tsx';

type Answers = Record<string, unknown>;

/** Question references the indicators read: item ids or `matrix.row`. */
function referenced(indicators: ReturnType<typeof useBuilder>['definition']['indicators']): string[] {
  const refs = (indicators ?? []).flatMap((i) =>
    i.kind === 'scale_mean' ? i.items : i.item ? [i.item] : [],
  );
  return [...new Set(refs)];
}

/** Type sample answers and see what each indicator computes for that one submission. */
export function IndicatorPreview() {
  const { t } = useTranslation();
  const { definition, entries, locale } = useBuilder();
  const [answers, setAnswers] = useState<Answers>({});
  const byId = new Map(entries.map((e) => [e.item.id, e.item]));
  const refs = referenced(definition.indicators).flatMap(
    (ref): Array<{ ref: string; item: Item; row: string | undefined }> => {
      const [id = ref, row] = ref.split('.');
      const item = byId.get(id);
      if (!item) return [];
      if (item.kind === 'matrix')
        return (row ? [row] : item.rows.map((r) => r.id)).map((r) => ({ ref: `${id}.${r}`, item, row: r }));
      return [{ ref: id, item, row: undefined }];
    },
  );
  const read = (ref: string, row: string | undefined) => {
    const [id = ref] = ref.split('.');
    return row ? (answers[id] as Record<string, string> | undefined)?.[row] : answers[id];
  };
  const write = (ref: string, row: string | undefined, value: unknown) => {
    const [id = ref] = ref.split('.');
    setAnswers((current) => {
      if (!row) {
        const { [id]: _old, ...rest } = current;
        return value === undefined ? rest : { ...rest, [id]: value };
      }
      const { [row]: _cell, ...cells } = (current[id] as Record<string, string> | undefined) ?? {};
      return { ...current, [id]: value === undefined ? cells : { ...cells, [row]: value } };
    });
  };
  const label = (item: Item, row: string | undefined) => {
    const base = resolveText(item.label, locale) || item.id;
    if (item.kind !== 'matrix' || !row) return base;
    return `${base} › ${resolveText(item.rows.find((r) => r.id === row)?.label, locale) || row}`;
  };
  const values = computeIndicators(definition, answers);
  return (
    <section className="panel" aria-labelledby="indicator-preview-title">
      <h3 id="indicator-preview-title">{t('design.indicators.previewTitle')}</h3>
      <p className="note">{t('design.indicators.previewIntro')}</p>
      <div className="settings-grid">
        {refs.map(({ ref, item, row }) => {
          const options =
            item.kind === 'matrix'
              ? choicesOf(definition, item).map((c) => c.value)
              : allowedValues(definition, item);
          const current = read(ref, row);
          if (item.kind === 'multi_choice' && options) {
            const chosen = Array.isArray(current) ? (current as string[]) : [];
            return (
              <fieldset key={ref} className="condition-values">
                <legend>{label(item, row)}</legend>
                {options.map((v) => (
                  <label key={v} className="check">
                    <input
                      type="checkbox"
                      checked={chosen.includes(v)}
                      onChange={(e) => {
                        const next = e.target.checked ? [...chosen, v] : chosen.filter((c) => c !== v);
                        write(ref, row, next.length ? next : undefined);
                      }}
                    />
                    {v}
                  </label>
                ))}
              </fieldset>
            );
          }
          return (
            <Field key={ref} label={label(item, row)} compact>
              {(id) =>
                options ? (
                  <select
                    id={id}
                    value={typeof current === 'string' ? current : ''}
                    onChange={(e) => write(ref, row, e.target.value || undefined)}
                  >
                    <option value="">{t('design.indicators.noAnswer')}</option>
                    {options.map((v) => {
                      const choice = choicesOf(definition, item).find((c) => c.value === v);
                      return (
                        <option key={v} value={v}>
                          {choice ? `${resolveText(choice.label, locale)} (${v})` : v}
                        </option>
                      );
                    })}
                  </select>
                ) : (
                  <input
                    id={id}
                    type="number"
                    className="narrow"
                    value={typeof current === 'number' ? current : ''}
                    onChange={(e) =>
                      write(ref, row, e.target.value === '' ? undefined : Number(e.target.value))
                    }
                  />
                )
              }
            </Field>
          );
        })}
      </div>
      <dl className="indicator-values" aria-live="polite">
        {(definition.indicators ?? []).map((indicator) => {
          const value = values[indicator.id];
          return (
            <div key={indicator.id}>
              <dt>{resolveText(indicator.label, locale) || indicator.id}</dt>
              <dd>
                {value === null || value === undefined
                  ? t('design.indicators.notApplicable')
                  : indicator.kind === 'count'
                    ? String(value)
                    : `${Math.round(value * 10) / 10} / 100`}
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
