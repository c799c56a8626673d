import { cell, headerOf } from './languages-in-use.ts';
import type { NoteList, NotePlace } from './notes.ts';
import type { Sheet, SheetRow } from './read-workbook.ts';
import { readType, type SurveyType } from './survey-type.ts';

/** One row of the `survey` sheet with its type read apart. */
export interface SurveyRow {
  readonly sheet: Sheet;
  readonly row: SheetRow;
  readonly type: SurveyType;
  /** The name as written (empty for end_group). */
  readonly name: string;
}

/** The survey sheet as a tree: groups (and repeats) holding fields and further groups. */
export type SurveyNode =
  | {
      readonly kind: 'group';
      readonly row: SurveyRow;
      readonly repeat: boolean;
      readonly children: SurveyNode[];
    }
  | { readonly kind: 'field'; readonly row: SurveyRow };

/**
 * Columns kolo reads from the survey sheet and writes back on export, in the order it writes them;
 * translated ones follow their base in the survey's locale order.
 */
export const SURVEY_COLUMNS: readonly string[] = [
  'type',
  'name',
  'label',
  'hint',
  'required',
  'relevant',
  'constraint',
  'appearance',
  'parameters',
  'kolo_kind',
  'kolo_sensitive',
  'kolo_other',
  'kolo_list',
  'kolo_unit',
  'kolo_min_label',
  'kolo_max_label',
  'kolo_show_if',
  'kolo_id',
  'calculation',
  'choice_filter',
  'constraint_message',
  'kolo_value_type',
  'kolo_display',
  'repeat_count',
  'kolo_repeat_min',
  'kolo_repeat_max',
  'kolo_instance_label',
  'no_add_remove',
];

/** Columns kolo recognises but replaces with its own translated messages: noted on import, never exported. */
export const MESSAGE_COLUMNS: readonly string[] = ['required_message'];

/** Columns kolo reads from the survey sheet: any other with content is reported as unknown. */
const KNOWN = new Set([...SURVEY_COLUMNS, ...MESSAGE_COLUMNS]);

/** Columns whose content kolo cannot keep: reported on every row that fills them. */
export const DROPPED_COLUMNS: Readonly<Record<string, string>> = {
  default: 'default answers are not supported',
  read_only: 'read-only questions are not supported',
  trigger: 'triggers are not supported',
  media: 'images, sounds and videos are not supported',
  image: 'images are not supported',
  audio: 'sounds are not supported',
  video: 'videos are not supported',
  'big-image': 'images are not supported',
  guidance_hint: 'guidance hints are not supported',
};

/** Where a cell of a survey row is, for notes. */
export function placeOf(row: SurveyRow, key?: string): NotePlace {
  return { sheet: row.sheet.name, row: row.row.row, column: key ? headerOf(row.sheet, key) : undefined };
}

/** A plain cell of a survey row. */
export const cellOf = (row: SurveyRow, key: string): string => cell(row.sheet, row.row, key);

function reportColumns(sheet: Sheet, notes: NoteList): void {
  for (const column of sheet.columns) {
    if (KNOWN.has(column.key) || column.key in DROPPED_COLUMNS) continue;
    if (column.key.startsWith('$') || column.key.startsWith('kobo--')) continue; // Kobo's own bookkeeping
    if (!sheet.rows.some((r) => r.cells.has(column.index))) continue;
    notes.warning(
      { sheet: sheet.name, row: sheet.headerRow, column: column.header },
      'unknown_column',
      `the column "${column.header}" is not used by kolo; its content was not imported`,
    );
  }
}

/**
 * Read the survey sheet into a tree of groups and fields. Unbalanced `begin_group`/`end_group`
 * rows are reported and repaired; rows with no type are reported and left out.
 */
export function readSurveyTree(sheet: Sheet, notes: NoteList): SurveyNode[] {
  reportColumns(sheet, notes);
  const root: SurveyNode[] = [];
  const stack: Array<Extract<SurveyNode, { kind: 'group' }>> = [];
  const here = () => stack[stack.length - 1]?.children ?? root;
  for (const sheetRow of sheet.rows) {
    const typeText = cell(sheet, sheetRow, 'type');
    const name = cell(sheet, sheetRow, 'name');
    const row: SurveyRow = { sheet, row: sheetRow, type: readType(typeText), name };
    if (typeText === '') {
      const filled = [...sheetRow.cells.keys()].some((index) => {
        const key = sheet.columns.find((c) => c.index === index)?.key ?? '';
        return !key.startsWith('$');
      });
      if (filled)
        notes.error(
          placeOf(row, 'type'),
          'missing_type',
          `row ${sheetRow.row} has no type and was not imported`,
        );
      continue;
    }
    const { keyword } = row.type;
    if (keyword === 'begin_group' || keyword === 'begin_repeat') {
      const group = { kind: 'group' as const, row, repeat: keyword === 'begin_repeat', children: [] };
      here().push(group);
      stack.push(group);
      continue;
    }
    if (keyword === 'end_group' || keyword === 'end_repeat') {
      const open = stack[stack.length - 1];
      if (!open) {
        notes.warning(
          placeOf(row, 'type'),
          'unbalanced_group',
          `"${typeText}" closes no group; it was ignored`,
        );
        continue;
      }
      if (open.repeat !== (keyword === 'end_repeat'))
        notes.warning(
          placeOf(row, 'type'),
          'unbalanced_group',
          `"${typeText}" closes a ${open.repeat ? 'repeat' : 'group'} (row ${open.row.row.row})`,
        );
      stack.pop();
      continue;
    }
    here().push({ kind: 'field', row });
  }
  for (const open of stack.reverse())
    notes.warning(
      placeOf(open.row, 'type'),
      'unbalanced_group',
      `the ${open.repeat ? 'repeat' : 'group'} "${open.row.name}" is never closed; it was closed at the end of the sheet`,
    );
  return root;
}
