import {
  type Choice,
  type Condition,
  type Item,
  OTHER_TEXT,
  OTHER_VALUE,
  otherKey,
  resolveText,
  SERBIAN_LATIN,
  type Section,
  type SectionRepeat,
  type SurveyDefinition,
  toSerbianLatin,
  YES_NO_TEXTS,
} from '@kolo/schema';
import { boundsToConstraint } from './constraint.ts';
import { renamePiping, renameReferences } from './expression-names.ts';
import { exportLocales, languageHeader } from './languages.ts';
import { isIdentifier, NameRegistry, toIdentifier } from './names.ts';
import { conditionToRelevant, type RenderContext } from './relevant.ts';
import type { CellData } from './write-workbook.ts';

type Row = Record<string, CellData | undefined>;
type Text = Readonly<Record<string, string>> | undefined;

export const yesOrNo = (flag: boolean | undefined): string | undefined =>
  flag === undefined ? undefined : flag ? 'yes' : 'no';

/** The rows of the survey and choices sheets for a definition, and the shared list names. */
export class SurveyRows {
  readonly survey: Row[] = [];
  readonly choices: Row[] = [];
  private readonly listNames = new NameRegistry();
  private readonly yesNoLists = new Map<boolean, string>();
  private readonly xlsNames = new Map<string, string>();
  private readonly refs = new Map<string, string>();
  private readonly kinds = new Map<string, Item['kind']>();
  private readonly choicesByRef = new Map<string, readonly Choice[]>();
  private readonly sectionNames = new Map<Section, string>();
  private readonly taken = new NameRegistry();
  /** Extra choices columns a choice filter reads (`state` on a county). */
  readonly choiceProperties = new Set<string>();

  constructor(private readonly definition: SurveyDefinition) {
    for (const name of Object.keys(definition.choiceLists ?? {})) this.listNames.claim(name);
    // kolo ids first, so an original name that clashes with one falls back to its own id
    for (const section of definition.sections) {
      this.taken.claim(section.id);
      for (const item of section.items) {
        this.taken.claim(item.id);
        if (item.kind === 'matrix') for (const row of item.rows) this.taken.claim(`${item.id}_${row.id}`);
      }
    }
    for (const section of definition.sections) {
      const sectionName = this.original(section.id, section.id, section.sourceName);
      this.sectionNames.set(section, sectionName);
      // `count(${repeat})` and `indexed-repeat(.., ${repeat}, n)` name a repeat like a question
      if (section.repeat) this.name(section.id, sectionName);
      for (const item of section.items) {
        const xlsName = this.original(item.id, item.id, 'sourceName' in item ? item.sourceName : undefined);
        this.name(item.id, xlsName);
        this.kinds.set(item.id, item.kind);
        const choices = this.choiceListOf(item);
        if (choices) this.choicesByRef.set(item.id, choices);
        if (item.kind === 'matrix')
          for (const row of item.rows) {
            const ref = `${item.id}.${row.id}`;
            this.name(ref, this.original(`${item.id}_${row.id}`, `${xlsName}_${row.id}`, row.sourceName));
            if (choices) this.choicesByRef.set(ref, choices);
          }
      }
    }
    for (const [name, choices] of Object.entries(definition.choiceLists ?? {})) this.list(name, choices);
    for (const section of definition.sections) this.section(section);
  }

  /** The name written for something kolo calls `id`: its original name while that is free. */
  private original(id: string, plain: string, sourceName: string | undefined): string {
    const wanted = sourceName ?? plain;
    if (wanted === id) return id;
    return this.taken.has(wanted) ? id : this.taken.claim(wanted);
  }

  private choiceListOf(item: Item): readonly Choice[] | undefined {
    if (!('options' in item || 'choices' in item)) return undefined;
    const own = 'options' in item ? item.options : undefined;
    const shared = 'choices' in item ? item.choices : undefined;
    return own ?? (shared !== undefined ? this.definition.choiceLists?.[shared] : undefined);
  }

  /** The XLSForm name of what kolo calls `ref` (an item, or `matrix.row`). */
  private xlsNameOf = (ref: string): string => this.xlsNames.get(ref) ?? ref;

  /** An expression with its `${id}` written as the XLSForm names. */
  private expression(text: string): string {
    return renameReferences(text, this.xlsNameOf);
  }

  /** The choice name written for a kolo code of the question `ref`. */
  private codeOf = (ref: string, value: string): string =>
    this.choicesByRef.get(ref)?.find((c) => c.value === value)?.sourceName ?? value;

  private name(ref: string, xlsName: string): void {
    this.xlsNames.set(ref, xlsName);
    if (!this.refs.has(xlsName)) this.refs.set(xlsName, ref);
  }

  /** Write a translated text into `key::Language (code)` columns; Serbian also in Latin script, derived. */
  private text(row: Row, key: string, text: Text, locales = exportLocales(this.definition.locales)): void {
    if (!text) return;
    for (const locale of locales) {
      const serbian = text.sr;
      const value =
        locale === SERBIAN_LATIN && serbian !== undefined ? toSerbianLatin(serbian) : text[locale];
      if (value !== undefined)
        row[`${key}::${languageHeader(locale, this.definition.languageNames)}`] = value.includes('${')
          ? renamePiping(value, this.xlsNameOf)
          : value;
    }
  }

  private list(name: string, choices: readonly Choice[]): void {
    for (const choice of choices) {
      const row: Row = { list_name: name, name: choice.sourceName ?? choice.value };
      if (choice.sourceName !== undefined) row.kolo_value = choice.value;
      this.text(row, 'label', choice.label);
      row.kolo_score = choice.score;
      row.kolo_not_applicable = yesOrNo(choice.notApplicable);
      row.kolo_exclusive = yesOrNo(choice.exclusive);
      for (const [key, value] of Object.entries(choice.properties ?? {})) {
        this.choiceProperties.add(key);
        row[key] = value;
      }
      this.choices.push(row);
    }
  }

  private context(): RenderContext {
    return {
      nameOf: (ref) => this.xlsNames.get(ref) ?? ref.replace('.', '_'),
      isDate: (ref) => this.kinds.get(ref) === 'date',
      isMulti: (ref) => this.kinds.get(ref) === 'multi_choice',
      codeOf: this.codeOf,
    };
  }

  /** Reads names back as the importer will, to tell whether a written relevant is exact. */
  private readonly reader = {
    refer: (name: string): string => this.refs.get(name) ?? (isIdentifier(name) ? name : toIdentifier(name)),
    keywordOf: (name: string): string | undefined => {
      const ref = this.refs.get(name);
      if (ref === undefined) return undefined;
      return ref.includes('.') ? 'select_one' : keywordOf(this.kinds.get(ref));
    },
    choiceCode: (name: string, code: string): string => {
      const choices = this.choicesByRef.get(this.refs.get(name) ?? '');
      return choices?.find((c) => (c.sourceName ?? c.value) === code)?.value ?? code;
    },
  };

  private showIf(row: Row, condition: Condition | undefined): void {
    if (!condition) return;
    const { text, exact } = conditionToRelevant(condition, this.context(), this.reader);
    row.relevant = text;
    // `${` escaped in the JSON: pyxform checks every `${name}` of a row against its names, and
    // the JSON holds kolo ids; JSON.parse reads `\u0024{` back as `${`
    if (!exact) row.kolo_show_if = JSON.stringify(condition).replaceAll('${', '\\u0024{');
  }

  /** The list an item's choices are written under: its shared list, or its own options. */
  private choicesOf(item: {
    id: string;
    options?: Choice[] | undefined;
    choices?: string | undefined;
  }): string {
    if (item.choices !== undefined) return item.choices;
    const name = this.listNames.claim(item.id);
    this.list(name, item.options ?? []);
    return name;
  }

  private yesNoList(dontKnow: boolean): string {
    const known = this.yesNoLists.get(dontKnow);
    if (known) return known;
    const name = this.listNames.claim(dontKnow ? 'yes_no_dont_know' : 'yes_no');
    this.yesNoLists.set(dontKnow, name);
    const values = dontKnow ? (['yes', 'no', 'dont_know'] as const) : (['yes', 'no'] as const);
    this.list(
      name,
      values.map((value) => ({
        value,
        label: Object.fromEntries(
          this.definition.locales.map((l) => [l, resolveText(YES_NO_TEXTS[value], l)]),
        ),
      })),
    );
    return name;
  }

  private section(section: Section): void {
    const name = this.sectionNames.get(section) ?? section.id;
    const group = section.repeat ? 'repeat' : 'group';
    const begin: Row = { type: `begin_${group}`, name };
    if (name !== section.id) begin.kolo_id = section.id;
    this.text(begin, 'label', section.title);
    this.text(begin, 'hint', section.description);
    this.showIf(begin, section.showIf);
    if (section.repeat) this.repeat(begin, section.repeat);
    this.survey.push(begin);
    for (const item of section.items) this.item(item);
    this.survey.push({ type: `end_${group}` });
  }

  /**
   * How a section repeats: `repeat_count` an expression, or a number when min and max agree;
   * kolo's other bounds and instance label in columns of its own.
   */
  private repeat(row: Row, repeat: SectionRepeat): void {
    const { min, max, count } = repeat;
    const fixed = count === undefined && min !== undefined && min > 0 && min === max;
    if (count !== undefined) row.repeat_count = this.expression(count);
    else if (fixed) row.repeat_count = String(min);
    if (!fixed) {
      row.kolo_repeat_min = min === undefined ? undefined : String(min);
      row.kolo_repeat_max = max === undefined ? undefined : String(max);
    }
    this.text(row, 'kolo_instance_label', repeat.instanceLabel);
  }

  private item(item: Item): void {
    const name = this.xlsNames.get(item.id) ?? item.id;
    const row: Row = { name };
    if (name !== item.id) row.kolo_id = item.id;
    this.text(row, 'label', item.label);
    this.text(row, 'hint', item.hint);
    if (item.kind !== 'note' && item.kind !== 'calculate') {
      row.required = yesOrNo(item.required);
      row.kolo_sensitive = yesOrNo(item.sensitive);
    }
    if (item.kind === 'calculate') row.kolo_sensitive = yesOrNo(item.sensitive);
    if ('constraintMessage' in item) this.text(row, 'constraint_message', item.constraintMessage);
    this.showIf(row, item.showIf);
    const other = (o: { label?: Text } | undefined) => {
      if (o) this.text(row, 'kolo_other', o.label);
      return o ? ' or_other' : '';
    };
    // or_other beside a choice filter is refused by XLSForm tools: spelled out instead
    const specify =
      (item.kind === 'single_choice' || item.kind === 'multi_choice') &&
      item.other &&
      item.choiceFilter !== undefined &&
      (item.options || item.choices !== undefined)
        ? this.spelledOutOther(item, row)
        : undefined;
    switch (item.kind) {
      case 'single_choice':
        if (!specify) row.type = `select_one ${this.choicesOf(item)}${other(item.other)}`;
        break;
      case 'multi_choice':
        if (!specify) row.type = `select_multiple ${this.choicesOf(item)}${other(item.other)}`;
        row.constraint = boundsToConstraint(
          { ...(item.maxSelections ? { maxSelections: item.maxSelections } : {}) },
          'multi',
        );
        break;
      case 'likert':
        row.type = `select_one ${this.choicesOf(item)}`;
        row.appearance = 'likert';
        break;
      case 'yes_no':
        row.type = `select_one ${this.yesNoList(item.dontKnow === true)}`;
        row.kolo_kind = 'yes_no';
        break;
      case 'rating':
        row.type = 'range';
        row.parameters = `${item.min !== undefined ? `start=${item.min} ` : ''}end=${item.max} step=1`;
        row.appearance = 'rating';
        this.text(row, 'kolo_min_label', item.minLabel);
        this.text(row, 'kolo_max_label', item.maxLabel);
        break;
      case 'number':
        row.type = item.integer ? 'integer' : 'decimal';
        row.constraint = boundsToConstraint(bounds(item.min, item.max), item.integer ? 'integer' : 'decimal');
        this.text(row, 'kolo_unit', item.unit);
        break;
      case 'text':
        row.type = 'text';
        if (item.long) row.appearance = 'multiline';
        row.constraint = boundsToConstraint(item.maxLength ? { maxLength: item.maxLength } : {}, 'text');
        break;
      case 'date':
        row.type = 'date';
        row.constraint = boundsToConstraint(bounds(item.min, item.max), 'date');
        break;
      case 'note':
        row.type = 'note';
        break;
      case 'calculate':
        row.type = 'calculate';
        row.calculation = this.expression(item.calculation);
        row.kolo_value_type = item.valueType;
        row.kolo_display = item.display;
        break;
      case 'matrix':
        this.matrix(item, row);
        return;
    }
    // a constraint kolo keeps as an expression goes beside the bounds it has
    if ('constraint' in item && item.constraint !== undefined) {
      const expression = this.expression(item.constraint);
      row.constraint = row.constraint ? `(${row.constraint}) and (${expression})` : expression;
    }
    if ('choiceFilter' in item && item.choiceFilter !== undefined)
      row.choice_filter ??= this.expression(item.choiceFilter);
    if (row.constraint === '') delete row.constraint;
    this.survey.push(row);
    if (specify) this.survey.push(specify);
  }

  /**
   * "Other, please specify" beside a choice filter, which XLSForm tools refuse with or_other:
   * spelled out as Kobo authors do, an `other` choice the filter lets through and a text question
   * shown when it is picked; `kolo_kind` marks both so the import makes them one option again.
   * A shared list cannot gain the choice (its other questions would offer it): the question gets
   * its own copy, and `kolo_list` names the shared list it reads again on import.
   */
  private spelledOutOther(item: Extract<Item, { kind: 'single_choice' | 'multi_choice' }>, row: Row): Row {
    const multi = item.kind === 'multi_choice';
    const name = row.name as string;
    const list =
      item.choices !== undefined ? this.sharedCopy(item.choices, item.id, row) : this.choicesOf(item);
    const label = item.other?.label ?? this.otherLabel();
    const choice: Row = { list_name: list, name: OTHER_VALUE };
    this.text(choice, 'label', label);
    this.choices.push(choice);
    this.text(row, 'kolo_other', item.other?.label);
    row.type = `${multi ? 'select_multiple' : 'select_one'} ${list}`;
    row.kolo_kind = 'other_choice';
    row.choice_filter = `(${this.expression(item.choiceFilter ?? '')}) or name = '${OTHER_VALUE}'`;
    const ref = `\${${name}}`;
    const specify: Row = {
      type: 'text',
      name: this.taken.claim(otherKey(name)),
      relevant: multi ? `selected(${ref}, '${OTHER_VALUE}')` : `${ref} = '${OTHER_VALUE}'`,
      kolo_kind: 'other_text',
    };
    this.text(specify, 'label', label);
    return specify;
  }

  /** A question's own copy of the shared list `shared`, marked on its row with `kolo_list`. */
  private sharedCopy(shared: string, id: string, row: Row): string {
    const name = this.listNames.claim(id);
    this.list(name, this.definition.choiceLists?.[shared] ?? []);
    row.kolo_list = shared;
    return name;
  }

  /** "Other" in the survey's languages, for a spelled-out other choice with no label of its own. */
  private otherLabel(): Record<string, string> {
    return Object.fromEntries(this.definition.locales.map((l) => [l, resolveText(OTHER_TEXT, l)]));
  }

  private matrix(item: Extract<Item, { kind: 'matrix' }>, begin: Row): void {
    const list = this.choicesOf(item);
    delete begin.required;
    this.survey.push({ ...begin, type: 'begin_group', appearance: 'table-list', kolo_kind: 'matrix' });
    for (const matrixRow of item.rows) {
      const name = this.xlsNames.get(`${item.id}.${matrixRow.id}`) ?? `${item.id}_${matrixRow.id}`;
      const row: Row = { type: `select_one ${list}`, name, required: yesOrNo(item.required) };
      if (name !== `${begin.name}_${matrixRow.id}`) row.kolo_id = matrixRow.id;
      this.text(row, 'label', matrixRow.label);
      this.survey.push(row);
    }
    this.survey.push({ type: 'end_group' });
  }
}

/** The XLSForm type keyword kolo writes for an item kind. */
function keywordOf(kind: Item['kind'] | undefined): string | undefined {
  switch (kind) {
    case 'single_choice':
    case 'likert':
    case 'yes_no':
      return 'select_one';
    case 'multi_choice':
      return 'select_multiple';
    case 'rating':
      return 'range';
    case 'number':
      return 'decimal';
    case undefined:
      return undefined;
    default:
      return kind;
  }
}

function bounds<T extends number | string>(min: T | undefined, max: T | undefined) {
  return { ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
}
