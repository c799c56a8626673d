import { matrixRows } from './matrix-group.ts';
import { isIdentifier, NameRegistry, toIdentifier } from './names.ts';
import type { NoteList } from './notes.ts';
import { placeOf, type SurveyNode, type SurveyRow } from './survey-sheet.ts';

/** Types that never become kolo questions, so their names are never ids. */
const NOT_QUESTIONS = new Set(['end_group', 'end_repeat']);

/**
 * The kolo ids of a form's names: items, sections and matrix rows, made valid and unique (each
 * change noted), and the map from XLSForm names to what conditions refer to.
 */
export class FormNames {
  private readonly refs = new Map<string, string>();
  private readonly names = new Map<string, string>();
  private readonly keywords = new Map<string, string>();
  private readonly ids = new Map<SurveyRow, string>();
  private readonly matrices = new Map<SurveyNode, SurveyRow[]>();
  private readonly items = new NameRegistry();
  private readonly sections = new NameRegistry();

  constructor(
    tree: readonly SurveyNode[],
    private readonly notes: NoteList,
  ) {
    this.walk(tree, true);
  }

  private id(row: SurveyRow, registry: NameRegistry, what: string): string {
    let name = row.name;
    if (name === '') {
      name = `${what === 'group' ? 'group' : 'q'}_${row.row.row}`;
      this.notes.warning(
        placeOf(row, 'name'),
        'missing_name',
        `this ${what} has no name; it was named "${name}"`,
      );
    }
    const wanted = isIdentifier(name) ? name : toIdentifier(name);
    const id = registry.claim(wanted);
    if (id !== wanted)
      this.notes.error(
        placeOf(row, 'name'),
        'duplicate_name',
        `the name "${row.name}" is used twice; this ${what} was renamed "${id}"`,
      );
    else if (id !== name)
      this.notes.warning(
        placeOf(row, 'name'),
        'renamed',
        `"${name}" is not a kolo id (a-z, 0-9 and "_", starting with a letter); it was renamed "${id}"`,
      );
    this.ids.set(row, id);
    return id;
  }

  private remember(xlsName: string, ref: string, keyword: string): void {
    if (xlsName === '' || this.refs.has(xlsName)) return;
    this.refs.set(xlsName, ref);
    this.keywords.set(xlsName, keyword);
    if (!this.names.has(ref)) this.names.set(ref, xlsName);
  }

  private walk(nodes: readonly SurveyNode[], top: boolean): void {
    for (const node of nodes) {
      if (node.kind === 'field') {
        if (NOT_QUESTIONS.has(node.row.type.keyword)) continue;
        const id = this.id(node.row, this.items, 'question');
        this.remember(node.row.name, id, node.row.type.keyword);
        continue;
      }
      const rows = matrixRows(node, this.notes);
      if (!rows) {
        if (top && !node.repeat) this.id(node.row, this.sections, 'group');
        this.walk(node.children, false);
        continue;
      }
      this.matrices.set(node, rows);
      const matrixId = this.id(node.row, this.items, 'matrix');
      this.remember(node.row.name, matrixId, 'matrix');
      const rowIds = new NameRegistry();
      const prefix = `${node.row.name}_`;
      for (const row of rows) {
        const short =
          row.name.startsWith(prefix) && row.name.length > prefix.length
            ? row.name.slice(prefix.length)
            : row.name;
        const rowId = this.id({ ...row, name: short }, rowIds, 'matrix row');
        this.ids.set(row, rowId);
        this.remember(row.name, `${matrixId}.${rowId}`, 'select_one');
      }
    }
  }

  /** The kolo id given to a row (item, section, matrix or matrix row). */
  idOf(row: SurveyRow): string {
    return this.ids.get(row) ?? toIdentifier(row.name || `q_${row.row.row}`);
  }

  /** A section id not yet taken, for questions outside any group. */
  claimSection(name: string): string {
    return this.sections.claim(name);
  }

  /** The rows of a group that became a matrix. */
  matrixRowsOf(node: SurveyNode): SurveyRow[] | undefined {
    return this.matrices.get(node);
  }

  /** What `${name}` refers to; a name of no question is kept as a kolo id (parseSurvey reports it). */
  refer = (name: string): string => this.refs.get(name) ?? (isIdentifier(name) ? name : toIdentifier(name));

  /** The type keyword of the question an XLSForm name belongs to. */
  keywordOf = (name: string): string | undefined => this.keywords.get(name);

  /** The XLSForm name a kolo reference came from (for checking a kept condition). */
  xlsNameOf = (ref: string): string => this.names.get(ref) ?? ref.replace('.', '_');
}
