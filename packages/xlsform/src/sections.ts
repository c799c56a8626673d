import { type Condition, REPEAT_MAX_INSTANCES } from '@kolo/schema';
import { mergeExplicitOther } from './explicit-other.ts';
import { choiceSource, expressionOf, fieldToItem } from './field-item.ts';
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

/** A run of items, or a repeat that becomes a section of its own at that place. */
type Piece =
  | { readonly kind: 'items'; readonly items: Draft[] }
  | { readonly kind: 'repeat'; readonly node: GroupNode; showIf: Condition | undefined };

/** The last piece's items, opening a new run after a repeat. */
function run(pieces: Piece[]): Draft[] {
  const last = pieces[pieces.length - 1];
  if (last?.kind === 'items') return last.items;
  const items: Draft[] = [];
  pieces.push({ kind: 'items', items });
  return items;
}

/**
 * The items of a list of nodes, flattening nested groups (their conditions moved onto their
 * items); a repeat outside a repeat splits the run, a repeat inside one is flattened into it.
 */
function piecesOf(context: ImportContext, nodes: readonly SurveyNode[], inRepeat: boolean): Piece[] {
  const pieces: Piece[] = [];
  let previous: { item: Draft; row: SurveyRow } | undefined;
  for (const node of nodes) {
    if (node.kind === 'field') {
      const item = fieldToItem(context, node.row);
      if (!item) continue;
      if (previous && mergeExplicitOther(context, previous, { item, row: node.row })) {
        previous = undefined;
        continue;
      }
      run(pieces).push(item);
      previous = { item, row: node.row };
      continue;
    }
    previous = undefined;
    const rows = context.names.matrixRowsOf(node);
    if (rows) {
      run(pieces).push(matrixItem(context, node, rows));
      continue;
    }
    if (node.repeat && !inRepeat) {
      pieces.push({ kind: 'repeat', node, showIf: undefined });
      continue;
    }
    context.notes.warning(
      placeOf(node.row, 'type'),
      node.repeat ? 'repeat_nested' : 'group_flattened',
      node.repeat
        ? `kolo repeats do not nest: the questions of repeat "${node.row.name}" are asked once in each instance of the repeat around it`
        : `kolo sections do not nest: the questions of group "${node.row.name}" were moved into the section around it`,
    );
    const showIf = showIfOf(context, node.row);
    for (const piece of piecesOf(context, node.children, inRepeat)) {
      if (piece.kind === 'repeat') {
        piece.showIf = both(showIf, piece.showIf);
        pieces.push(piece);
        continue;
      }
      const items = run(pieces);
      for (const item of piece.items) {
        const combined = both(showIf, item.showIf);
        if (combined) item.showIf = combined;
        items.push(item);
      }
    }
  }
  return pieces;
}

/** The items of a repeat's or group's children, all in one run. */
const itemsOf = (context: ImportContext, nodes: readonly SurveyNode[]): Draft[] =>
  piecesOf(context, nodes, true).flatMap((p) => (p.kind === 'items' ? p.items : []));

/** The section's title: its label, or its name for staff to retitle in the builder. */
function titleOf(context: ImportContext, row: SurveyRow): Record<string, string> {
  const title = textOf(context, row, 'label');
  if (Object.keys(title).length > 0) return title;
  return { [context.languages.locales[0] ?? 'en']: row.name || 'Section' };
}

/** A section's own fields from its begin_group or begin_repeat row. */
function sectionFields(context: ImportContext, row: SurveyRow, outerShowIf?: Condition): Draft {
  const section: Draft = { id: context.names.idOf(row), title: titleOf(context, row) };
  const sourceName = context.names.sourceNameOf(row);
  if (sourceName !== undefined) section.sourceName = sourceName;
  putText(section, 'description', textOf(context, row, 'hint'));
  const showIf = both(outerShowIf, showIfOf(context, row));
  if (showIf) section.showIf = showIf;
  for (const key of ['required', 'constraint', 'kolo_sensitive'])
    if (cellOf(row, key) !== '')
      context.notes.warning(
        placeOf(row, key),
        'ignored_on_group',
        `a group takes no answer, so ${key} was ignored`,
      );
  reportAppearance(context, row, ['field-list']);
  return section;
}

/** A whole number of instances within kolo's cap, or undefined. */
function instanceCount(text: string): number | undefined {
  const n = Number(text);
  return /^\d+(\.0+)?$/.test(text.trim()) && n >= 0 && n <= REPEAT_MAX_INSTANCES ? n : undefined;
}

/**
 * How a repeat repeats: `repeat_count` (or `jr:count`) a literal number fixes the instances
 * (min = max), an expression computes them; kolo's own min, max and instance label come back.
 */
function repeatOf(context: ImportContext, row: SurveyRow): Draft {
  const repeat: Draft = {};
  const count = cellOf(row, 'repeat_count');
  const fixed = instanceCount(count);
  if (fixed !== undefined && fixed > 0) {
    repeat.min = fixed;
    repeat.max = fixed;
  } else if (count !== '') {
    const expression = expressionOf(context, row, 'repeat_count', 'repeat count');
    if (expression !== undefined) repeat.count = expression;
  }
  for (const [key, column] of [
    ['min', 'kolo_repeat_min'],
    ['max', 'kolo_repeat_max'],
  ] as const) {
    const text = cellOf(row, column);
    if (text === '') continue;
    const n = instanceCount(text);
    if (n !== undefined && (key === 'min' || n > 0)) repeat[key] = n;
    else
      context.notes.warning(
        placeOf(row, column),
        'repeat_bound',
        `"${text}" is not a number of instances from 0 to ${REPEAT_MAX_INSTANCES}; it was ignored`,
      );
  }
  putText(repeat, 'instanceLabel', textOf(context, row, 'kolo_instance_label'));
  const noAddRemove = cellOf(row, 'no_add_remove').toLowerCase();
  if (['true()', 'true', 'yes'].includes(noAddRemove) && count === '' && repeat.max === undefined)
    context.notes.warning(
      placeOf(row, 'no_add_remove'),
      'no_add_remove',
      `jr:noAddRemove fixes the number of instances, but "${row.name}" has no repeat_count; respondents can add and remove instances`,
    );
  return repeat;
}

/** A repeat as a section of its own, asked once per instance. */
function repeatSection(context: ImportContext, node: GroupNode, outerShowIf?: Condition): Draft | undefined {
  const section = sectionFields(context, node.row, outerShowIf);
  section.repeat = repeatOf(context, node.row);
  const items = itemsOf(context, node.children);
  if (items.length === 0) {
    context.notes.warning(
      placeOf(node.row, 'type'),
      'empty_group',
      `the repeat "${node.row.name}" has no questions kolo imported; it was left out`,
    );
    return undefined;
  }
  section.items = items;
  return section;
}

/**
 * The sections of a survey tree: each top-level group is a section, and so is each repeat that
 * is not inside another repeat (a repeat inside a group splits the group around it); questions
 * outside any group go into a section of their own (noted), titled like the form.
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
  const push = (section: Draft | undefined) => {
    if (section) sections.push(section);
  };
  for (const node of tree) {
    if (node.kind === 'field' || context.names.matrixRowsOf(node)) {
      pending.push(node);
      continue;
    }
    flush();
    if (node.repeat) {
      push(repeatSection(context, node));
      continue;
    }
    const section = sectionFields(context, node.row);
    const pieces = piecesOf(context, node.children, false);
    let own = true;
    for (const piece of pieces) {
      if (piece.kind === 'repeat') {
        push(repeatSection(context, piece.node, both(section.showIf as Condition | undefined, piece.showIf)));
        continue;
      }
      if (own) {
        section.items = piece.items;
        push(section);
        own = false;
        continue;
      }
      // the questions after a repeat inside the group: a section of their own, like the group
      const { sourceName: _name, ...rest } = section;
      const id = context.names.claimSection(`${section.id as string}_continued`);
      context.notes.warning(
        placeOf(node.row, 'type'),
        'group_split',
        `the group "${node.row.name}" holds a repeat, which is a section of its own in kolo; its questions after the repeat are in a section "${id}"`,
      );
      push({ ...rest, id, items: piece.items });
    }
    if (pieces.length === 0)
      context.notes.warning(
        placeOf(node.row, 'type'),
        'empty_group',
        `the group "${node.row.name}" has no questions kolo imported; it was left out`,
      );
  }
  flush();
  return sections;
}
