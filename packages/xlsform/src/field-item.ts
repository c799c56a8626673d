import { expressionReferences, formatExpressionError, OTHER_VALUE, parseExpression } from '@kolo/schema';
import { type ConstraintTarget, constraintToBounds } from './constraint.ts';
import { deepEqual } from './deep-equal.ts';
import { renameReferences } from './expression-names.ts';
import type { Draft, ImportContext } from './import-context.ts';
import { baseFields, putText, reportAppearance, showIfOf, textOf } from './row-fields.ts';
import { cellOf, placeOf, type SurveyRow } from './survey-sheet.ts';
import { METADATA_KEYWORDS } from './survey-type.ts';

const METADATA = METADATA_KEYWORDS;
const LOCATION = new Set(['geopoint', 'geotrace', 'geoshape']);
const MEDIA = new Set(['image', 'audio', 'video', 'file', 'barcode']);
const UNSUPPORTED: Readonly<Record<string, string>> = {
  hidden: 'hidden fields are not supported',
  time: 'time questions are not supported (use a text question or a date)',
  rank: 'ranking questions are not supported',
  xml_external: 'external data is not supported',
  csv_external: 'external data is not supported',
  trigger: 'triggers are not supported',
};

/** What a placeholder note says after the question's own label, by language; English otherwise. */
const PLACEHOLDER_TEXT: Readonly<Record<string, (what: string) => string>> = {
  en: (what) => `(This form asked for ${what} here; kolo does not collect it.)`,
  uk: (what) => `(Тут форма просила ${what}; kolo цього не збирає.)`,
  ru: (what) => `(Здесь форма просила ${what}; kolo этого не собирает.)`,
  pl: (what) => `(Tu formularz prosił o ${what}; kolo tego nie zbiera.)`,
  ky: (what) => `(Бул жерде форма ${what} сураган; kolo муну чогултпайт.)`,
  ro: (what) => `(Aici formularul cerea ${what}; kolo nu colectează acest lucru.)`,
  sr: (what) => `(Овде је образац тражио ${what}; kolo то не прикупља.)`,
};

/** What was asked for, by type keyword and language. */
const PLACEHOLDER_WHAT: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  location: {
    en: 'a location',
    uk: 'місцезнаходження',
    ru: 'местоположение',
    pl: 'lokalizację',
    ky: 'жайгашкан жерди',
    ro: 'o locație',
    sr: 'локацију',
  },
  image: {
    en: 'a photo',
    uk: 'фото',
    ru: 'фото',
    pl: 'zdjęcie',
    ky: 'сүрөт',
    ro: 'o fotografie',
    sr: 'фотографију',
  },
  audio: {
    en: 'a recording',
    uk: 'аудіозапис',
    ru: 'аудиозапись',
    pl: 'nagranie',
    ky: 'аудиожазуу',
    ro: 'o înregistrare audio',
    sr: 'аудио-снимак',
  },
  video: {
    en: 'a video',
    uk: 'відео',
    ru: 'видео',
    pl: 'wideo',
    ky: 'видео',
    ro: 'un videoclip',
    sr: 'видео-снимак',
  },
  file: { en: 'a file', uk: 'файл', ru: 'файл', pl: 'plik', ky: 'файл', ro: 'un fișier', sr: 'датотеку' },
  barcode: {
    en: 'a barcode',
    uk: 'штрихкод',
    ru: 'штрихкод',
    pl: 'kod kreskowy',
    ky: 'штрих-код',
    ro: 'un cod de bare',
    sr: 'бар-код',
  },
};

/**
 * A type kolo cannot collect (a location, a photo, a recording, a barcode) as a note in its place:
 * the question's own label followed by what it asked for, so nothing goes missing silently.
 */
function placeholder(context: ImportContext, row: SurveyRow, id: string, keyword: string): Draft {
  const draft = baseFields(context, row, id, 'note');
  const kind = LOCATION.has(keyword) ? 'location' : keyword;
  const what = PLACEHOLDER_WHAT[kind] ?? PLACEHOLDER_WHAT.file ?? {};
  const label = draft.label as Record<string, string>;
  const locales = context.languages.locales;
  const result: Record<string, string> = {};
  for (const locale of locales) {
    const say = PLACEHOLDER_TEXT[locale] ?? PLACEHOLDER_TEXT.en;
    const text = say?.(what[locale] ?? what.en ?? kind) ?? '';
    const own = label[locale];
    if (own !== undefined || Object.keys(label).length === 0 || locale === locales[0])
      result[locale] = own === undefined ? text : `${own} ${text}`;
  }
  draft.label = result;
  return draft;
}

/** An XLSForm expression with its names as kolo ids, or undefined (noted) when kolo cannot read it. */
export function expressionOf(
  context: ImportContext,
  row: SurveyRow,
  column: string,
  what: string,
  names: 'refs' | 'filter' = 'refs',
): string | undefined {
  const text = cellOf(row, column);
  if (text === '') return undefined;
  // ODK authors write a bare `null` for "no value": the empty text (a filter's bare names are properties)
  const renamed = renameReferences(text, context.names.refer).replace(
    /'[^']*'|"[^"]*"|(?<![\w${.-])null(?![\w}(-])/g,
    (m) => (m === 'null' && names === 'refs' ? "''" : m),
  );
  const parsed = parseExpression(renamed);
  if (parsed.success) return renamed;
  context.notes.error(
    placeOf(row, column),
    names === 'filter' ? 'unsupported_choice_filter' : 'unsupported_expression',
    `the ${what} "${text}" could not be read (${formatExpressionError(parsed.error)}); it was not imported`,
  );
  return undefined;
}

/**
 * A constraint as bounds (min, max, length, selections) when it is only that; otherwise kept
 * whole as an expression kolo checks in the form and on the server. Its message comes along.
 */
function applyConstraint(
  context: ImportContext,
  row: SurveyRow,
  draft: Draft,
  target: ConstraintTarget,
): void {
  const message = textOf(context, row, 'constraint_message');
  const text = cellOf(row, 'constraint');
  if (text === '') {
    putText(draft, 'constraintMessage', message);
    return;
  }
  const { bounds, problems } = constraintToBounds(text, target);
  if (problems.length === 0) {
    if (bounds.min !== undefined) draft.min = bounds.min;
    if (bounds.max !== undefined) draft.max = bounds.max;
    if (bounds.maxLength !== undefined) draft.maxLength = bounds.maxLength;
    if (bounds.maxSelections !== undefined) draft.maxSelections = bounds.maxSelections;
  } else {
    const expression = expressionOf(context, row, 'constraint', 'constraint');
    if (expression !== undefined) draft.constraint = expression;
  }
  putText(draft, 'constraintMessage', message);
}

/**
 * XLSForm functions kolo cannot compute: they read a secondary instance (`instance`), the device
 * or chance (`random`, `uuid`, `now`). A repeat's `position(..)` and `indexed-repeat()` are
 * computed, and `pulldata()` reads the survey's lookup tables (the form media CSV files).
 */
const UNCOMPUTABLE =
  /(?:^|[^\w:-])(random|randomize|uuid|now|instance|digest|jr:choice-name|distance|area)\s*\(/;

/**
 * A calculation kolo cannot compute, kept as a calculate item with no value (noted), so the
 * conditions and labels reading it still import; or undefined when it is an ordinary one.
 */
function placeholderCalculation(context: ImportContext, row: SurveyRow): string | undefined {
  const text = cellOf(row, 'calculation');
  const name = UNCOMPUTABLE.exec(text.replace(/'[^']*'|"[^"]*"/g, "''"))?.[1];
  if (name === undefined) return undefined;
  context.notes.warning(
    placeOf(row, 'calculation'),
    'calculation_placeholder',
    `the calculation "${text}" uses ${name}(), which kolo cannot compute (it needs a file or the device); "${row.name}" is kept with no value so what reads it still imports: replace it in the builder`,
  );
  return "''";
}

/** A calculate row: the value it computes, stored with the answers; hidden unless kolo_display says. */
function calculateItem(context: ImportContext, row: SurveyRow, id: string): Draft | undefined {
  const calculation =
    placeholderCalculation(context, row) ?? expressionOf(context, row, 'calculation', 'calculation');
  if (calculation === undefined) {
    if (cellOf(row, 'calculation') === '')
      context.notes.error(
        placeOf(row, 'calculation'),
        'unsupported_expression',
        `the calculate "${row.name}" has no calculation; it was not imported`,
      );
    return undefined;
  }
  const draft: Draft = { id, kind: 'calculate' };
  const sourceName = context.names.sourceNameOf(row);
  if (sourceName !== undefined) draft.sourceName = sourceName;
  const label = textOf(context, row, 'label');
  draft.label =
    Object.keys(label).length > 0 ? label : { [context.languages.locales[0] ?? 'en']: row.name || id };
  putText(draft, 'hint', textOf(context, row, 'hint'));
  const showIf = showIfOf(context, row);
  if (showIf) draft.showIf = showIf;
  draft.calculation = calculation;
  const valueType = cellOf(row, 'kolo_value_type').toLowerCase();
  if (valueType === 'text' || valueType === 'number' || valueType === 'date') draft.valueType = valueType;
  else if (valueType === '' && looksNumeric(calculation)) draft.valueType = 'number';
  if (cellOf(row, 'kolo_display').toLowerCase() === 'read_only') draft.display = 'read_only';
  return draft;
}

/** Arithmetic or a numeric function at the top: the value is a number (compared and summed as one). */
function looksNumeric(expression: string): boolean {
  const outside = expression.replace(/'[^']*'|"[^"]*"/g, "''");
  return (
    /^\s*(int|round|number|count|count-selected|sum|floor|ceiling|abs|pow|max|min|string-length)\s*\(/.test(
      outside,
    ) || /[^!<>=]\s*[-+*]\s*|\bdiv\b|\bmod\b/.test(outside.replace(/\$\{[^}]*\}/g, 'x'))
  );
}

/** `options` copied from a list used by this item alone, or `choices` naming a shared list. */
export function choiceSource(context: ImportContext, row: SurveyRow): Draft {
  const name = row.type.list ?? '';
  const shared = context.sharedLists.get(name);
  if (shared !== undefined) return { choices: shared };
  const list = context.lists.get(name);
  if (list) return { options: list.choices.map((c) => ({ ...c, label: { ...c.label } })) };
  context.notes.error(
    placeOf(row, 'type'),
    'unknown_list',
    name === ''
      ? `"${cellOf(row, 'type')}" names no choice list; add one in the builder`
      : `the choice list "${name}" is not in the choices sheet; add its choices in the builder`,
  );
  return { choices: context.names.refer(name) };
}

function range(context: ImportContext, row: SurveyRow, id: string): Draft {
  const params = new Map<string, number>();
  for (const part of cellOf(row, 'parameters')
    .split(/[\s,;]+/)
    .filter(Boolean)) {
    const [key = '', value = ''] = part.split('=');
    const n = Number(value);
    if (['start', 'end', 'step'].includes(key.toLowerCase()) && value.trim() !== '' && Number.isFinite(n))
      params.set(key.toLowerCase(), n);
    else
      context.notes.warning(
        placeOf(row, 'parameters'),
        'parameter_ignored',
        `the parameter "${part}" was ignored`,
      );
  }
  const start = params.get('start');
  const end = params.get('end') ?? 10;
  const step = params.get('step') ?? 1;
  const rating =
    (start === undefined || start === 0 || start === 1) &&
    Number.isInteger(end) &&
    end >= 2 &&
    end <= 10 &&
    step === 1;
  if (rating) {
    const draft = baseFields(context, row, id, 'rating');
    if (start !== undefined) draft.min = start;
    draft.max = end;
    putText(draft, 'minLabel', textOf(context, row, 'kolo_min_label'));
    putText(draft, 'maxLabel', textOf(context, row, 'kolo_max_label'));
    applyConstraint(context, row, draft, 'other');
    reportAppearance(context, row, ['rating']);
    return draft;
  }
  const draft = baseFields(context, row, id, 'number');
  draft.min = start ?? 1;
  draft.max = end;
  if (Number.isInteger(step) && Number.isInteger(start ?? 1)) draft.integer = true;
  if (step !== 1)
    context.notes.warning(
      placeOf(row, 'parameters'),
      'step_ignored',
      `kolo numbers have no step; step=${step} was ignored`,
    );
  reportAppearance(context, row, []);
  return draft;
}

function select(context: ImportContext, row: SurveyRow, id: string): Draft {
  const multi = row.type.keyword === 'select_multiple';
  const koloKind = cellOf(row, 'kolo_kind').toLowerCase();
  if (!multi && koloKind === 'yes_no') {
    const draft = baseFields(context, row, id, 'yes_no');
    const values = context.lists.get(row.type.list ?? '')?.choices.map((c) => c.value) ?? [];
    if (values.includes('dont_know')) draft.dontKnow = true;
    const others = values.filter((v) => !['yes', 'no', 'dont_know'].includes(v));
    if (others.length > 0)
      context.notes.error(
        placeOf(row, 'type'),
        'choices_dropped',
        `a yes/no question answers yes, no or dont_know; the choices ${others.join(', ')} were dropped`,
      );
    applyConstraint(context, row, draft, 'other');
    reportAppearance(context, row, []);
    return draft;
  }
  const likert = !multi && cellOf(row, 'appearance').toLowerCase().split(/\s+/).includes('likert');
  const draft = baseFields(context, row, id, multi ? 'multi_choice' : likert ? 'likert' : 'single_choice');
  Object.assign(draft, choiceSource(context, row));
  if (row.type.orOther && likert)
    context.notes.error(
      placeOf(row, 'type'),
      'other_dropped',
      'a likert scale has no "other" answer; or_other was dropped',
    );
  else if (row.type.orOther) {
    const label = textOf(context, row, 'kolo_other');
    draft.other = Object.keys(label).length > 0 ? { label } : {};
  }
  if (multi) applyConstraint(context, row, draft, 'multi');
  else applyConstraint(context, row, draft, 'other');
  const filter = expressionOf(context, row, 'choice_filter', 'choice filter', 'filter');
  if (filter !== undefined && !likert) draft.choiceFilter = quoteBareWords(context, row, filter);
  if (koloKind === 'other_choice') spelledOutOther(context, row, draft);
  reportAppearance(context, row, likert ? ['likert'] : []);
  return draft;
}

/**
 * kolo's own spelled-out "other" beside a choice filter (XLSForm tools refuse or_other there):
 * the `other` choice becomes the question's other option again, and the filter loses the
 * `or name = 'other'` that let it through. The specify question is left out by the section.
 */
function spelledOutOther(context: ImportContext, row: SurveyRow, draft: Draft): void {
  const options = draft.options as Array<{ value: string }> | undefined;
  const filter = /^\((.*)\) or name = 'other'$/s.exec(String(draft.choiceFilter ?? ''))?.[1];
  if (!options?.some((o) => o.value === OTHER_VALUE) || filter === undefined) return;
  draft.options = options.filter((o) => o.value !== OTHER_VALUE);
  draft.choiceFilter = filter;
  const label = textOf(context, row, 'kolo_other');
  draft.other = Object.keys(label).length > 0 ? { label } : {};
  sharedAgain(context, row, draft);
}

/**
 * A question's copy of a shared list (kolo writes one where a spelled-out "other" could not join
 * the shared list) reads the shared list again while the copy still holds its very choices.
 */
function sharedAgain(context: ImportContext, row: SurveyRow, draft: Draft): void {
  const written = cellOf(row, 'kolo_list');
  if (written === '') return;
  const shared = context.sharedLists.get(written);
  const choices = context.lists.get(written)?.choices;
  if (shared !== undefined && choices !== undefined && deepEqual(choices, draft.options)) {
    delete draft.options;
    draft.choices = shared;
    return;
  }
  context.notes.warning(
    placeOf(row, 'kolo_list'),
    'other_merged',
    `the "other" option came back, but these choices no longer match the shared list "${written}": the question keeps its own copy of them`,
  );
}

/**
 * A choice filter's bare words that are no property of the list's choices (`pastel=yes`) read as
 * texts (`pastel='yes'`), what their authors meant: XPath would compare with nothing (noted).
 */
function quoteBareWords(context: ImportContext, row: SurveyRow, filter: string): string {
  const parsed = parseExpression(filter);
  if (!parsed.success) return filter;
  const properties = new Set(['name']);
  for (const choice of context.lists.get(row.type.list ?? '')?.choices ?? [])
    for (const key of Object.keys(choice.properties ?? {})) properties.add(key);
  // only a word compared with a property: `pastel=yes`, `name != red`
  const comparedWithProperty = (at: number, length: number): boolean => {
    const before = /([A-Za-z_][\w.-]*)\s*!?=\s*$/.exec(filter.slice(0, at))?.[1];
    const after = /^\s*!?=\s*([A-Za-z_][\w.-]*)/.exec(filter.slice(at + length))?.[1];
    return properties.has(before ?? '') || properties.has(after ?? '');
  };
  const words = expressionReferences(parsed.expression)
    .filter(
      (ref) =>
        ref.kind === 'name' &&
        !properties.has(ref.name) &&
        comparedWithProperty(ref.column - 1, ref.name.length),
    )
    .sort((a, b) => b.column - a.column);
  let quoted = filter;
  for (const word of words) {
    const at = word.column - 1;
    if (quoted.slice(at, at + word.name.length) !== word.name || word.name.includes("'")) continue;
    quoted = `${quoted.slice(0, at)}'${word.name}'${quoted.slice(at + word.name.length)}`;
  }
  if (quoted !== filter)
    context.notes.warning(
      placeOf(row, 'choice_filter'),
      'filter_word_quoted',
      `${words.map((w) => `"${w.name}"`).join(', ')} in the choice filter of "${row.name}" is no property of its choices; it was read as a text: "${quoted}"`,
    );
  return quoted;
}

/**
 * An acknowledge question (one box to tick): a single choice whose one answer is `OK`, the value
 * ODK stores, so the conditions reading it (`\${consent} = 'OK'`) keep working (noted).
 */
function acknowledge(context: ImportContext, row: SurveyRow, id: string): Draft {
  const draft = baseFields(context, row, id, 'single_choice');
  draft.options = [
    { value: 'OK', label: Object.fromEntries(context.languages.locales.map((l) => [l, 'OK'])) },
  ];
  context.notes.warning(
    placeOf(row, 'type'),
    'acknowledge_as_choice',
    `the acknowledge question "${row.name}" is asked as a choice with the one answer "OK", the value ODK stores`,
  );
  reportAppearance(context, row, []);
  return draft;
}

/**
 * A select whose choices live in a file (or an external list) kolo does not have: asked as a text
 * question, so its conditions, constraint and the rows that read it all arrive (noted).
 */
function fileChoices(context: ImportContext, row: SurveyRow, id: string): Draft {
  const draft = baseFields(context, row, id, 'text');
  applyConstraint(context, row, draft, 'text');
  const source = row.type.list ? `"${row.type.list}"` : 'a file';
  context.notes.warning(
    placeOf(row, 'type'),
    'choices_from_file',
    `the choices of "${row.name}" come from ${source}, which kolo does not have; it is asked as a text question: copy the choices into the choices sheet and make it a choice question in the builder`,
  );
  reportAppearance(context, row, []);
  return draft;
}

/**
 * Convert one survey row to a kolo item, or undefined (noted) for a type kolo does not have.
 */
export function fieldToItem(context: ImportContext, row: SurveyRow): Draft | undefined {
  const { keyword } = row.type;
  const id = context.names.idOf(row);
  const { notes } = context;
  if (row.type.extra !== '')
    notes.warning(
      placeOf(row, 'type'),
      'type_extra_ignored',
      `"${row.type.extra}" after the type was ignored`,
    );
  switch (keyword) {
    case 'select_one':
    case 'select_multiple':
      return select(context, row, id);
    case 'integer':
    case 'int':
    case 'decimal': {
      const draft = baseFields(context, row, id, 'number');
      if (keyword !== 'decimal') draft.integer = true;
      applyConstraint(context, row, draft, keyword === 'decimal' ? 'decimal' : 'integer');
      putText(draft, 'unit', textOf(context, row, 'kolo_unit'));
      reportAppearance(context, row, []);
      return draft;
    }
    case 'range':
      return range(context, row, id);
    case 'calculate':
      return calculateItem(context, row, id);
    case 'acknowledge':
      return acknowledge(context, row, id);
    case 'select_one_from_file':
    case 'select_multiple_from_file':
    case 'select_one_external':
      return fileChoices(context, row, id);
    case 'text':
    case 'string': {
      const draft = baseFields(context, row, id, 'text');
      if (cellOf(row, 'appearance').toLowerCase().split(/\s+/).includes('multiline')) draft.long = true;
      applyConstraint(context, row, draft, 'text');
      reportAppearance(context, row, ['multiline']);
      return draft;
    }
    case 'date':
    case 'datetime': {
      const draft = baseFields(context, row, id, 'date');
      if (keyword === 'datetime')
        notes.warning(
          placeOf(row, 'type'),
          'time_dropped',
          'kolo dates have no time of day; this became a date question',
        );
      applyConstraint(context, row, draft, 'date');
      reportAppearance(context, row, []);
      return draft;
    }
    case 'note': {
      const draft = baseFields(context, row, id, 'note');
      applyConstraint(context, row, draft, 'other');
      reportAppearance(context, row, []);
      return draft;
    }
  }
  const place = placeOf(row, 'type');
  if (METADATA.has(keyword)) {
    notes.warning(
      place,
      'metadata_ignored',
      `kolo records when a submission was collected and never collects device or user details; "${keyword}" was left out`,
    );
  } else if (LOCATION.has(keyword) || MEDIA.has(keyword)) {
    const what = LOCATION.has(keyword)
      ? 'locations, which could identify respondents'
      : 'files, photos or recordings';
    notes.warning(
      place,
      'placeholder_added',
      `kolo does not collect ${what}; the ${keyword} "${row.name}" became a note saying what was there`,
    );
    return placeholder(context, row, id, keyword);
  } else {
    const why = UNSUPPORTED[keyword] ?? `the type "${cellOf(row, 'type')}" is not known to kolo`;
    notes.error(place, 'unsupported_type', `${why}; "${row.name}" was not imported`);
  }
  return undefined;
}
