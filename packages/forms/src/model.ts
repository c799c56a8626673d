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
  type RepeatContext,
  repeatLayout,
  type SurveyDefinition,
  surveyItems,
  visibilityOf,
} from '@kolo/schema/forms';
import {
  type FormValues,
  fieldPath,
  type InstancePlace,
  instanceValues,
  normalizeItemValue,
} from './normalize.ts';

/** What the form needs to know about one item, worked out once per definition. */
export interface FormItem {
  readonly entry: ItemEntry;
  readonly condition: Condition | undefined;
  /**
   * Form fields the item's visibility reads (`q`, or `matrix.row` for each row of a matrix; a
   * repeat section's id for an aggregate over it). Inside a repeat, its own section's fields are
   * named as in an instance and prefixed by {@link watchedFields}.
   */
  readonly watches: readonly string[];
  /** The repeat section the item is asked in, by id. */
  readonly repeat: string | undefined;
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
  /** The survey's repeat layout: each item of a repeat section (and the section) to its id. */
  readonly repeats: ReadonlyMap<string, string>;
}

/** What the survey's expressions read besides answers: its repeat layout and its lookup tables (`pulldata()`). */
export function surveyContext(model: FormModel): RepeatContext {
  return { repeats: model.repeats, lookups: model.definition.lookups };
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

function watchesOf(
  condition: Condition | undefined,
  byId: ReadonlyMap<string, ItemEntry>,
  repeats: ReadonlyMap<string, string>,
  own: string | undefined,
): string[] {
  if (!condition) return [];
  // an item of another repeat is read through an aggregate: its whole list is watched
  const local = (name: string) => {
    const section = repeats.get(name.split('.')[0] ?? name);
    return section !== undefined && section !== own ? section : name;
  };
  return [...new Set(namesWatched(condition, byId).map(local))];
}

function namesWatched(condition: Condition, byId: ReadonlyMap<string, ItemEntry>): string[] {
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
  const repeats = repeatLayout(definition);
  const items = entries.map((entry): FormItem => {
    const condition = visibilityOf(entry);
    const repeat = entry.section.repeat ? entry.section.id : undefined;
    return {
      entry,
      condition,
      watches: watchesOf(condition, entryById, repeats, repeat),
      fields: fieldsOf(entry),
      repeat,
    };
  });
  const sectionWatches = new Set<string>();
  for (const section of definition.sections)
    for (const name of watchesOf(section.showIf, entryById, repeats, undefined)) sectionWatches.add(name);
  return {
    definition,
    items,
    byId: new Map(items.map((item) => [item.entry.item.id, item])),
    sections: definition.sections.map((_, index) => items.filter((i) => i.entry.sectionIndex === index)),
    sectionWatches: [...sectionWatches],
    calculations: entries.flatMap(({ item }) => (item.kind === 'calculate' ? [item] : [])),
    repeats,
  };
}

/** The form fields a question watches where it is: its own section's fields inside an instance prefixed. */
export function watchedFields(formItem: FormItem, place: InstancePlace | undefined): string[] {
  return formItem.watches.map((name) =>
    place && formItem.repeat !== undefined && name !== formItem.repeat && formItem.repeat === place.section
      ? fieldPath(place, name)
      : name,
  );
}

/** Answers for evaluating a condition from the watched fields' values (in the order of `names`). */
export function watchedAnswers(
  model: FormModel,
  names: readonly string[],
  values: readonly unknown[],
  context: RepeatContext = {},
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
    else if (model.repeats.get(id) === id) answers[id] = watchedInstances(model, id, raw);
  }
  // calculations a condition may name, computed in order from the watched answers
  for (const item of model.calculations) {
    if (model.byId.get(item.id)?.repeat !== undefined && context.position === undefined) continue;
    const value = calculateItem(item, answers, { ...context, ...surveyContext(model) });
    if (value !== undefined) answers[item.id] = value;
  }
  return answers;
}

/** A watched repeat section's instances, each normalized with its own calculations, for an aggregate. */
function watchedInstances(model: FormModel, section: string, raw: FormValues): Record<string, unknown>[] {
  const items = model.items.filter((i) => i.repeat === section).map((i) => i.entry.item);
  return instanceValues(raw, section).map((own, index) => {
    const record: Record<string, unknown> = {};
    for (const item of items) {
      const value =
        item.kind === 'calculate'
          ? calculateItem(item, record, { ...surveyContext(model), position: index + 1 })
          : normalizeItemValue(item, own[item.id]);
      if (value !== undefined) record[item.id] = value;
    }
    return record;
  });
}

/** Whether a condition holds for the watched fields' values. */
export function conditionHolds(
  model: FormModel,
  condition: Condition | undefined,
  names: readonly string[],
  values: readonly unknown[],
  position?: number,
): boolean {
  const context = { ...surveyContext(model), position };
  return evaluateCondition(condition, watchedAnswers(model, names, values, context), undefined, context);
}
