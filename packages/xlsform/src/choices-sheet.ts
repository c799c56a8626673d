import { cell, headerOf, type Languages } from './languages-in-use.ts';
import type { NoteList } from './notes.ts';
import type { Column, Sheet } from './read-workbook.ts';

/** A choice as read, draft-shaped: it may still fail the schema (e.g. a code with spaces). */
export interface DraftChoice {
  value: string;
  /** The XLSForm name when kolo's code had to differ (spaces, "&", accents, ":" or "/"). */
  sourceName?: string;
  label: Record<string, string>;
  score?: number;
  notApplicable?: boolean;
  exclusive?: boolean;
  properties?: Record<string, string>;
}

export interface ChoiceList {
  /** The list name as written. */
  readonly name: string;
  /** The row where the list starts. */
  readonly row: number;
  readonly choices: DraftChoice[];
  /** Kolo's code for each XLSForm name it had to change. */
  readonly codes: Map<string, string>;
}

const CHOICE_VALUE = /^[A-Za-z0-9_.-]{1,64}$/;
const PROPERTY_NAME = /^[A-Za-z_][A-Za-z0-9_-]{0,63}$/;
const KNOWN = new Set([
  'list_name',
  'name',
  'label',
  'kolo_value',
  'kolo_score',
  'kolo_not_applicable',
  'kolo_exclusive',
]);
const MEDIA = new Set(['media', 'image', 'audio', 'video', 'big-image', 'big_image']);

/**
 * A choice name as a kolo code: accents dropped, runs of other characters as "_", at most 64.
 * @example toChoiceValue('Food & water') // 'Food_water'
 */
export function toChoiceValue(name: string): string {
  const code = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9_.-]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 64);
  return code === '' ? 'choice' : code;
}

/** A code for `name` not yet used in the list: its own `kolo_value`, or the name made a code. */
function codeFor(list: ChoiceList, name: string, koloValue: string): string {
  if (CHOICE_VALUE.test(koloValue) && !list.choices.some((c) => c.value === koloValue)) return koloValue;
  const base = toChoiceValue(name);
  let code = base;
  for (let n = 2; list.choices.some((c) => c.value === code); n += 1)
    code = `${base.slice(0, 64 - String(n).length - 1)}_${n}`;
  return code;
}

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
  // extra columns (`state` on a county) are the properties a choice_filter reads
  const properties: Column[] = [];
  for (const column of sheet.columns) {
    if (KNOWN.has(column.key) || column.key.startsWith('$')) continue;
    if (!sheet.rows.some((r) => r.cells.has(column.index))) continue;
    const media = MEDIA.has(column.key);
    const name = column.header.trim();
    if (!media && column.language === undefined && PROPERTY_NAME.test(name)) {
      properties.push(column);
      continue;
    }
    notes.add(
      { sheet: sheet.name, row: sheet.headerRow, column: column.header },
      media ? 'error' : 'warning',
      media ? 'media_dropped' : 'unknown_column',
      media
        ? `choice images and sounds ("${column.header}") are not supported and were not imported`
        : `the column "${column.header}" is not used by kolo; it was not imported`,
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
    const list: ChoiceList = lists.get(listName) ?? {
      name: listName,
      row: row.row,
      choices: [],
      codes: new Map(),
    };
    lists.set(listName, list);
    if (list.choices.some((c) => (c.sourceName ?? c.value) === value)) {
      notes.error(
        place('name'),
        'duplicate_choice',
        `list "${listName}" already has a choice "${value}"; this one was not imported`,
      );
      continue;
    }
    // a name kolo cannot store (spaces, "&", accents, ":", "/") gets a code; the name is kept and written back
    const koloValue = cell(sheet, row, 'kolo_value');
    const changed =
      !CHOICE_VALUE.test(value) ||
      (koloValue !== '' && koloValue !== value) ||
      list.choices.some((c) => c.value === value);
    const code = changed ? codeFor(list, value, koloValue) : value;
    const choice: DraftChoice = { value: code, label: languages.text(sheet, row, 'label') };
    if (code !== value) {
      choice.sourceName = value;
      list.codes.set(value, code);
    }
    const own: Record<string, string> = {};
    for (const column of properties) {
      const value = row.cells.get(column.index);
      if (value !== undefined) own[column.header.trim()] = value.slice(0, 200);
    }
    if (Object.keys(own).length > 0) choice.properties = own;
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
