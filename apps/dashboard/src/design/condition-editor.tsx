import {
  allowedValues,
  type ComparisonOperator,
  type Condition,
  type ConditionScalar,
  choicesOf,
  type Item,
  type ItemEntry,
  resolveText,
  type SurveyDefinition,
} from '@kolo/schema';
import { useTranslation } from 'react-i18next';
import { Field } from '../layout/field.tsx';
import { useBuilder } from './builder-context.tsx';
import {
  type ConditionModel,
  type ConditionRow,
  conditionModel,
  conditionOf,
  isComplex,
} from './condition-model.ts';
import { type QuestionOption, QuestionSelect, questionLabel } from './question-select.tsx';

/** A question a condition can name: an item, or one row of a matrix. */
interface Target extends QuestionOption {
  readonly item: Item;
}

/** Operators that make sense for a kind of question (the ones `parseSurvey` accepts for it). */
export function operatorsFor(item: Item, isMatrixRow: boolean): ComparisonOperator[] {
  if (item.kind === 'matrix' && !isMatrixRow) return ['answered'];
  switch (item.kind) {
    case 'multi_choice':
      return ['selected', 'in', 'notIn', 'answered'];
    case 'number':
    case 'rating':
    case 'date':
      return ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'answered'];
    case 'text':
      return ['eq', 'neq', 'answered'];
    default:
      return ['eq', 'neq', 'in', 'notIn', 'answered'];
  }
}

function targetsBefore(entries: readonly ItemEntry[], order: number, locale: string): Target[] {
  return entries
    .filter((e) => e.order < order && e.item.kind !== 'note')
    .flatMap(({ item }) => {
      const label = questionLabel(item, locale);
      const own = { ref: item.id, item, label };
      if (item.kind !== 'matrix') return [own];
      return [
        own,
        ...item.rows.map((row) => ({
          ref: `${item.id}.${row.id}`,
          item,
          label: `${label} › ${resolveText(row.label, locale) || row.id}`,
        })),
      ];
    });
}

/** A value that fits the operator: a list for `in`/`notIn`, nothing for `answered`, one value otherwise. */
function fitValue(row: ConditionRow, op: ComparisonOperator): ConditionRow {
  const { value: _old, ...base } = row;
  if (op === 'answered') return { ...base, op };
  const values = row.value === undefined ? [] : Array.isArray(row.value) ? row.value : [row.value];
  if (op === 'in' || op === 'notIn') return { ...base, op, value: values };
  return values[0] === undefined ? { ...base, op } : { ...base, op, value: values[0] };
}

function ValueInput({
  definition,
  target,
  row,
  locale,
  label,
  onChange,
}: {
  definition: SurveyDefinition;
  target: Target | undefined;
  row: ConditionRow;
  locale: string;
  label: string;
  onChange: (value: ConditionScalar | ConditionScalar[] | undefined) => void;
}) {
  const { t } = useTranslation();
  if (row.op === 'answered' || !target) return null;
  const item = target.item;
  const values = allowedValues(definition, item);
  const choiceLabel = (value: string) => {
    if (item.kind === 'yes_no') return t(`design.yesNo.${value}`, { defaultValue: value });
    if (value === 'other') return t('design.otherOption');
    const choice = choicesOf(definition, item).find((c) => c.value === value);
    return choice ? `${resolveText(choice.label, locale)} (${value})` : value;
  };
  if (values && (row.op === 'in' || row.op === 'notIn')) {
    const chosen = Array.isArray(row.value) ? row.value.map(String) : [];
    return (
      <fieldset className="condition-values">
        <legend>{label}</legend>
        {values.map((v) => (
          <label key={v} className="check">
            <input
              type="checkbox"
              checked={chosen.includes(v)}
              onChange={(e) => onChange(e.target.checked ? [...chosen, v] : chosen.filter((c) => c !== v))}
            />
            {choiceLabel(v)}
          </label>
        ))}
      </fieldset>
    );
  }
  if (values) {
    return (
      <Field label={label} compact>
        {(id) => (
          <select
            id={id}
            value={row.value === undefined ? '' : String(row.value)}
            onChange={(e) => onChange(e.target.value || undefined)}
          >
            <option value="">{t('design.condition.pickValue')}</option>
            {values.map((v) => (
              <option key={v} value={v}>
                {choiceLabel(v)}
              </option>
            ))}
          </select>
        )}
      </Field>
    );
  }
  const numeric = item.kind === 'number' || item.kind === 'rating';
  return (
    <Field label={label} compact>
      {(id) => (
        <input
          id={id}
          type={numeric ? 'number' : item.kind === 'date' ? 'date' : 'text'}
          value={row.value === undefined ? '' : String(row.value)}
          onChange={(e) => {
            const raw = e.target.value;
            if (raw === '') onChange(undefined);
            else onChange(numeric ? Number(raw) : raw);
          }}
        />
      )}
    </Field>
  );
}

/**
 * "Show this when <question> <operator> <value>" rows joined by all/any; only questions that come
 * earlier are offered. A condition too complex for rows is shown read-only and kept.
 */
export function ConditionEditor({
  ownerKey,
  condition,
  order,
  label,
}: {
  ownerKey: string;
  condition: Condition | undefined;
  /** Position of the owner in the survey: questions before it can be named. */
  order: number;
  label: string;
}) {
  const { t } = useTranslation();
  const { definition, entries, locale, dispatch } = useBuilder();
  const model = conditionModel(condition);
  if (isComplex(model)) {
    return (
      <div className="condition-editor">
        <p className="note">{t('design.condition.complex')}</p>
        <pre className="condition-json">{JSON.stringify(model.complex, null, 2)}</pre>
        <button
          type="button"
          onClick={() => {
            if (window.confirm(t('design.condition.replaceConfirm')))
              dispatch({ type: 'setCondition', key: ownerKey, condition: undefined });
          }}
        >
          {t('design.condition.replace')}
        </button>
      </div>
    );
  }
  const targets = targetsBefore(entries, order, locale);
  const set = (next: ConditionModel) =>
    dispatch({ type: 'setCondition', key: ownerKey, condition: conditionOf(next) });
  const setRow = (index: number, row: ConditionRow) =>
    set({ ...model, rows: model.rows.map((r, i) => (i === index ? row : r)) });
  return (
    <fieldset className="condition-editor">
      <legend>{label}</legend>
      {model.rows.length === 0 ? <p className="note">{t('design.condition.always')}</p> : null}
      {model.rows.length > 1 ? (
        <Field label={t('design.condition.join')} compact>
          {(id) => (
            <select
              id={id}
              value={model.join}
              onChange={(e) => set({ ...model, join: e.target.value as 'all' | 'any' })}
            >
              <option value="all">{t('design.condition.all')}</option>
              <option value="any">{t('design.condition.any')}</option>
            </select>
          )}
        </Field>
      ) : null}
      {model.rows.map((row, index) => {
        const target = targets.find((c) => c.ref === row.question);
        const operators = target ? operatorsFor(target.item, row.question.includes('.')) : [row.op];
        const n = index + 1;
        return (
          <div key={index} className="condition-row">
            <QuestionSelect
              label={t('design.condition.question', { n })}
              value={row.question}
              questions={targets}
              extra={
                target
                  ? undefined
                  : { ref: row.question, label: t('design.condition.unknown', { id: row.question }) }
              }
              onChange={(question) => {
                const next = targets.find((c) => c.ref === question);
                const ops = next ? operatorsFor(next.item, next.ref.includes('.')) : [];
                const op = ops.includes(row.op) ? row.op : (ops[0] ?? 'answered');
                setRow(index, { question, op });
              }}
            />
            <Field label={t('design.condition.operator', { n })} compact>
              {(id) => (
                <select
                  id={id}
                  value={row.op}
                  onChange={(e) => setRow(index, fitValue(row, e.target.value as ComparisonOperator))}
                >
                  {operators.map((op) => (
                    <option key={op} value={op}>
                      {t(`design.op.${op}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <ValueInput
              definition={definition}
              target={target}
              row={row}
              locale={locale}
              label={t('design.condition.value', { n })}
              onChange={(value) => {
                const { value: _old, ...base } = row;
                setRow(index, value === undefined ? base : { ...base, value });
              }}
            />
            <button
              type="button"
              className="small"
              onClick={() => set({ ...model, rows: model.rows.filter((_, i) => i !== index) })}
            >
              {t('design.condition.remove', { n })}
            </button>
          </div>
        );
      })}
      {targets.length === 0 ? (
        <p className="note">{t('design.condition.noEarlier')}</p>
      ) : (
        <button
          type="button"
          className="small"
          onClick={() => {
            const first = targets[0];
            if (!first) return;
            const op = operatorsFor(first.item, first.ref.includes('.'))[0] ?? 'answered';
            set({ ...model, rows: [...model.rows, { question: first.ref, op }] });
          }}
        >
          {t('design.condition.add')}
        </button>
      )}
    </fieldset>
  );
}
