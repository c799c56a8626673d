import {
  type Condition,
  calculateItem,
  conditionQuestions,
  evaluateCondition,
  expressionReferences,
  type Item,
  type ItemEntry,
  otherKey,
  parseExpression,
  type SurveyDefinition,
  surveyItems,
  visibilityOf,
} from '@kolo/schema';
import { type FormValues, normalizeItemValue } from './normalize.ts';

/** What the form needs to know about one item, worked out once per definition. */
export interface FormItem {
  readonly entry: ItemEntry;
  readonly condition: Condition | undefined;
  /** Form fields the item's visibility reads (`q`, or `matrix.row` for each row of a matrix). */
  readonly watches: readonly string[];
  /** Form fields the item owns: its id, its matrix rows, its "please specify" text. */
  readonly fields: readonly string[];
}

/** A definition prepared for rendering: items by id, sections with their watched fields. */
export interface FormModel {
  readonly definition: SurveyDefinition;
  readonly items: readonly FormItem[];
  readonly byId: ReadonlyMap<string, FormItem>;
  /** Items per section, in order. */
  readonly sections: readonly (readonly FormItem[])[];
  /** Fields any section condition reads. */
  readonly sectionWatches: readonly string[];
  /** The calculate items, in order: conditions may name them. */
  readonly calculations: readonly Extract<Item, { kind: 'calculate' }>[];
}

function fieldsOf(entry: ItemEntry): string[] {
  const { item } = entry;
  if (item.kind === 'note' || item.kind === 'calculate') return [];
  const fields = [item.id];
  if (item.kind === 'matrix') fields.push(...item.rows.map((row) => `${item.id}.${row.id}`));
  if ((item.kind === 'single_choice' || item.kind === 'multi_choice') && item.other)
    fields.push(otherKey(item.id));
  return fields;
}

/**
 * The answers a value depends on: a question itself, or for a calculation the answers its
 * expression reads, through other calculations (which only read earlier ones, so this ends).
 */
export function sourcesOf(
  id: string,
  byId: ReadonlyMap<string, ItemEntry>,
  seen = new Set<string>(),
): string[] {
  const item = byId.get(id)?.item;
  if (item?.kind !== 'calculate') return [id];
  if (seen.has(id)) return [];
  seen.add(id);
  const parsed = parseExpression(item.calculation);
  if (!parsed.success) return [];
  return expressionReferences(parsed.expression)
    .filter((ref) => ref.kind === 'ref')
    .flatMap((ref) => sourcesOf(ref.name, byId, seen));
}

function watchesOf(condition: Condition | undefined, byId: ReadonlyMap<string, ItemEntry>): string[] {
  if (!condition) return [];
  const names = new Set<string>();
  // the questions its comparisons name and the ${name}s its expressions read
  for (const question of conditionQuestions(condition)) {
    const ref = question.split('.')[0] ?? question;
    if (byId.get(ref)?.item.kind === 'calculate') {
      // a condition on a calculation watches what the calculation reads
      for (const source of sourcesOf(ref, byId)) {
        const target = byId.get(source)?.item;
        if (target?.kind === 'matrix') for (const row of target.rows) names.add(`${source}.${row.id}`);
        else names.add(source);
      }
      continue;
    }
    const id = ref;
    const item = byId.get(id)?.item;
    // a change to one row is signalled under the row's own name
    if (item?.kind === 'matrix' && !question.includes('.'))
      for (const row of item.rows) names.add(`${id}.${row.id}`);
    else names.add(question);
  }
  return [...names];
}

/** Prepare a definition for rendering. */
export function buildModel(definition: SurveyDefinition): FormModel {
  const entries = surveyItems(definition);
  const entryById = new Map(entries.map((entry) => [entry.item.id, entry]));
  const items = entries.map((entry): FormItem => {
    const condition = visibilityOf(entry);
    return { entry, condition, watches: watchesOf(condition, entryById), fields: fieldsOf(entry) };
  });
  const sectionWatches = new Set<string>();
  for (const section of definition.sections)
    for (const name of watchesOf(section.showIf, entryById)) sectionWatches.add(name);
  return {
    definition,
    items,
    byId: new Map(items.map((item) => [item.entry.item.id, item])),
    sections: definition.sections.map((_, index) => items.filter((i) => i.entry.sectionIndex === index)),
    sectionWatches: [...sectionWatches],
    calculations: entries.flatMap(({ item }) => (item.kind === 'calculate' ? [item] : [])),
  };
}

/** Answers for evaluating a condition from the watched fields' values (in the order of `names`). */
export function watchedAnswers(
  model: FormModel,
  names: readonly string[],
  values: readonly unknown[],
): Record<string, unknown> {
  const raw: FormValues = {};
  names.forEach((name, index) => {
    const [id = name, row] = name.split('.');
    if (row === undefined) raw[id] = values[index];
    else raw[id] = { ...(raw[id] as Record<string, unknown> | undefined), [row]: values[index] };
  });
  const answers: Record<string, unknown> = {};
  for (const [id, value] of Object.entries(raw)) {
    const item = model.byId.get(id)?.entry.item;
    if (item) answers[id] = normalizeItemValue(item, value);
  }
  // calculations a condition may name, computed in order from the watched answers
  for (const item of model.calculations) {
    const value = calculateItem(item, answers);
    if (value !== undefined) answers[item.id] = value;
  }
  return answers;
}

/** Whether a condition holds for the watched fields' values. */
export function conditionHolds(
  model: FormModel,
  condition: Condition | undefined,
  names: readonly string[],
  values: readonly unknown[],
): boolean {
  return evaluateCondition(condition, watchedAnswers(model, names, values));
}
