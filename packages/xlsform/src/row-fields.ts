import { type Condition, Condition as ConditionSchema } from '@kolo/schema';
import { readFlag } from './choices-sheet.ts';
import { renamePiping, renameReferences } from './expression-names.ts';
import type { Draft, ImportContext } from './import-context.ts';
import { appearanceWords } from './matrix-group.ts';
import { conditionToRelevant, relevantToCondition } from './relevant.ts';
import { cellOf, DROPPED_COLUMNS, MESSAGE_COLUMNS, placeOf, type SurveyRow } from './survey-sheet.ts';
import { ITEM_KEYWORDS, METADATA_KEYWORDS } from './survey-type.ts';

/** A translated column of a row, by locale; `${name}` piping names the kolo id. */
export function textOf(context: ImportContext, row: SurveyRow, key: string): Record<string, string> {
  const text = context.languages.text(row.sheet, row.row, key);
  for (const [locale, value] of Object.entries(text))
    if (value.includes('${'))
      text[locale] = renamePiping(withoutMetadata(context, row, key, value), context.names.refer);
  return text;
}

/** Whether `${name}` names form metadata (`start`, `deviceid`, `uri:deviceid`...), which kolo does not collect. */
function isMetadata(context: ImportContext, name: string): boolean {
  const keyword = context.names.keywordOf(name);
  return keyword !== undefined && (METADATA_KEYWORDS.has(keyword) || keyword.startsWith('uri:'));
}

/** A text showing form metadata by `${name}` shows `[name]` instead (noted): kolo has no such value. */
function withoutMetadata(context: ImportContext, row: SurveyRow, key: string, value: string): string {
  return value.replace(/\$\{\s*([^}\s]+)\s*\}/g, (whole, name: string) => {
    if (!isMetadata(context, name)) return whole;
    context.notes.warning(
      placeOf(row, key),
      'metadata_piping',
      `the ${key} shows \${${name}}, form metadata kolo does not collect; it now reads "[${name}]": reword it in the builder`,
    );
    return `[${name}]`;
  });
}

/** Set `key` on a draft when the text has any language. */
export function putText(draft: Draft, key: string, text: Record<string, string>): void {
  if (Object.keys(text).length > 0) draft[key] = text;
}

/** A yes/no column; anything else is noted and left out. */
export function flagOf(
  context: ImportContext,
  row: SurveyRow,
  key: string,
  what: string,
): boolean | undefined {
  const flag = readFlag(cellOf(row, key));
  if (typeof flag !== 'string') return flag;
  context.notes.error(
    placeOf(row, key),
    key === 'required' ? 'conditional_required' : 'invalid_value',
    key === 'required'
      ? `"${flag}": a condition in required is not supported; the question was imported as not required`
      : `"${flag}" is not yes or no; ${what} was left out`,
  );
  return undefined;
}

function renderContext(context: ImportContext) {
  const { names } = context;
  return {
    nameOf: names.xlsNameOf,
    isDate: (ref: string) => names.keywordOf(names.xlsNameOf(ref)) === 'date',
    isMulti: (ref: string) => names.keywordOf(names.xlsNameOf(ref)) === 'select_multiple',
    codeOf: names.codeOf,
  };
}

const MAX_KEPT_LENGTH = 20_000;

/** The condition in a kolo_show_if cell, or undefined when it is no valid condition. */
function keptCondition(text: string): Condition | undefined {
  if (text.length > MAX_KEPT_LENGTH) return undefined;
  try {
    const parsed = ConditionSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    // not JSON, or nested past what the parser takes
    return undefined;
  }
}

/**
 * A row's `relevant` as a showIf condition. A `kolo_show_if` cell (kolo's own export, for
 * conditions XPath cannot carry exactly) is used only while the relevant still reads as it wrote it.
 */
export function showIfOf(context: ImportContext, row: SurveyRow): Condition | undefined {
  // `../name` paths read as `${name}`
  const relevant = renameReferences(cellOf(row, 'relevant'), (name) => name);
  const kept = cellOf(row, 'kolo_show_if');
  const { notes, names } = context;
  if (kept !== '') {
    const condition = keptCondition(kept);
    if (condition && conditionToRelevant(condition, renderContext(context), names).text === relevant)
      return condition;
    notes.warning(
      placeOf(row, 'kolo_show_if'),
      'stale_show_if',
      'kolo_show_if no longer matches relevant (edited since the export?); relevant was used',
    );
  }
  if (relevant === '') return undefined;
  const result = relevantToCondition(relevant, names);
  if (!result.ok) {
    notes.error(
      placeOf(row, 'relevant'),
      'unsupported_expression',
      `"${relevant}" could not be converted (${result.message}, at character ${result.at + 1}); the ${row.type.keyword.includes('group') ? 'group' : 'question'} is shown always until you add the condition in the builder`,
    );
    return undefined;
  }
  for (const name of [...relevant.matchAll(/\$\{\s*([^}]*?)\s*\}/g)].map((m) => m[1] ?? '')) {
    const keyword = names.keywordOf(name) ?? '';
    // a repeat is named like a question by what counts its instances: `count(${children}) > 1`
    if (!ITEM_KEYWORDS.has(keyword) && keyword !== 'calculate' && keyword !== 'begin_repeat')
      notes.error(
        placeOf(row, 'relevant'),
        'unknown_reference',
        `\${${name}} is not a question kolo imported (a calculate or a misspelling?); fix the condition in the builder`,
      );
  }
  return result.value;
}

/** Notes for cells this row fills that kolo cannot keep. */
export function reportDroppedCells(context: ImportContext, row: SurveyRow): void {
  for (const [key, why] of Object.entries(DROPPED_COLUMNS)) {
    if (cellOf(row, key) === '') continue;
    context.notes.add(
      placeOf(row, key),
      key === 'guidance_hint' ? 'warning' : 'error',
      'column_dropped',
      `${why}; "${cellOf(row, key)}" was not imported`,
    );
  }
  for (const key of MESSAGE_COLUMNS) {
    const texts =
      Object.keys(context.languages.text(row.sheet, row.row, key)).length > 0 || cellOf(row, key) !== '';
    if (texts)
      context.notes.warning(
        placeOf(row, key),
        'message_replaced',
        `kolo shows its own translated message when an answer is ${key === 'required_message' ? 'missing' : 'out of bounds'}; ${key} was not imported`,
      );
  }
}

/** Appearance words kolo reads for this row; the others are noted as display hints it does not use. */
export function reportAppearance(context: ImportContext, row: SurveyRow, used: readonly string[]): void {
  const ignored = appearanceWords(row).filter((w) => !used.includes(w));
  if (ignored.length > 0)
    context.notes.warning(
      placeOf(row, 'appearance'),
      'appearance_ignored',
      `the appearance "${ignored.join(' ')}" is a display hint kolo does not use`,
    );
}

/** Label, hint, required, sensitive and showIf: the fields every question has. */
export function baseFields(context: ImportContext, row: SurveyRow, id: string, kind: string): Draft {
  const draft: Draft = { id, kind, label: textOf(context, row, 'label') };
  const sourceName = context.names.sourceNameOf(row);
  if (sourceName !== undefined) draft.sourceName = sourceName;
  putText(draft, 'hint', textOf(context, row, 'hint'));
  if (kind !== 'note') {
    const required = flagOf(context, row, 'required', 'required');
    if (required !== undefined) draft.required = required;
    const sensitive = flagOf(context, row, 'kolo_sensitive', 'sensitive');
    if (sensitive !== undefined) draft.sensitive = sensitive;
  } else {
    for (const key of ['required', 'kolo_sensitive'])
      if (cellOf(row, key) !== '')
        context.notes.warning(
          placeOf(row, key),
          'ignored_on_note',
          `a note takes no answer, so ${key} was ignored`,
        );
  }
  const showIf = showIfOf(context, row);
  if (showIf) draft.showIf = showIf;
  reportDroppedCells(context, row);
  return draft;
}
