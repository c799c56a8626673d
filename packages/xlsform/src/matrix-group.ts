import type { NoteList } from './notes.ts';
import { cellOf, placeOf, type SurveyNode, type SurveyRow } from './survey-sheet.ts';

type GroupNode = Extract<SurveyNode, { kind: 'group' }>;

export const appearanceWords = (row: SurveyRow): string[] =>
  cellOf(row, 'appearance').toLowerCase().split(/\s+/).filter(Boolean);

/**
 * The rows of a group that is a matrix: marked `kolo_kind` matrix, or a `table-list` group of
 * `select_one` questions on one list (ODK's grid). A leading row with appearance `label` (the
 * header row of ODK's field-list grid) is left out. Undefined when the group is no matrix.
 */
export function matrixRows(group: GroupNode, notes?: NoteList): SurveyRow[] | undefined {
  if (group.repeat) return undefined;
  const marked = cellOf(group.row, 'kolo_kind').toLowerCase() === 'matrix';
  const words = appearanceWords(group.row);
  if (!marked && !words.includes('table-list') && !words.includes('field-list')) return undefined;
  const children = [...group.children];
  const first = children[0];
  const headerRow = first?.kind === 'field' && appearanceWords(first.row).includes('label');
  if (headerRow) children.shift();
  const rows = children.flatMap((child) => (child.kind === 'field' ? [child.row] : []));
  const list = rows[0]?.type.list;
  const uniform =
    rows.length > 0 &&
    rows.length === children.length &&
    rows.every((r) => r.type.keyword === 'select_one' && r.type.list === list && !r.type.orOther) &&
    (!headerRow || (first?.kind === 'field' && first.row.type.list === list));
  // a field-list group is a grid only in ODK's label/list-nolabel idiom
  const grid = marked || words.includes('table-list') || headerRow;
  if (uniform && grid) {
    if (headerRow && first?.kind === 'field' && notes)
      notes.warning(
        placeOf(first.row, 'appearance'),
        'label_row_folded',
        `"${first.row.name}" only shows the choices above the grid; it became part of the matrix "${group.row.name}"`,
      );
    return rows;
  }
  if (marked && notes)
    notes.warning(
      placeOf(group.row, 'kolo_kind'),
      'not_a_matrix',
      'a matrix holds only select_one questions on one list; this group was imported as questions',
    );
  return undefined;
}
