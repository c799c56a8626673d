import {
  calculateItem,
  evaluateCondition,
  type Item,
  type ItemEntry,
  instanceAnswers,
  isAnswered,
  OTHER_VALUE,
  otherKey,
  type RepeatContext,
  repeatLayout,
  type Section,
  type SurveyDefinition,
  surveyItems,
  visibilityOf,
} from '@kolo/schema/forms';

/** Form values: answers as the inputs hold them (numbers as typed text, unchecked radios as null). */
export type FormValues = Record<string, unknown>;

function text(raw: unknown): string | undefined {
  if (typeof raw === 'number') return String(raw);
  if (typeof raw !== 'string') return undefined;
  const trimmed = raw.trim();
  return trimmed === '' ? undefined : trimmed;
}

function numeric(raw: unknown): unknown {
  if (typeof raw === 'number') return Number.isNaN(raw) ? undefined : raw;
  const typed = text(raw);
  if (typed === undefined) return undefined;
  // a decimal comma is what most of the survey's readers type
  const value = Number(typed.replace(',', '.'));
  return Number.isFinite(value) ? value : typed;
}

/**
 * One item's form value as an answer: trimmed text, numbers from typed text, a checkbox list as an
 * array, a matrix without empty rows; undefined when there is no answer.
 */
export function normalizeItemValue(item: Item, raw: unknown): unknown {
  switch (item.kind) {
    case 'note':
    case 'calculate':
      return undefined;
    case 'number':
    case 'rating':
      return numeric(raw);
    case 'multi_choice': {
      // one checkbox alone reports its value, or false when unchecked
      const list = Array.isArray(raw) ? raw : typeof raw === 'string' ? [raw] : [];
      const chosen = list.filter((v): v is string => typeof v === 'string' && v !== '');
      return chosen.length > 0 ? chosen : undefined;
    }
    case 'matrix': {
      if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
      const rows: Record<string, string> = {};
      for (const row of item.rows) {
        const value = text((raw as Record<string, unknown>)[row.id]);
        if (value !== undefined) rows[row.id] = value;
      }
      return Object.keys(rows).length > 0 ? rows : undefined;
    }
    default:
      return text(raw);
  }
}

function choseOther(value: unknown): boolean {
  return value === OTHER_VALUE || (Array.isArray(value) && value.includes(OTHER_VALUE));
}

/** One instance of a repeat section: the section's id and the instance's 0-based index. */
export interface InstancePlace {
  readonly section: string;
  readonly index: number;
}

/** The form field of an item's answer: its id, or inside an instance `partners.1.partner_age`. */
export function fieldPath(place: InstancePlace | undefined, name: string): string {
  return place ? `${place.section}.${place.index}.${name}` : name;
}

const ENTRIES = new WeakMap<SurveyDefinition, ReadonlyMap<Section, readonly ItemEntry[]>>();

/** Each section's item entries, worked out once per definition. */
function entriesBySection(definition: SurveyDefinition): ReadonlyMap<Section, readonly ItemEntry[]> {
  let bySection = ENTRIES.get(definition);
  if (!bySection) {
    const map = new Map<Section, ItemEntry[]>(definition.sections.map((section) => [section, []]));
    for (const entry of surveyItems(definition)) map.get(entry.section)?.push(entry);
    bySection = map;
    ENTRIES.set(definition, bySection);
  }
  return bySection;
}

function isValues(raw: unknown): raw is FormValues {
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw);
}

/** The form values of a repeat section's instances (a list of objects; anything else is none). */
export function instanceValues(values: FormValues, section: string): FormValues[] {
  const raw = values[section];
  return Array.isArray(raw) ? raw.map((v) => (isValues(v) ? v : {})) : [];
}

/**
 * One section's items normalized into `record` (the answers, or one instance's), `view` giving the
 * answers their conditions and calculations read.
 */
function normalizeSection(
  entries: readonly ItemEntry[],
  values: FormValues,
  record: Record<string, unknown>,
  view: () => Record<string, unknown>,
  context: RepeatContext,
): void {
  for (const entry of entries) {
    const { item } = entry;
    if (item.kind === 'note') continue;
    if (!evaluateCondition(visibilityOf(entry), view(), undefined, context)) continue;
    if (item.kind === 'calculate') {
      // computed from the answers so far, as the respondent answers; the server computes it again
      const calculated = calculateItem(item, view(), context);
      if (calculated !== undefined) record[item.id] = calculated;
      continue;
    }
    const value = normalizeItemValue(item, values[item.id]);
    if (!isAnswered(value)) continue;
    record[item.id] = value;
    if ((item.kind === 'single_choice' || item.kind === 'multi_choice') && item.other && choseOther(value)) {
      const other = text(values[otherKey(item.id)]);
      if (other !== undefined) record[otherKey(item.id)] = other;
    }
  }
}

/**
 * Turn form values into the answers a submission carries: empty values dropped, numbers parsed,
 * text trimmed, hidden questions and unneeded "other" texts left out, unknown keys ignored. A
 * repeat section's instances become a list of records under its id, each normalized the same way.
 * @example normalizeAnswers(survey, { visits: '3', comment: ' ' }) // { visits: 3 }
 */
export function normalizeAnswers(definition: SurveyDefinition, values: FormValues): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  // what expressions read besides answers: the repeat layout, the lookup tables of pulldata()
  const survey: RepeatContext = { repeats: repeatLayout(definition), lookups: definition.lookups };
  // conditions name earlier questions only, so answers built so far decide visibility
  for (const [section, entries] of entriesBySection(definition)) {
    if (!section.repeat) {
      normalizeSection(entries, values, answers, () => answers, survey);
      continue;
    }
    if (!evaluateCondition(section.showIf, answers, undefined, survey)) continue;
    const instances = instanceValues(values, section.id).map((own, index) => {
      const record: Record<string, unknown> = {};
      normalizeSection(entries, own, record, () => instanceAnswers(answers, section, record), {
        ...survey,
        position: index + 1,
      });
      return record;
    });
    if (instances.length > 0) answers[section.id] = instances;
  }
  return answers;
}

/**
 * The answers a place in the form reads: the normalized answers, or inside an instance that
 * instance's answers over them (what its conditions, piping and choice filters see).
 */
export function answersAt(
  definition: SurveyDefinition,
  values: FormValues,
  place: InstancePlace | undefined,
): Record<string, unknown> {
  const answers = normalizeAnswers(definition, values);
  if (!place) return answers;
  const section = definition.sections.find((s) => s.id === place.section);
  const list = answers[place.section];
  const instance = Array.isArray(list)
    ? (list[place.index] as Record<string, unknown> | undefined)
    : undefined;
  return section ? instanceAnswers(answers, section, instance ?? {}) : answers;
}

/** Numbers and ratings of these items as the text their inputs hold, in `values` (changed). */
function asInputText(entries: readonly ItemEntry[], values: FormValues): FormValues {
  for (const { item } of entries) {
    const value = values[item.id];
    if ((item.kind === 'number' || item.kind === 'rating') && typeof value === 'number')
      values[item.id] = String(value);
  }
  return values;
}

/**
 * Answers (a saved draft) as form values: numbers and ratings as the text their inputs hold, in
 * each instance of a repeat section too.
 * @example toFormValues(survey, { overall: 7 }) // { overall: '7' }
 */
export function toFormValues(
  definition: SurveyDefinition,
  answers: Readonly<Record<string, unknown>>,
): FormValues {
  const values: FormValues = { ...answers };
  for (const [section, entries] of entriesBySection(definition)) {
    if (!section.repeat) asInputText(entries, values);
    else if (Array.isArray(answers[section.id]))
      values[section.id] = instanceValues(answers, section.id).map((own) => asInputText(entries, { ...own }));
  }
  for (const key of Object.keys(values)) if (values[key] === undefined) delete values[key];
  return values;
}

/** Whether a form value holds nothing worth clearing. */
export function isBlank(raw: unknown): boolean {
  if (raw === undefined || raw === null || raw === '' || raw === false) return true;
  if (Array.isArray(raw)) return raw.length === 0;
  if (typeof raw === 'object') return Object.values(raw).every(isBlank);
  return false;
}

/** The stale fields of one section's items (or one instance's), each named through `path`. */
function staleIn(
  entries: readonly ItemEntry[],
  values: FormValues,
  record: Readonly<Record<string, unknown>>,
  view: Record<string, unknown>,
  context: RepeatContext,
  path: (name: string) => string,
): string[] {
  const stale: string[] = [];
  for (const entry of entries) {
    const { item } = entry;
    if (item.kind === 'note') continue;
    const raw = values[item.id];
    const visible = evaluateCondition(visibilityOf(entry), view, undefined, context);
    if (!visible && !isBlank(raw)) {
      if (item.kind === 'matrix' && raw !== null && typeof raw === 'object') {
        for (const row of item.rows)
          if (!isBlank((raw as Record<string, unknown>)[row.id])) stale.push(path(`${item.id}.${row.id}`));
      } else stale.push(path(item.id));
    }
    if ((item.kind === 'single_choice' || item.kind === 'multi_choice') && item.other) {
      const key = otherKey(item.id);
      if (!isBlank(values[key]) && !(visible && choseOther(record[item.id]))) stale.push(path(key));
    }
  }
  return stale;
}

/**
 * Form fields that must be emptied: values of questions that are now hidden, and "please specify"
 * texts whose "other" is no longer chosen. Matrix rows are named one by one (`matrix.row`), the
 * fields of an instance by their path (`partners.1.partner_test_place`).
 */
export function stalePaths(definition: SurveyDefinition, values: FormValues): string[] {
  const answers = normalizeAnswers(definition, values);
  const survey: RepeatContext = { repeats: repeatLayout(definition), lookups: definition.lookups };
  const stale: string[] = [];
  for (const [section, entries] of entriesBySection(definition)) {
    if (!section.repeat) {
      stale.push(...staleIn(entries, values, answers, answers, survey, (name) => name));
      continue;
    }
    const records = Array.isArray(answers[section.id])
      ? (answers[section.id] as Record<string, unknown>[])
      : [];
    instanceValues(values, section.id).forEach((own, index) => {
      const record = records[index] ?? {};
      const view = instanceAnswers(answers, section, record);
      const context = { ...survey, position: index + 1 };
      stale.push(
        ...staleIn(entries, own, record, view, context, (name) =>
          fieldPath({ section: section.id, index }, name),
        ),
      );
    });
  }
  return stale;
}
