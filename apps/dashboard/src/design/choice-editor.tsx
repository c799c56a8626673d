import type { Choice, ChoiceItem } from '@kolo/schema';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../layout/field.tsx';
import { useBuilder } from './builder-context.tsx';
import { uniqueId } from './draft-state.ts';
import { TextField } from './text-field.tsx';

function nextValue(choices: readonly Choice[]): string {
  const numbers = choices.map((c) => Number(c.value)).filter((n) => Number.isInteger(n));
  const candidate = String((numbers.length ? Math.max(...numbers) : 0) + 1);
  return uniqueId(candidate, new Set(choices.map((c) => c.value)));
}

/** Edit a list of choices: code, label in the editing language, flags, order. */
export function ChoiceRows({
  choices,
  onChange,
  multi,
  scale,
}: {
  choices: readonly Choice[];
  onChange: (choices: Choice[]) => void;
  /** Offer "exclusive" (multi choice). */
  multi?: boolean;
  /** Offer "not applicable" and scores (scales). */
  scale?: boolean;
}) {
  const { t } = useTranslation();
  const { locale } = useBuilder();
  const set = (index: number, choice: Choice) => onChange(choices.map((c, i) => (i === index ? choice : c)));
  const flag = (choice: Choice, key: 'notApplicable' | 'exclusive', on: boolean): Choice => {
    const { [key]: _old, ...rest } = choice;
    return on ? { ...rest, [key]: true } : rest;
  };
  const swap = (index: number, other: number) => {
    const copy = [...choices];
    const a = copy[index];
    const b = copy[other];
    if (!a || !b) return;
    copy[index] = b;
    copy[other] = a;
    onChange(copy);
  };
  return (
    <ol className="choice-rows">
      {choices.map((choice, index) => {
        const n = index + 1;
        return (
          <li key={index} className="choice-row">
            <Field label={t('design.choice.value', { n })} compact>
              {(id) => (
                <input
                  id={id}
                  value={choice.value}
                  className="code"
                  onChange={(e) => set(index, { ...choice, value: e.target.value })}
                />
              )}
            </Field>
            <TextField
              label={t('design.choice.label', { n })}
              text={choice.label}
              locale={locale}
              onChange={(label) => set(index, { ...choice, label: label ?? {} })}
            />
            {scale ? (
              <>
                <label className="check">
                  <input
                    type="checkbox"
                    checked={choice.notApplicable === true}
                    onChange={(e) => set(index, flag(choice, 'notApplicable', e.target.checked))}
                  />
                  {t('design.choice.notApplicable')}
                </label>
                <Field label={t('design.choice.score', { n })} compact>
                  {(id) => (
                    <input
                      id={id}
                      type="number"
                      className="narrow"
                      value={choice.score ?? ''}
                      onChange={(e) => {
                        const { score: _old, ...rest } = choice;
                        set(index, e.target.value === '' ? rest : { ...rest, score: Number(e.target.value) });
                      }}
                    />
                  )}
                </Field>
              </>
            ) : null}
            {multi ? (
              <label className="check">
                <input
                  type="checkbox"
                  checked={choice.exclusive === true}
                  onChange={(e) => set(index, flag(choice, 'exclusive', e.target.checked))}
                />
                {t('design.choice.exclusive')}
              </label>
            ) : null}
            <div className="actions">
              <button
                type="button"
                className="small"
                disabled={index === 0}
                onClick={() => swap(index, index - 1)}
              >
                <span aria-hidden="true">↑</span>
                <span className="visually-hidden">{t('design.choice.up', { n })}</span>
              </button>
              <button
                type="button"
                className="small"
                disabled={index === choices.length - 1}
                onClick={() => swap(index, index + 1)}
              >
                <span aria-hidden="true">↓</span>
                <span className="visually-hidden">{t('design.choice.down', { n })}</span>
              </button>
              <button
                type="button"
                className="small danger"
                onClick={() => onChange(choices.filter((_, i) => i !== index))}
              >
                <span aria-hidden="true">{t('design.delete')}</span>
                <span className="visually-hidden">{t('design.choice.remove', { n })}</span>
              </button>
            </div>
          </li>
        );
      })}
      <li>
        <button
          type="button"
          className="small"
          onClick={() =>
            onChange([
              ...choices,
              {
                value: nextValue(choices),
                label: { [locale]: t('design.choice.newLabel', { n: choices.length + 1 }) },
              },
            ])
          }
        >
          {t('design.choice.add')}
        </button>
      </li>
    </ol>
  );
}

/** The answers of a choice question: its own options, or a shared choice list by name. */
export function ChoiceSource({ item, onChange }: { item: ChoiceItem; onChange: (item: ChoiceItem) => void }) {
  const { t } = useTranslation();
  const { definition, dispatch } = useBuilder();
  const name = useId();
  const lists = Object.keys(definition.choiceLists ?? {});
  const shared = item.choices !== undefined;
  const { options: _o, choices: _c, ...rest } = item;
  const scale = item.kind === 'likert' || item.kind === 'matrix';
  return (
    <fieldset className="choice-source">
      <legend>{t('design.choice.title')}</legend>
      <div className="segmented">
        <label>
          <input
            type="radio"
            name={name}
            checked={!shared}
            onChange={() =>
              onChange({
                ...rest,
                options: definition.choiceLists?.[item.choices ?? ''] ?? item.options ?? [],
              } as ChoiceItem)
            }
          />
          {t('design.choice.inline')}
        </label>
        <label>
          <input
            type="radio"
            name={name}
            checked={shared}
            disabled={lists.length === 0}
            onChange={() => onChange({ ...rest, choices: lists[0] ?? '' } as ChoiceItem)}
          />
          {t('design.choice.shared')}
        </label>
      </div>
      {shared ? (
        <Field label={t('design.choice.list')}>
          {(id) => (
            <select
              id={id}
              value={item.choices}
              onChange={(e) => onChange({ ...rest, choices: e.target.value } as ChoiceItem)}
            >
              {lists.includes(item.choices ?? '') ? null : (
                <option value={item.choices}>{item.choices}</option>
              )}
              {lists.map((l) => (
                <option key={l} value={l}>
                  {l}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : (
        <>
          <ChoiceRows
            choices={item.options ?? []}
            multi={item.kind === 'multi_choice'}
            scale={scale}
            onChange={(options) => onChange({ ...rest, options } as ChoiceItem)}
          />
          <button
            type="button"
            className="small"
            disabled={!item.options?.length}
            onClick={() => {
              const list = uniqueId(`${item.id}_choices`, new Set(lists));
              dispatch({ type: 'setChoiceList', name: list, choices: item.options ?? [] });
              onChange({ ...rest, choices: list } as ChoiceItem);
            }}
          >
            {t('design.choice.makeShared')}
          </button>
        </>
      )}
      {lists.length === 0 ? <p className="note">{t('design.choice.noLists')}</p> : null}
    </fieldset>
  );
}
