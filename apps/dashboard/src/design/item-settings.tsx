import type { Item, LocalizedText } from '@kolo/schema';
import { useTranslation } from 'react-i18next';
import { Field } from '../layout/field.tsx';
import { useBuilder } from './builder-context.tsx';
import { ChoiceSource } from './choice-editor.tsx';
import { uniqueId } from './draft-state.ts';
import { CalculationSettings } from './expression-settings.tsx';
import { TextField } from './text-field.tsx';

type Patch = (item: Item) => void;

/** Set or remove an optional key of an item (`undefined` and `false` remove it). */
function withKey<T extends Item>(item: T, key: string, value: unknown): T {
  const { [key]: _old, ...rest } = item as Record<string, unknown>;
  return (value === undefined || value === false || value === '' ? rest : { ...rest, [key]: value }) as T;
}

function NumberSetting({
  label,
  value,
  onChange,
  min,
  max,
  step,
}: {
  label: string;
  value: number | undefined;
  onChange: (value: number | undefined) => void;
  min?: number;
  max?: number;
  step?: number;
}) {
  return (
    <Field label={label} compact>
      {(id) => (
        <input
          id={id}
          type="number"
          className="narrow"
          min={min}
          max={max}
          step={step}
          value={value ?? ''}
          onChange={(e) => onChange(e.target.value === '' ? undefined : Number(e.target.value))}
        />
      )}
    </Field>
  );
}

function Check({
  label,
  checked,
  onChange,
}: {
  label: string;
  checked: boolean;
  onChange: (on: boolean) => void;
}) {
  return (
    <label className="check">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      {label}
    </label>
  );
}

/** The settings a kind of question has: bounds, options, "other", rows, labels of scale ends. */
export function KindSettings({ item, onChange }: { item: Item; onChange: Patch }) {
  const { t } = useTranslation();
  const { locale } = useBuilder();
  const text = (key: string, label: string) => (
    <TextField
      label={label}
      text={(item as Record<string, unknown>)[key] as LocalizedText | undefined}
      locale={locale}
      optional
      onChange={(value) => onChange(withKey(item, key, value))}
    />
  );
  switch (item.kind) {
    case 'single_choice':
    case 'multi_choice':
      return (
        <>
          <ChoiceSource item={item} onChange={onChange} />
          <Check
            label={t('design.item.other')}
            checked={item.other !== undefined}
            onChange={(on) => onChange(withKey(item, 'other', on ? {} : undefined))}
          />
          {item.other ? (
            <TextField
              label={t('design.item.otherLabel')}
              text={item.other.label}
              locale={locale}
              optional
              onChange={(label) => onChange({ ...item, other: label ? { label } : {} })}
            />
          ) : null}
          {item.kind === 'multi_choice' ? (
            <NumberSetting
              label={t('design.item.maxSelections')}
              min={1}
              value={item.maxSelections}
              onChange={(v) => onChange(withKey(item, 'maxSelections', v))}
            />
          ) : null}
        </>
      );
    case 'likert':
      return <ChoiceSource item={item} onChange={onChange} />;
    case 'matrix':
      return (
        <>
          <fieldset>
            <legend>{t('design.item.rows')}</legend>
            <ol className="choice-rows">
              {item.rows.map((row, index) => {
                const n = index + 1;
                const setRow = (next: typeof row) =>
                  onChange({ ...item, rows: item.rows.map((r, i) => (i === index ? next : r)) });
                return (
                  <li key={index} className="choice-row">
                    <Field label={t('design.item.rowId', { n })} compact>
                      {(id) => (
                        <input
                          id={id}
                          className="code"
                          value={row.id}
                          onChange={(e) => setRow({ ...row, id: e.target.value })}
                        />
                      )}
                    </Field>
                    <TextField
                      label={t('design.item.rowLabel', { n })}
                      text={row.label}
                      locale={locale}
                      onChange={(label) => setRow({ ...row, label: label ?? {} })}
                    />
                    <button
                      type="button"
                      className="small danger"
                      disabled={item.rows.length < 2}
                      onClick={() => onChange({ ...item, rows: item.rows.filter((_, i) => i !== index) })}
                    >
                      {t('design.item.removeRow', { n })}
                    </button>
                  </li>
                );
              })}
            </ol>
            <button
              type="button"
              className="small"
              onClick={() => {
                const id = uniqueId(`row_${item.rows.length + 1}`, new Set(item.rows.map((r) => r.id)));
                onChange({
                  ...item,
                  rows: [
                    ...item.rows,
                    { id, label: { [locale]: t('design.item.newRow', { n: item.rows.length + 1 }) } },
                  ],
                });
              }}
            >
              {t('design.item.addRow')}
            </button>
          </fieldset>
          <ChoiceSource item={item} onChange={onChange} />
        </>
      );
    case 'rating':
      return (
        <div className="settings-grid">
          <Field label={t('design.item.ratingFrom')} compact>
            {(id) => (
              <select
                id={id}
                value={item.min ?? 1}
                onChange={(e) => onChange({ ...item, min: Number(e.target.value) })}
              >
                <option value={0}>0</option>
                <option value={1}>1</option>
              </select>
            )}
          </Field>
          <NumberSetting
            label={t('design.item.ratingTo')}
            min={2}
            max={10}
            value={item.max}
            onChange={(v) => onChange({ ...item, max: v ?? 5 })}
          />
          {text('minLabel', t('design.item.minLabel'))}
          {text('maxLabel', t('design.item.maxLabel'))}
        </div>
      );
    case 'yes_no':
      return (
        <Check
          label={t('design.item.dontKnow')}
          checked={item.dontKnow === true}
          onChange={(on) => onChange(withKey(item, 'dontKnow', on))}
        />
      );
    case 'number':
      return (
        <div className="settings-grid">
          <NumberSetting
            label={t('design.item.min')}
            value={item.min}
            onChange={(v) => onChange(withKey(item, 'min', v))}
          />
          <NumberSetting
            label={t('design.item.max')}
            value={item.max}
            onChange={(v) => onChange(withKey(item, 'max', v))}
          />
          <Check
            label={t('design.item.integer')}
            checked={item.integer === true}
            onChange={(on) => onChange(withKey(item, 'integer', on))}
          />
          {text('unit', t('design.item.unit'))}
        </div>
      );
    case 'text':
      return (
        <div className="settings-grid">
          <NumberSetting
            label={t('design.item.maxLength')}
            min={1}
            max={10000}
            value={item.maxLength}
            onChange={(v) => onChange(withKey(item, 'maxLength', v))}
          />
          <Check
            label={t('design.item.long')}
            checked={item.long === true}
            onChange={(on) => onChange(withKey(item, 'long', on))}
          />
        </div>
      );
    case 'date':
      return (
        <div className="settings-grid">
          {(['min', 'max'] as const).map((key) => (
            <Field key={key} label={t(`design.item.${key === 'min' ? 'earliest' : 'latest'}`)} compact>
              {(id) => (
                <input
                  id={id}
                  type="date"
                  value={item[key] ?? ''}
                  onChange={(e) => onChange(withKey(item, key, e.target.value))}
                />
              )}
            </Field>
          ))}
        </div>
      );
    case 'calculate':
      return <CalculationSettings item={item} onChange={onChange} />;
    case 'note':
      return null;
  }
}
