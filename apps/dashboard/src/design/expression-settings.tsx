import {
  CALCULATION_TYPES,
  type CalculationType,
  formatExpressionError,
  type Item,
  parseExpression,
} from '@kolo/schema';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useBuilder } from './builder-context.tsx';
import { TextField } from './text-field.tsx';

type Patch = (item: Item) => void;

/** Set or remove an optional key of an item (`undefined` and '' remove it). */
function withKey<T extends Item>(item: T, key: string, value: unknown): T {
  const { [key]: _old, ...rest } = item as Record<string, unknown>;
  return (value === undefined || value === '' ? rest : { ...rest, [key]: value }) as T;
}

/**
 * One expression, typed as code: the help shows an example, and a problem shows at once with its
 * column (the draft check reports the same with the question's path).
 */
export function ExpressionField({
  label,
  help,
  value,
  onChange,
}: {
  label: string;
  help: string;
  value: string | undefined;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const parsed = value === undefined || value.trim() === '' ? undefined : parseExpression(value);
  const problem = parsed && !parsed.success ? formatExpressionError(parsed.error) : undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        className="code"
        rows={2}
        spellCheck={false}
        value={value ?? ''}
        aria-invalid={problem ? true : undefined}
        aria-describedby={`${id}-help${problem ? ` ${id}-problem` : ''}`}
        onChange={(e) => onChange(e.target.value)}
      />
      <p className="hint" id={`${id}-help`}>
        {help}
      </p>
      {problem ? (
        <p className="error" id={`${id}-problem`} role="alert">
          {t('designExpressions.invalid', { detail: problem, interpolation: { escapeValue: false } })}
        </p>
      ) : null}
    </div>
  );
}

/** A calculate item's settings: its expression, the type it is stored as, and whether the form shows it. */
export function CalculationSettings({
  item,
  onChange,
}: {
  item: Extract<Item, { kind: 'calculate' }>;
  onChange: Patch;
}) {
  const { t } = useTranslation();
  const typeId = useId();
  return (
    <>
      <ExpressionField
        label={t('designExpressions.calculation')}
        help={t('designExpressions.calculationHelp', { interpolation: { escapeValue: false } })}
        value={item.calculation}
        onChange={(calculation) => onChange({ ...item, calculation })}
      />
      <div className="field compact">
        <label htmlFor={typeId}>{t('designExpressions.valueType')}</label>
        <select
          id={typeId}
          value={item.valueType ?? 'text'}
          onChange={(e) => onChange(withKey(item, 'valueType', e.target.value as CalculationType))}
        >
          {CALCULATION_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`designExpressions.types.${type}`)}
            </option>
          ))}
        </select>
      </div>
      <label className="check">
        <input
          type="checkbox"
          checked={item.display === 'read_only'}
          onChange={(e) => onChange(withKey(item, 'display', e.target.checked ? 'read_only' : undefined))}
        />
        {t('designExpressions.readOnly')}
      </label>
    </>
  );
}

/** A question's answer check and, for single and multiple choice, its choice filter. */
export function AnswerExpressionSettings({ item, onChange }: { item: Item; onChange: Patch }) {
  const { t } = useTranslation();
  const { locale } = useBuilder();
  if (item.kind === 'note' || item.kind === 'calculate') return null;
  return (
    <>
      {item.kind === 'single_choice' || item.kind === 'multi_choice' ? (
        <ExpressionField
          label={t('designExpressions.choiceFilter')}
          help={t('designExpressions.choiceFilterHelp', { interpolation: { escapeValue: false } })}
          value={item.choiceFilter}
          onChange={(filter) => onChange(withKey(item, 'choiceFilter', filter))}
        />
      ) : null}
      <ExpressionField
        label={t('designExpressions.constraint')}
        help={t('designExpressions.constraintHelp', { interpolation: { escapeValue: false } })}
        value={item.constraint}
        onChange={(constraint) => onChange(withKey(item, 'constraint', constraint))}
      />
      {item.constraint ? (
        <TextField
          label={t('designExpressions.constraintMessage')}
          text={item.constraintMessage}
          locale={locale}
          optional
          onChange={(message) => onChange(withKey(item, 'constraintMessage', message))}
        />
      ) : null}
    </>
  );
}
