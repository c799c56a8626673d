import { OTHER_VALUE } from '@kolo/schema';
import type { Draft, ImportContext } from './import-context.ts';
import { cellOf, placeOf, type SurveyRow } from './survey-sheet.ts';

interface Choice {
  readonly value: string;
  readonly label?: Record<string, string>;
}

/** Whether `condition` is exactly "`question` has the answer other". */
function asksForOther(condition: unknown, question: string): boolean {
  if (condition === null || typeof condition !== 'object') return false;
  const c = condition as { question?: unknown; op?: unknown; value?: unknown };
  if (c.question !== question) return false;
  if (c.op === 'eq' || c.op === 'selected') return c.value === OTHER_VALUE;
  if (c.op === 'in') return Array.isArray(c.value) && c.value.length === 1 && c.value[0] === OTHER_VALUE;
  return false;
}

/**
 * Kobo and ODK forms often spell "other, please specify" out: a choice `other` in the list, and a
 * text question right after it shown when that choice is picked (`selected(${q}, 'other')`). kolo
 * models that as the question's `other` option, whose text is stored under `<id>_other`; this
 * merges the pair into one, and says so. Returns whether `specify` was merged into `select` (then
 * it must be left out). Shared choice lists are left as they are (other questions use them).
 */
export function mergeExplicitOther(
  context: ImportContext,
  select: { readonly item: Draft; readonly row: SurveyRow },
  specify: { readonly item: Draft; readonly row: SurveyRow },
): boolean {
  const { item } = select;
  if (item.kind !== 'single_choice' && item.kind !== 'multi_choice') return false;
  // kolo's own export spelled the other option out beside a choice filter: already one again
  if (
    item.other !== undefined &&
    cellOf(select.row, 'kolo_kind').toLowerCase() === 'other_choice' &&
    cellOf(specify.row, 'kolo_kind').toLowerCase() === 'other_text'
  )
    return true;
  if (item.other !== undefined || !Array.isArray(item.options)) return false;
  // a filtered list keeps its "other" choice: the filter reads its properties, and XLSForm tools
  // refuse or_other beside a choice_filter
  if (item.choiceFilter !== undefined) return false;
  if (specify.item.kind !== 'text' || !asksForOther(specify.item.showIf, item.id as string)) return false;
  const options = item.options as Choice[];
  const choice = options.find((o) => o.value === OTHER_VALUE);
  if (!choice) return false;
  const rest = options.filter((o) => o !== choice);
  if (rest.length === 0) return false;
  item.options = rest;
  item.other = choice.label && Object.keys(choice.label).length > 0 ? { label: choice.label } : {};
  const stored = `${item.id as string}_other`;
  context.notes.warning(
    placeOf(specify.row, 'relevant'),
    'other_merged',
    `"${specify.row.name}" asks to specify the "other" answer of "${select.row.name}": it became that question's "other" option` +
      (specify.item.id === stored ? '' : `, whose text is stored as "${stored}"`),
  );
  return true;
}
