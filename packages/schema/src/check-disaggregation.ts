import type { ItemKind, SurveyDefinition } from './definition.ts';
import type { SurveyError } from './survey-errors.ts';
import type { ItemEntry } from './walk.ts';

/**
 * The kinds of question results can be broken down by: one answer out of a fixed list per
 * submission, as the results answer filter accepts (apps/api results-query `FILTERABLE`).
 */
export const DISAGGREGATION_KINDS: ReadonlySet<ItemKind> = new Set<ItemKind>([
  'single_choice',
  'yes_no',
  'likert',
]);

/**
 * Check `disaggregateBy`: each entry names an existing question asked once per submission (not
 * in a repeat section) of a kind the results filter accepts, and is listed once; errors are
 * located at the entry (`disaggregateBy[1]`).
 */
export function checkDisaggregation(
  definition: SurveyDefinition,
  byId: ReadonlyMap<string, ItemEntry>,
): SurveyError[] {
  const errors: SurveyError[] = [];
  const first = new Map<string, number>();
  (definition.disaggregateBy ?? []).forEach((id, index) => {
    const path = `disaggregateBy[${index}]`;
    const fail = (code: SurveyError['code'], message: string) => errors.push({ path, code, message });
    const earlier = first.get(id);
    if (earlier !== undefined) {
      fail(
        'invalid_disaggregation',
        `question "${id}" is already listed at disaggregateBy[${earlier}]; list each question once`,
      );
      return;
    }
    first.set(id, index);
    const entry = byId.get(id);
    if (!entry) {
      fail('unknown_reference', `question "${id}" does not exist`);
      return;
    }
    const { item, section } = entry;
    if (section.repeat) {
      fail(
        'invalid_disaggregation',
        `question "${id}" is asked once per instance of the repeat section "${section.id}": results can be broken down only by a question asked once per submission`,
      );
      return;
    }
    if (!DISAGGREGATION_KINDS.has(item.kind)) {
      fail(
        'invalid_disaggregation',
        `question "${id}" is ${item.kind}: results can be broken down only by a single-choice, yes/no or likert question`,
      );
    }
  });
  return errors;
}
