import { REPEAT_MAX_INSTANCES, type SectionRepeat } from '@kolo/schema';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../layout/field.tsx';
import type { SectionFields } from './draft-state.ts';
import { ExpressionField } from './expression-settings.tsx';
import { TextField } from './text-field.tsx';

/** A section's repeat with one key set, or removed when `value` is undefined or ''. */
function withRepeatKey(repeat: SectionRepeat, key: keyof SectionRepeat, value: unknown): SectionRepeat {
  const { [key]: _old, ...rest } = repeat;
  return (value === undefined || value === '' ? rest : { ...rest, [key]: value }) as SectionRepeat;
}

/** A whole number typed in a bound field, or undefined when it is empty or not a number. */
function bound(text: string): number | undefined {
  const n = Number(text);
  return text.trim() === '' || !Number.isInteger(n) ? undefined : n;
}

/**
 * Whether and how a section repeats (XLSForm's `begin_repeat`): the fewest and most entries, the
 * number of entries from earlier answers, and what one entry is called. The draft check (the
 * API's own) lists every problem; min above max shows here at once too.
 */
export function RepeatSettings({
  section,
  locale,
  onChange,
}: {
  section: SectionFields;
  locale: string;
  onChange: (section: SectionFields) => void;
}) {
  const { t } = useTranslation();
  const helpId = useId();
  const { repeat } = section;
  const set = (next: SectionRepeat | undefined) => {
    const { repeat: _old, ...rest } = section;
    onChange(next ? { ...rest, repeat: next } : rest);
  };
  const min = repeat?.min ?? 0;
  const max = repeat?.max ?? REPEAT_MAX_INSTANCES;
  return (
    <fieldset>
      <legend>{t('designRepeat.legend')}</legend>
      <div className="field">
        <label className="check">
          <input
            type="checkbox"
            checked={repeat !== undefined}
            aria-describedby={helpId}
            onChange={(e) => set(e.target.checked ? {} : undefined)}
          />
          {t('designRepeat.enable')}
        </label>
        <p className="hint" id={helpId}>
          {t('designRepeat.enableHelp')}
        </p>
      </div>
      {repeat ? (
        <>
          <div>
            <Field label={t('designRepeat.min')} compact>
              {(id) => (
                <input
                  id={id}
                  type="number"
                  inputMode="numeric"
                  min={0}
                  max={REPEAT_MAX_INSTANCES}
                  value={repeat.min ?? ''}
                  onChange={(e) => set(withRepeatKey(repeat, 'min', bound(e.target.value)))}
                />
              )}
            </Field>
            <Field label={t('designRepeat.max', { cap: REPEAT_MAX_INSTANCES })} compact>
              {(id) => (
                <input
                  id={id}
                  type="number"
                  inputMode="numeric"
                  min={1}
                  max={REPEAT_MAX_INSTANCES}
                  value={repeat.max ?? ''}
                  aria-invalid={min > max ? true : undefined}
                  onChange={(e) => set(withRepeatKey(repeat, 'max', bound(e.target.value)))}
                />
              )}
            </Field>
          </div>
          {min > max ? (
            <p className="error" role="alert">
              {t('designRepeat.boundsProblem', { min, max })}
            </p>
          ) : null}
          <ExpressionField
            label={t('designRepeat.count')}
            help={t('designRepeat.countHelp', { interpolation: { escapeValue: false } })}
            value={repeat.count}
            onChange={(count) => set(withRepeatKey(repeat, 'count', count.trim() === '' ? undefined : count))}
          />
          <TextField
            label={t('designRepeat.instanceLabel')}
            text={repeat.instanceLabel}
            locale={locale}
            optional
            onChange={(instanceLabel) => set(withRepeatKey(repeat, 'instanceLabel', instanceLabel))}
          />
        </>
      ) : null}
    </fieldset>
  );
}
