import { type Comparison, type Condition, parseSurvey } from '@kolo/schema';
import type { NoteList } from './notes.ts';
import { renderLiteral } from './relevant.ts';

/** The condition at `path` below an owner (`.all[0].any[1]`), with a way to replace it. */
function leafAt(
  owner: Record<string, unknown>,
  path: string,
): { value: unknown; replace(next: Condition): void } | undefined {
  let parent: Record<string, unknown> | unknown[] = owner;
  let key: string | number = 'showIf';
  for (const [, name, index] of path.matchAll(/\.(all|any|not)(?:\[(\d+)\])?/g)) {
    const node: unknown = (parent as Record<string | number, unknown>)[key];
    if (node === null || typeof node !== 'object') return undefined;
    const child = (node as Record<string, unknown>)[name as string];
    if (index === undefined) [parent, key] = [node as Record<string, unknown>, name as string];
    else if (Array.isArray(child)) [parent, key] = [child, Number(index)];
    else return undefined;
  }
  const holder = parent as Record<string | number, unknown>;
  return { value: holder[key], replace: (next) => (holder[key] = next) };
}

/** A comparison written as the XPath expression it was read from (kolo ids), for a multi choice or not. */
export function comparisonExpression(c: Comparison, multi: boolean): string | undefined {
  const ref = `\${${c.question}}`;
  const values = (Array.isArray(c.value) ? c.value : [c.value]).map((v) => renderLiteral(v));
  const one = (v: string, op: '=' | '!=') =>
    multi
      ? `${op === '!=' ? 'not(' : ''}selected(${ref}, ${v})${op === '!=' ? ')' : ''}`
      : `${ref} ${op} ${v}`;
  const first = values[0] ?? "''";
  switch (c.op) {
    case 'eq':
    case 'selected':
      return one(first, '=');
    case 'neq':
      return one(first, '!=');
    case 'in':
      return values.map((v) => one(v, '=')).join(' or ');
    case 'notIn':
      return `not(${values.map((v) => one(v, '=')).join(' or ')})`;
    case 'gt':
      return `${ref} > ${first}`;
    case 'gte':
      return `${ref} >= ${first}`;
    case 'lt':
      return `${ref} < ${first}`;
    case 'lte':
      return `${ref} <= ${first}`;
    default:
      return undefined;
  }
}

/**
 * XLSForm compares loosely (`${age} != 'NaN'`, a code no choice has, a number with a text): a
 * comparison kolo would refuse in a draft is kept as the expression it was, which evaluates as
 * ODK does, instead of becoming a draft error.
 */
export function loosenComparisons(definition: Record<string, unknown>): void {
  const parsed = parseSurvey(definition);
  if (parsed.success) return;
  const sections = Array.isArray(definition.sections)
    ? (definition.sections as Record<string, unknown>[])
    : [];
  const kinds = new Map<string, unknown>();
  for (const section of sections)
    for (const item of Array.isArray(section.items) ? (section.items as Record<string, unknown>[]) : [])
      kinds.set(String(item.id), item.kind);
  for (const error of parsed.errors) {
    if (error.code !== 'invalid_value' && error.code !== 'invalid_operator') continue;
    const match = /^sections\[(\d+)\](?:\.items\[(\d+)\])?\.showIf((?:\.(?:all|any)\[\d+\]|\.not)*)$/.exec(
      error.path,
    );
    if (!match) continue;
    const section = sections[Number(match[1])];
    const owner =
      match[2] === undefined
        ? section
        : (section?.items as Record<string, unknown>[] | undefined)?.[Number(match[2])];
    const leaf = owner && leafAt(owner, match[3] ?? '');
    const value = leaf?.value as Comparison | undefined;
    if (!leaf || !value || typeof value.question !== 'string' || value.question.includes('.')) continue;
    const expression = comparisonExpression(value, kinds.get(value.question) === 'multi_choice');
    if (expression !== undefined) leaf.replace({ expression });
  }
}

const isEmptyText = (value: unknown): boolean =>
  value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0;

/**
 * Items and choices with no label in any language (Kobo allows an image or a sound instead, which
 * kolo does not show) read `[name]` in the first language, noted, so the draft has a text to
 * translate and the export is a valid XLSForm.
 */
export function labelUnlabelled(definition: Record<string, unknown>, locale: string, notes: NoteList): void {
  const fill = (owner: Record<string, unknown>, name: string, what: string) => {
    if (!isEmptyText(owner.label)) return;
    owner.label = { [locale]: `[${name}]` };
    notes.warning(
      { sheet: '' },
      'label_missing',
      `the ${what} "${name}" has no label (only an image or a sound, which kolo does not show); it reads "[${name}]": write a label in the builder`,
    );
  };
  const choices = (list: unknown) => {
    if (Array.isArray(list))
      for (const choice of list as Record<string, unknown>[])
        fill(choice, String(choice.sourceName ?? choice.value), 'choice');
  };
  for (const list of Object.values((definition.choiceLists ?? {}) as Record<string, unknown>)) choices(list);
  for (const section of (definition.sections ?? []) as Record<string, unknown>[])
    for (const item of (section.items ?? []) as Record<string, unknown>[]) {
      fill(item, String(item.sourceName ?? item.id), 'question');
      choices(item.options);
    }
}
