import { checkCondition } from './check-conditions.ts';
import { checkDisaggregation } from './check-disaggregation.ts';
import { checkItemExpressions } from './check-expressions.ts';
import { checkLookups } from './check-lookups.ts';
import { checkTranslations } from './check-translations.ts';
import { type Choice, type Item, REPEAT_MAX_INSTANCES, SurveyDefinition } from './definition.ts';
import { formatPath } from './path.ts';
import type { SurveyError } from './survey-errors.ts';
import { allowedValues, choicesOf, type ItemEntry, OTHER_VALUE, otherKey, surveyItems } from './walk.ts';

/** The outcome of {@link parseSurvey}: the definition, or every located error found. */
export type ParseSurveyResult =
  | { readonly success: true; readonly survey: SurveyDefinition }
  | { readonly success: false; readonly errors: readonly SurveyError[] };

function duplicates<T>(values: readonly T[], key: (v: T) => string): Array<{ index: number; key: string }> {
  const seen = new Set<string>();
  const found: Array<{ index: number; key: string }> = [];
  values.forEach((v, index) => {
    const k = key(v);
    if (seen.has(k)) found.push({ index, key: k });
    seen.add(k);
  });
  return found;
}

function checkChoiceList(choices: readonly Choice[], path: string): SurveyError[] {
  return duplicates(choices, (c) => c.value).map(({ index, key }) => ({
    path: `${path}[${index}].value`,
    code: 'duplicate_choice' as const,
    message: `choice value "${key}" is used twice`,
  }));
}

function checkItemChoices(definition: SurveyDefinition, entry: ItemEntry): SurveyError[] {
  const { item, path } = entry;
  if (
    item.kind !== 'single_choice' &&
    item.kind !== 'multi_choice' &&
    item.kind !== 'likert' &&
    item.kind !== 'matrix'
  ) {
    return [];
  }
  const errors: SurveyError[] = [];
  const fail = (at: string, code: SurveyError['code'], message: string) =>
    errors.push({ path: at, code, message });
  if (item.options && item.choices)
    fail(path, 'invalid_choices', 'give either "options" or "choices", not both');
  if (!item.options && !item.choices)
    fail(path, 'invalid_choices', 'give the answer options ("options") or a choice list name ("choices")');
  if (item.choices && !definition.choiceLists?.[item.choices]) {
    fail(`${path}.choices`, 'unknown_reference', `choice list "${item.choices}" does not exist`);
  }
  if (item.options) errors.push(...checkChoiceList(item.options, `${path}.options`));
  const choices = choicesOf(definition, item);
  if ((item.kind === 'single_choice' || item.kind === 'multi_choice') && item.other) {
    if (choices.some((c) => c.value === OTHER_VALUE)) {
      fail(
        `${path}.other`,
        'duplicate_choice',
        `choice value "${OTHER_VALUE}" clashes with the "other, please specify" option`,
      );
    }
  }
  if (item.kind === 'multi_choice' && item.maxSelections !== undefined) {
    const available = choices.length + (item.other ? 1 : 0);
    if (choices.length > 0 && item.maxSelections > available) {
      fail(
        `${path}.maxSelections`,
        'invalid_bounds',
        `maxSelections is ${item.maxSelections} but there are only ${available} options`,
      );
    }
  }
  if ((item.kind === 'likert' || item.kind === 'matrix') && choices.length > 0) {
    if (choices.filter((c) => !c.notApplicable).length < 2) {
      fail(path, 'invalid_choices', 'a scale needs at least two choices that are not "not applicable"');
    }
  }
  if (item.kind === 'matrix') {
    for (const { index, key } of duplicates(item.rows, (r) => r.id)) {
      fail(`${path}.rows[${index}].id`, 'duplicate_id', `row id "${key}" is used twice`);
    }
  }
  return errors;
}

function checkBounds(item: Item, path: string): SurveyError[] {
  const min = 'min' in item ? item.min : undefined;
  const max = 'max' in item ? item.max : undefined;
  if (item.kind === 'rating') {
    const low = item.min ?? 1;
    return low < item.max
      ? []
      : [
          {
            path: `${path}.max`,
            code: 'invalid_bounds',
            message: `max (${item.max}) must be above min (${low})`,
          },
        ];
  }
  if (min !== undefined && max !== undefined && min > max) {
    return [
      {
        path: `${path}.max`,
        code: 'invalid_bounds',
        message: `max (${String(max)}) must not be below min (${String(min)})`,
      },
    ];
  }
  return [];
}

function checkIds(definition: SurveyDefinition, entries: readonly ItemEntry[]): SurveyError[] {
  const errors: SurveyError[] = [];
  for (const { index, key } of duplicates(definition.sections, (s) => s.id)) {
    errors.push({
      path: `sections[${index}].id`,
      code: 'duplicate_id',
      message: `section id "${key}" is used twice`,
    });
  }
  const keys = new Map<string, string>();
  for (const { item, path } of entries) {
    const owner = keys.get(item.id);
    if (owner !== undefined) {
      errors.push({
        path: `${path}.id`,
        code: 'duplicate_id',
        message: `item id "${item.id}" is already used at ${owner}`,
      });
    }
    keys.set(item.id, path);
  }
  for (const { item, path } of entries) {
    if (
      (item.kind === 'single_choice' || item.kind === 'multi_choice') &&
      item.other &&
      keys.has(otherKey(item.id))
    ) {
      errors.push({
        path: `${path}.other`,
        code: 'duplicate_id',
        message: `the "please specify" answer is stored as "${otherKey(item.id)}", which is already an item id`,
      });
    }
  }
  for (const { index, key } of duplicates(definition.indicators ?? [], (i) => i.id)) {
    errors.push({
      path: `indicators[${index}].id`,
      code: 'duplicate_id',
      message: `indicator id "${key}" is used twice`,
    });
  }
  return errors;
}

/**
 * A repeat section's own rules: its id names the list its answers are stored under, so no item
 * may have it; at least `min` and at most `max` instances; `count` reads only earlier answers.
 */
function checkRepeats(
  definition: SurveyDefinition,
  entries: readonly ItemEntry[],
  byId: ReadonlyMap<string, ItemEntry>,
): SurveyError[] {
  const errors: SurveyError[] = [];
  definition.sections.forEach((section, index) => {
    const { repeat } = section;
    if (!repeat) return;
    const at = `sections[${index}]`;
    const item = byId.get(section.id);
    if (item)
      errors.push({
        path: `${at}.id`,
        code: 'duplicate_id',
        message: `the repeat section "${section.id}" stores its answers under its id, which is already the id of the item at ${item.path}`,
      });
    const min = repeat.min ?? 0;
    const max = repeat.max ?? REPEAT_MAX_INSTANCES;
    if (min > max)
      errors.push({
        path: `${at}.repeat.max`,
        code: 'invalid_bounds',
        message: `max (${max}) must not be below min (${min})`,
      });
    if (repeat.count !== undefined) {
      const first = entries.find((e) => e.sectionIndex === index)?.order ?? 0;
      errors.push(
        ...checkCondition(
          definition,
          { expression: repeat.count },
          `${at}.repeat.count`,
          first,
          undefined,
          byId,
        ),
      );
    }
  });
  return errors;
}

function checkIndicators(definition: SurveyDefinition, byId: ReadonlyMap<string, ItemEntry>): SurveyError[] {
  const errors: SurveyError[] = [];
  (definition.indicators ?? []).forEach((indicator, index) => {
    const at = `indicators[${index}]`;
    const resolve = (ref: string, path: string) => {
      const [id = ref, row] = ref.split('.');
      const item = byId.get(id)?.item;
      const ok =
        item &&
        item.kind !== 'note' &&
        (row === undefined || (item.kind === 'matrix' && item.rows.some((r) => r.id === row)));
      if (!ok) errors.push({ path, code: 'unknown_reference', message: `question "${ref}" does not exist` });
      return ok ? item : undefined;
    };
    if (indicator.kind === 'scale_mean') {
      indicator.items.forEach((ref, i) => {
        const item = resolve(ref, `${at}.items[${i}]`);
        if (!item) return;
        const scalable =
          ['likert', 'rating', 'matrix', 'single_choice'].includes(item.kind) ||
          (item.kind === 'number' && item.min !== undefined && item.max !== undefined);
        if (!scalable) {
          errors.push({
            path: `${at}.items[${i}]`,
            code: 'invalid_operator',
            message: `"${ref}" is ${item.kind} and cannot be scored on a scale`,
          });
        }
      });
      return;
    }
    if (indicator.item === undefined) return;
    const item = resolve(indicator.item, `${at}.item`);
    if (!item) return;
    const accepted = allowedValues(definition, item) ?? [];
    const lists: Record<string, readonly string[]> =
      indicator.kind === 'share'
        ? { values: indicator.values, exclude: indicator.exclude ?? [] }
        : { values: indicator.values ?? [] };
    for (const [name, values] of Object.entries(lists)) {
      values.forEach((v, i) => {
        if (!accepted.includes(v)) {
          errors.push({
            path: `${at}.${name}[${i}]`,
            code: 'invalid_value',
            message: `"${v}" is not an answer of question "${indicator.item}"`,
          });
        }
      });
    }
  });
  return errors;
}

/**
 * Parse and check a survey definition: its shape, then ids, references, conditions, choices,
 * bounds, indicators, disaggregations and translations, each error located by path.
 * @example
 * const result = parseSurvey(json);
 * if (!result.success) console.log(formatSurveyErrors(result.errors));
 */
export function parseSurvey(input: unknown): ParseSurveyResult {
  const shape = SurveyDefinition.safeParse(input);
  if (!shape.success) {
    return {
      success: false,
      errors: shape.error.issues.map((issue) => ({
        path: formatPath(issue.path),
        code: 'invalid_shape' as const,
        message: issue.message,
      })),
    };
  }
  const definition = shape.data;
  const entries = surveyItems(definition);
  const byId = new Map<string, ItemEntry>();
  for (const entry of entries) if (!byId.has(entry.item.id)) byId.set(entry.item.id, entry);

  const errors: SurveyError[] = [
    ...checkIds(definition, entries),
    ...checkRepeats(definition, entries, byId),
  ];
  for (const [name, list] of Object.entries(definition.choiceLists ?? {})) {
    errors.push(...checkChoiceList(list, `choiceLists.${name}`));
  }
  definition.sections.forEach((section, sectionIndex) => {
    if (!section.showIf) return;
    const first = entries.find((e) => e.sectionIndex === sectionIndex);
    errors.push(
      ...checkCondition(
        definition,
        section.showIf,
        `sections[${sectionIndex}].showIf`,
        first?.order ?? 0,
        undefined,
        byId,
      ),
    );
  });
  for (const entry of entries) {
    errors.push(
      ...checkItemChoices(definition, entry),
      ...checkBounds(entry.item, entry.path),
      ...checkItemExpressions(definition, entry, byId),
    );
    if (entry.item.showIf) {
      errors.push(
        ...checkCondition(
          definition,
          entry.item.showIf,
          `${entry.path}.showIf`,
          entry.order,
          entry.item.id,
          byId,
        ),
      );
    }
  }
  errors.push(
    ...checkIndicators(definition, byId),
    ...checkDisaggregation(definition, byId),
    ...checkTranslations(definition),
    ...checkLookups(definition),
  );
  return errors.length > 0 ? { success: false, errors } : { success: true, survey: definition };
}
