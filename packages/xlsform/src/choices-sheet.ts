import { cell, headerOf, type Languages } from './languages-in-use.ts';
import type { NoteList } from './notes.ts';
import type { Sheet } from './read-workbook.ts';

/** A choice as read, draft-shaped: it may still fail the schema (e.g. a code with spaces). */
export interface DraftChoice {
  value: string;
  label: Record<string, string>;
  score?: number;
  notApplicable?: boolean;
  exclusive?: boolean;
}

export interface ChoiceList {
  /** The list name as written. */
  readonly name: string;
  /** The row where the list starts. */
  readonly row: number;
  readonly choices: DraftChoice[];
}

const CHOICE_VALUE = /^[A-Za-z0-9_.-]{1,64}$/;
const KNOWN = new Set(['list_name', 'name', 'label', 'kolo_score', 'kolo_not_applicable', 'kolo_exclusive']);
const MEDIA = new Set(['media', 'image', 'audio', 'video', 'big-image', 'big_image']);

/** `yes`/`true`/`1` as true, `no`/`false`/`0` as false, empty as undefined; else the text back. */
export function readFlag(text: string): boolean | undefined | string {
  const value = text.trim().toLowerCase();
  if (value === '') return undefined;
  if (['yes', 'true', 'true()', '1', 'y'].includes(value)) return true;
  if (['no', 'false', 'false()', '0', 'n'].includes(value)) return false;
  return text;
}

/** The `choices` sheet as lists by name, in the order they appear; problems become notes. */
export function readChoices(
  sheet: Sheet | undefined,
  languages: Languages,
  notes: NoteList,
): Map<string, ChoiceList> {
  const lists = new Map<string, ChoiceList>();
  if (!sheet) return lists;
  const listColumn = 'list_name';
  const missing =
    !sheet.columns.some((c) => c.key === listColumn) || !sheet.columns.some((c) => c.key === 'name');
  if (missing && sheet.rows.length > 0) {
    notes.error(
      { sheet: sheet.name, row: sheet.headerRow },
      'missing_column',
      'the choices sheet needs "list_name" and "name" columns; no choices were read',
    );
    return lists;
  }
  if (missing) return lists;
  for (const column of sheet.columns) {
    if (KNOWN.has(column.key) || column.key.startsWith('$')) continue;
    if (!sheet.rows.some((r) => r.cells.has(column.index))) continue;
    notes.add(
      { sheet: sheet.name, row: sheet.headerRow, column: column.header },
      MEDIA.has(column.key) ? 'error' : 'warning',
      MEDIA.has(column.key) ? 'media_dropped' : 'unknown_column',
      MEDIA.has(column.key)
        ? `choice images and sounds ("${column.header}") are not supported and were not imported`
        : `the column "${column.header}" is not used by kolo (a choice_filter column, perhaps); it was not imported`,
    );
  }
  for (const row of sheet.rows) {
    const listName = cell(sheet, row, listColumn);
    const value = cell(sheet, row, 'name');
    const place = (key: string) => ({ sheet: sheet.name, row: row.row, column: headerOf(sheet, key) });
    if (listName === '' && value === '') continue;
    if (listName === '' || value === '') {
      notes.error(
        place(listName === '' ? listColumn : 'name'),
        'incomplete_choice',
        `this choice has no ${listName === '' ? 'list_name' : 'name'} and was not imported`,
      );
      continue;
    }
    const list = lists.get(listName) ?? { name: listName, row: row.row, choices: [] };
    lists.set(listName, list);
    if (list.choices.some((c) => c.value === value)) {
      notes.error(
        place('name'),
        'duplicate_choice',
        `list "${listName}" already has a choice "${value}"; this one was not imported`,
      );
      continue;
    }
    if (!CHOICE_VALUE.test(value))
      notes.warning(
        place('name'),
        'invalid_choice_name',
        `"${value}" is not a valid choice code (1-64 letters, digits, "_", "." or "-"); fix it in the builder`,
      );
    const choice: DraftChoice = { value, label: languages.text(sheet, row, 'label') };
    const score = cell(sheet, row, 'kolo_score');
    if (score !== '') {
      const n = Number(score);
      if (Number.isFinite(n)) choice.score = n;
      else
        notes.error(
          place('kolo_score'),
          'invalid_value',
          `score "${score}" is not a number; it was left out`,
        );
    }
    for (const [key, field] of [
      ['kolo_not_applicable', 'notApplicable'],
      ['kolo_exclusive', 'exclusive'],
    ] as const) {
      const flag = readFlag(cell(sheet, row, key));
      if (typeof flag === 'boolean') choice[field] = flag;
      else if (flag !== undefined)
        notes.error(place(key), 'invalid_value', `"${flag}" is not yes or no; it was left out`);
    }
    list.choices.push(choice);
  }
  return lists;
}
