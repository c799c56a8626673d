import type { Condition } from '@kolo/schema';
import { mergeExplicitOther } from './explicit-other.ts';
import { choiceSource, fieldToItem } from './field-item.ts';
import type { Draft, ImportContext } from './import-context.ts';
import { baseFields, flagOf, putText, reportAppearance, showIfOf, textOf } from './row-fields.ts';
import { cellOf, placeOf, type SurveyNode, type SurveyRow } from './survey-sheet.ts';

type GroupNode = Extract<SurveyNode, { kind: 'group' }>;

function matrixItem(context: ImportContext, node: GroupNode, rows: readonly SurveyRow[]): Draft {
  const { notes, names } = context;
  const first = rows[0] as SurveyRow;
  const draft = baseFields(context, node.row, names.idOf(node.row), 'matrix');
  const required = rows.map((row) => flagOf(context, row, 'required', 'required'));
  const agreed = required.every((r) => r === required[0]);
  const value = agreed ? required[0] : required.some((r) => r === true);
  if (value !== undefined) draft.required = value;
  if (!agreed)
    notes.warning(
      placeOf(first, 'required'),
      'matrix_required',
      `the rows of matrix "${node.row.name}" differ in required; kolo requires all rows or none (${value ? 'all' : 'none'})`,
    );
  draft.rows = rows.map((row) => {
    const sourceName = names.sourceNameOf(row);
    return {
      id: names.idOf(row),
      ...(sourceName !== undefined ? { sourceName } : {}),
      label: textOf(context, row, 'label'),
    };
  });
  Object.assign(draft, choiceSource(context, first));
  for (const row of rows) {
    for (const key of ['relevant', 'constraint', 'hint', 'kolo_sensitive', 'kolo_show_if']) {
      const has =
        key === 'hint' ? Object.keys(textOf(context, row, 'hint')).length > 0 : cellOf(row, key) !== '';
      if (has)
        notes.add(
          placeOf(row, key),
          key === 'hint' ? 'warning' : 'error',
          'matrix_row_field',
          `a matrix row cannot have its own ${key}; it was not imported (set it on the matrix "${node.row.name}")`,
        );
    }
    reportAppearance(context, row, ['list-nolabel']);
  }
  reportAppearance(context, node.row, ['table-list', 'field-list']);
  return draft;
}

/** Both conditions, or whichever there is. */
function both(outer: Condition | undefined, inner: unknown): Condition | undefined {
  if (!outer) return inner as Condition | undefined;
  return inner ? { all: [outer, inner as Condition] } : outer;
}

/** The items of a list of nodes, flattening nested groups (their conditions moved onto their items). */
function itemsOf(context: ImportContext, nodes: readonly SurveyNode[]): Draft[] {
  const items: Draft[] = [];
  let previous: { item: Draft; row: SurveyRow } | undefined;
  for (const node of nodes) {
    if (node.kind === 'field') {
      const item = fieldToItem(context, node.row);
      if (!item) continue;
      if (previous && mergeExplicitOther(context, previous, { item, row: node.row })) {
        previous = undefined;
        continue;
      }
      items.push(item);
      previous = { item, row: node.row };
      continue;
    }
    previous = undefined;
    const rows = context.names.matrixRowsOf(node);
    if (rows) {
      items.push(matrixItem(context, node, rows));
      continue;
    }
    context.notes.add(
      placeOf(node.row, 'type'),
      node.repeat ? 'error' : 'warning',
      node.repeat ? 'repeat_flattened' : 'group_flattened',
      node.repeat
        ? `repeats are not supported: the questions of "${node.row.name}" were imported once, not repeated`
        : `kolo sections do not nest: the questions of group "${node.row.name}" were moved into the section around it`,
    );
    const showIf = showIfOf(context, node.row);
    for (const item of itemsOf(context, node.children)) {
      const combined = both(showIf, item.showIf);
      if (combined) item.showIf = combined;
      items.push(item);
    }
  }
  return items;
}

/**
 * The sections of a survey tree: each top-level group is a section; questions outside any group
 * go into a section of their own (noted), titled like the form.
 */
export function sectionsOf(
  context: ImportContext,
  tree: readonly SurveyNode[],
  formTitle: Record<string, string>,
): Draft[] {
  const sections: Draft[] = [];
  let pending: SurveyNode[] = [];
  const flush = () => {
    if (pending.length === 0) return;
    const first = pending[0] as SurveyNode;
    const items = itemsOf(context, pending);
    pending = [];
    if (items.length === 0) return;
    const id = context.names.claimSection('main');
    context.notes.warning(
      placeOf(first.row),
      'section_added',
      `questions outside any group were put in a section "${id}"; give it a title in the builder`,
    );
    sections.push({ id, title: { ...formTitle }, items });
  };
  for (const node of tree) {
    if (node.kind === 'field' || context.names.matrixRowsOf(node) || node.repeat) {
      pending.push(node);
      continue;
    }
    flush();
    const title = textOf(context, node.row, 'label');
    // a group without a label is titled by its name, for staff to retitle in the builder
    const untitled = Object.keys(title).length === 0;
    const section: Draft = {
      id: context.names.idOf(node.row),
      title: untitled ? { [context.languages.locales[0] ?? 'en']: node.row.name || 'Section' } : title,
    };
    const sourceName = context.names.sourceNameOf(node.row);
    if (sourceName !== undefined) section.sourceName = sourceName;
    putText(section, 'description', textOf(context, node.row, 'hint'));
    const showIf = showIfOf(context, node.row);
    if (showIf) section.showIf = showIf;
    for (const key of ['required', 'constraint', 'kolo_sensitive'])
      if (cellOf(node.row, key) !== '')
        context.notes.warning(
          placeOf(node.row, key),
          'ignored_on_group',
          `a group takes no answer, so ${key} was ignored`,
        );
    reportAppearance(context, node.row, ['field-list']);
    const items = itemsOf(context, node.children);
    if (items.length === 0) {
      context.notes.warning(
        placeOf(node.row, 'type'),
        'empty_group',
        `the group "${node.row.name}" has no questions kolo imported; it was left out`,
      );
      continue;
    }
    section.items = items;
    sections.push(section);
  }
  flush();
  return sections;
}
