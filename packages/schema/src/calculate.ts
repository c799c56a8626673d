import { type AnswerRecord, evaluateCondition } from './condition.ts';
import type { CalculationType, Item, Section, SurveyDefinition } from './definition.ts';
import type { ExpressionNode } from './expression/ast.ts';
import { evaluateExpression, instancesOf, type RepeatContext } from './expression/evaluate.ts';
import { parseExpression } from './expression/parse.ts';
import { dateOf, daysOf, type ExpressionValue, toNumber, toText } from './expression/values.ts';
import { type ItemEntry, instanceAnswers, repeatLayout, surveyItems, visibilityOf } from './walk.ts';

/** The longest text a calculation stores, like a text answer with no `maxLength`. */
const CALCULATED_TEXT_MAX = 2000;

/** A calculate item ready to run: its entry and its parsed expression. */
export interface CompiledCalculation {
  readonly entry: ItemEntry;
  readonly expression: ExpressionNode;
  readonly valueType: CalculationType;
}

/**
 * When and where to evaluate: the day `today()` returns (the day of collection, on the server),
 * and for one item inside a repeat, the instance's number and the survey's repeat layout.
 */
export interface CalculateOptions extends RepeatContext {
  readonly today?: string | undefined;
}

/**
 * The stored form of a calculated value, or undefined when there is nothing to store: a number
 * must be finite, a date real, a text non-empty (and is cut at 2,000 characters).
 */
export function storedCalculation(
  value: ExpressionValue,
  type: CalculationType,
): string | number | undefined {
  if (type === 'number') {
    const n = toNumber(value);
    return Number.isFinite(n) ? n : undefined;
  }
  if (type === 'date') {
    if (typeof value === 'number') return dateOf(value) || undefined;
    const text = toText(value).trim().slice(0, 10);
    return daysOf(text) === undefined ? undefined : text;
  }
  const text = toText(value);
  return text === '' ? undefined : [...text].slice(0, CALCULATED_TEXT_MAX).join('');
}

/** The calculate items of a survey in order, each parsed once; one that does not parse is left out. */
export function compileCalculations(definition: SurveyDefinition): CompiledCalculation[] {
  const found: CompiledCalculation[] = [];
  for (const entry of surveyItems(definition)) {
    const item: Item = entry.item;
    if (item.kind !== 'calculate') continue;
    const parsed = parseExpression(item.calculation);
    if (parsed.success)
      found.push({ entry, expression: parsed.expression, valueType: item.valueType ?? 'text' });
  }
  return found;
}

/** A repeat section's instances copied, without what the client sent for its calculations. */
function freshInstances(
  value: unknown,
  calculated: readonly string[],
): Record<string, unknown>[] | undefined {
  return instancesOf(value)?.map((instance) => {
    const copy = { ...instance };
    for (const id of calculated) delete copy[id];
    return copy;
  });
}

/**
 * Answers with every calculation computed afresh, in survey order (a calculation may use earlier
 * ones): whatever the client sent under a calculate item's id is replaced, and a hidden or empty
 * calculation is left out. A calculation inside a repeat section is computed in each instance,
 * reading that instance. The answers given are not changed.
 */
export function applyCalculations(
  calculations: readonly CompiledCalculation[],
  answers: AnswerRecord,
  options: CalculateOptions = {},
): Record<string, unknown> {
  const result: Record<string, unknown> = { ...answers };
  const inRepeats = new Map<Section, string[]>();
  for (const { entry } of calculations) {
    if (!entry.section.repeat) delete result[entry.item.id];
    else inRepeats.set(entry.section, [...(inRepeats.get(entry.section) ?? []), entry.item.id]);
  }
  for (const [section, ids] of inRepeats) {
    const instances = freshInstances(result[section.id], ids);
    if (instances) result[section.id] = instances;
  }
  const { today, repeats, lookups } = options;
  for (const { entry, expression, valueType } of calculations) {
    const { section, item } = entry;
    if (!section.repeat) {
      if (!evaluateCondition(visibilityOf(entry), result, today, { repeats, lookups })) continue;
      const value = storedCalculation(
        evaluateExpression(expression, { answers: result, today, repeats, lookups }),
        valueType,
      );
      if (value !== undefined) result[item.id] = value;
      continue;
    }
    // the copies made above: each instance gets its own value
    const instances = (instancesOf(result[section.id]) ?? []) as Record<string, unknown>[];
    instances.forEach((instance, index) => {
      const view = instanceAnswers(result, section, instance);
      const context = { position: index + 1, repeats, lookups };
      if (!evaluateCondition(visibilityOf(entry), view, today, context)) return;
      const value = storedCalculation(
        evaluateExpression(expression, { ...context, answers: view, today }),
        valueType,
      );
      if (value !== undefined) instance[item.id] = value;
    });
  }
  return result;
}

/**
 * One calculate item's value from the answers so far, or undefined when there is nothing to store;
 * for a form walking its items in order (inside a repeat: the instance's `instanceAnswers`, with
 * `position` and `repeats` in the options).
 */
export function calculateItem(
  item: Extract<Item, { kind: 'calculate' }>,
  answers: AnswerRecord,
  options: CalculateOptions = {},
): string | number | undefined {
  const parsed = parseExpression(item.calculation);
  if (!parsed.success) return undefined;
  const value = evaluateExpression(parsed.expression, { ...options, answers });
  return storedCalculation(value, item.valueType ?? 'text');
}

const bySurvey = new WeakMap<SurveyDefinition, CompiledCalculation[]>();

/**
 * Compute a survey's calculated values from its answers, as the form shows them live and the
 * server stores them.
 * @example calculateAnswers(survey, { birth_year: 1990 }, { today: '2026-12-06' }) // { birth_year: 1990, age: 36 }
 */
export function calculateAnswers(
  definition: SurveyDefinition,
  answers: AnswerRecord,
  options: CalculateOptions = {},
): Record<string, unknown> {
  let calculations = bySurvey.get(definition);
  if (!calculations) {
    calculations = compileCalculations(definition);
    bySurvey.set(definition, calculations);
  }
  return calculations.length === 0
    ? { ...answers }
    : applyCalculations(calculations, answers, {
        repeats: repeatLayout(definition),
        lookups: definition.lookups,
        ...options,
      });
}
