import type { Choice, Item, SurveyDefinition } from '@kolo/schema';
import { resolveText } from '@kolo/schema';

type Condition = NonNullable<Item['showIf']>;
type JsonObject = Record<string, unknown>;

function literal(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  return typeof value === 'string' ? `'${value.replace(/'/g, "\\'")}'` : String(value);
}

const OPERATORS = { eq: '=', neq: '<>', gt: '>', gte: '>=', lt: '<', lte: '<=' } as const;

/** A kolo `showIf` tree as a SurveyJS `visibleIf` expression. */
export function toExpression(condition: Condition): string {
  if ('all' in condition) return condition.all.map((c) => `(${toExpression(c)})`).join(' and ');
  if ('any' in condition) return condition.any.map((c) => `(${toExpression(c)})`).join(' or ');
  if ('not' in condition) return `!(${toExpression(condition.not)})`;
  // XLSForm expressions have no SurveyJS counterpart here; the benchmark's library surveys use none
  if ('expression' in condition)
    throw new Error(`cannot compare an expression condition with SurveyJS: ${condition.expression}`);
  const field = `{${condition.question}}`;
  switch (condition.op) {
    case 'answered':
      return `${field} notempty`;
    case 'in':
      return `${field} anyof ${literal(condition.value)}`;
    case 'notIn':
      return `${field} noneof ${literal(condition.value)}`;
    case 'selected':
      return `${field} contains ${literal(condition.value)}`;
    default:
      return `${field} ${OPERATORS[condition.op]} ${literal(condition.value)}`;
  }
}

function choices(definition: SurveyDefinition, item: Item, locale: string): JsonObject[] {
  const list: readonly Choice[] =
    ('options' in item ? item.options : undefined) ??
    ('choices' in item && item.choices ? definition.choiceLists?.[item.choices] : undefined) ??
    [];
  return list.map((choice) => ({ value: choice.value, text: resolveText(choice.label, locale) }));
}

function element(definition: SurveyDefinition, item: Item, locale: string): JsonObject {
  const text = (value: Parameters<typeof resolveText>[0] | undefined) =>
    value ? resolveText(value, locale) : undefined;
  const common: JsonObject = { name: item.id, title: text(item.label) };
  if (item.kind !== 'note') {
    if (item.hint) common.description = text(item.hint);
    if ('required' in item && item.required) common.isRequired = true;
  }
  if (item.showIf) common.visibleIf = toExpression(item.showIf);
  switch (item.kind) {
    case 'single_choice':
    case 'likert':
      return {
        ...common,
        type: 'radiogroup',
        choices: choices(definition, item, locale),
        ...('other' in item && item.other ? { showOtherItem: true } : {}),
      };
    case 'multi_choice':
      return {
        ...common,
        type: 'checkbox',
        choices: choices(definition, item, locale),
        ...(item.other ? { showOtherItem: true } : {}),
        ...(item.maxSelections ? { maxSelectedChoices: item.maxSelections } : {}),
      };
    case 'yes_no':
      return {
        ...common,
        type: 'radiogroup',
        choices: [
          { value: 'yes', text: 'Yes' },
          { value: 'no', text: 'No' },
          ...(item.dontKnow ? [{ value: 'dont_know', text: "Don't know" }] : []),
        ],
      };
    case 'rating':
      return {
        ...common,
        type: 'rating',
        rateMin: item.min ?? 1,
        rateMax: item.max,
        ...(item.minLabel ? { minRateDescription: text(item.minLabel) } : {}),
        ...(item.maxLabel ? { maxRateDescription: text(item.maxLabel) } : {}),
      };
    case 'number':
      return { ...common, type: 'text', inputType: 'number', min: item.min, max: item.max };
    case 'text':
      return { ...common, type: item.long ? 'comment' : 'text', maxLength: item.maxLength };
    case 'date':
      return { ...common, type: 'text', inputType: 'date', min: item.min, max: item.max };
    case 'matrix':
      return {
        ...common,
        type: 'matrix',
        columns: choices(definition, item, locale),
        rows: item.rows.map((row) => ({ value: row.id, text: text(row.label) })),
      };
    case 'note':
      return { name: item.id, type: 'html', html: `<p>${text(item.label)}</p>`, visibleIf: common.visibleIf };
    case 'calculate':
      return { name: item.id, type: 'expression', expression: item.calculation, visibleIf: common.visibleIf };
  }
}

/**
 * A kolo survey definition as SurveyJS JSON in one language: sections become pages, items the nearest
 * SurveyJS question types, `showIf` a `visibleIf` expression. Only for the benchmark's baseline.
 */
export function toSurveyJs(definition: SurveyDefinition, locale: string): JsonObject {
  return {
    title: resolveText(definition.title, locale),
    pages: definition.sections.map((section) => ({
      name: section.id,
      title: resolveText(section.title, locale),
      ...(section.showIf ? { visibleIf: toExpression(section.showIf) } : {}),
      elements: section.items.map((item) => element(definition, item, locale)),
    })),
  };
}
