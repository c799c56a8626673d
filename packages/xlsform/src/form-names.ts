import { matrixRows } from './matrix-group.ts';
import { isIdentifier, NameRegistry, toIdentifier } from './names.ts';
import type { NoteList } from './notes.ts';
import { cellOf, placeOf, type SurveyNode, type SurveyRow } from './survey-sheet.ts';

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
  private readonly sources = new Map<SurveyRow, string>();
  private readonly listsOf = new Map<string, string>();
  private codes: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map();
  private readonly matrices = new Map<SurveyNode, SurveyRow[]>();
  private readonly items = new NameRegistry();
  private readonly sections = new NameRegistry();

  constructor(
    tree: readonly SurveyNode[],
    private readonly notes: NoteList,
  ) {
    this.walk(tree, true);
  }

  /**
   * The kolo id of a row: its `kolo_id` (kolo's own export), else its name made a kolo id. The
   * XLSForm name is kept as the item's `sourceName` when it differs, so nothing is renamed in the data.
   */
  private id(row: SurveyRow, registry: NameRegistry, what: string): string {
    let name = row.name;
    if (name === '') {
      name = `${what === 'group' || what === 'repeat' ? what : 'q'}_${row.row.row}`;
      this.notes.warning(
        placeOf(row, 'name'),
        'missing_name',
        `this ${what} has no name; it was named "${name}"`,
      );
    }
    const koloId = cellOf(row, 'kolo_id');
    const wanted = isIdentifier(koloId) ? koloId : isIdentifier(name) ? name : toIdentifier(name);
    const id = registry.claim(wanted);
    if (id !== wanted)
      this.notes.error(
        placeOf(row, 'name'),
        'duplicate_name',
        `the name "${row.name}" is used twice; this ${what} was renamed "${id}"`,
      );
    else if (row.name !== '' && id !== row.name) this.sources.set(row, row.name);
    this.ids.set(row, id);
    return id;
  }

  private remember(xlsName: string, ref: string, keyword: string, list?: string): void {
    if (xlsName === '' || this.refs.has(xlsName)) return;
    this.refs.set(xlsName, ref);
    if (list !== undefined) this.listsOf.set(xlsName, list);
    this.keywords.set(xlsName, keyword);
    if (!this.names.has(ref)) this.names.set(ref, xlsName);
  }

  /**
   * A repeat's section id: unique among sections and, since `count(${repeat})` names it like a
   * question, among items too.
   */
  private repeatId(row: SurveyRow): void {
    const id = this.id(row, this.items, 'repeat');
    this.sections.claim(id);
    this.remember(row.name, id, 'begin_repeat');
  }

  private walk(nodes: readonly SurveyNode[], top: boolean, inRepeat = false): void {
    for (const node of nodes) {
      if (node.kind === 'field') {
        if (NOT_QUESTIONS.has(node.row.type.keyword)) continue;
        const id = this.id(node.row, this.items, 'question');
        this.remember(node.row.name, id, node.row.type.keyword, node.row.type.list);
        continue;
      }
      const rows = matrixRows(node, this.notes);
      if (!rows) {
        // a repeat is a section wherever it is, except inside another repeat (flattened into it)
        if (node.repeat && !inRepeat) this.repeatId(node.row);
        else if (top && !node.repeat) this.id(node.row, this.sections, 'group');
        this.walk(node.children, false, inRepeat || node.repeat);
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
        // a row named <matrix>_<row> is written back so; any other name is kept
        if (row.name !== '' && row.name !== `${node.row.name}_${rowId}`) this.sources.set(row, row.name);
        this.remember(row.name, `${matrixId}.${rowId}`, 'select_one', row.type.list);
      }
    }
  }

  /** The kolo id given to a row (item, section, matrix or matrix row). */
  idOf(row: SurveyRow): string {
    return this.ids.get(row) ?? toIdentifier(row.name || `q_${row.row.row}`);
  }

  /** The XLSForm name of a row when kolo's id differs from it (kept as `sourceName`). */
  sourceNameOf(row: SurveyRow): string | undefined {
    return this.sources.get(row);
  }

  /** The kolo codes of choice names kolo had to change, by list name then XLSForm name. */
  useChoiceCodes(codes: ReadonlyMap<string, ReadonlyMap<string, string>>): void {
    this.codes = codes;
  }

  /** The kolo code of a choice name of the question `name`. */
  choiceCode = (name: string, value: string): string =>
    this.codes.get(this.listsOf.get(name) ?? '')?.get(value) ?? value;

  /** The XLSForm choice name of a kolo code of the question `ref` (the inverse of choiceCode). */
  codeOf = (ref: string, value: string): string => {
    const codes = this.codes.get(this.listsOf.get(this.xlsNameOf(ref)) ?? '');
    if (codes) for (const [name, code] of codes) if (code === value) return name;
    return value;
  };

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
