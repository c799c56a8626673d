import {
  calculateItem,
  evaluateCondition,
  type Item,
  isAnswered,
  OTHER_VALUE,
  otherKey,
  type SurveyDefinition,
  surveyItems,
  visibilityOf,
} from '@kolo/schema';

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

/**
 * Turn form values into the answers a submission carries: empty values dropped, numbers parsed,
 * text trimmed, hidden questions and unneeded "other" texts left out, unknown keys ignored.
 * @example normalizeAnswers(survey, { visits: '3', comment: ' ' }) // { visits: 3 }
 */
export function normalizeAnswers(definition: SurveyDefinition, values: FormValues): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  // conditions name earlier questions only, so answers built so far decide visibility
  for (const entry of surveyItems(definition)) {
    const { item } = entry;
    if (item.kind === 'note') continue;
    if (!evaluateCondition(visibilityOf(entry), answers)) continue;
    if (item.kind === 'calculate') {
      // computed from the answers so far, as the respondent answers; the server computes it again
      const calculated = calculateItem(item, answers);
      if (calculated !== undefined) answers[item.id] = calculated;
      continue;
    }
    const value = normalizeItemValue(item, values[item.id]);
    if (!isAnswered(value)) continue;
    answers[item.id] = value;
    if ((item.kind === 'single_choice' || item.kind === 'multi_choice') && item.other && choseOther(value)) {
      const other = text(values[otherKey(item.id)]);
      if (other !== undefined) answers[otherKey(item.id)] = other;
    }
  }
  return answers;
}

/**
 * Answers (a saved draft) as form values: numbers and ratings as the text their inputs hold.
 * @example toFormValues(survey, { overall: 7 }) // { overall: '7' }
 */
export function toFormValues(
  definition: SurveyDefinition,
  answers: Readonly<Record<string, unknown>>,
): FormValues {
  const values: FormValues = { ...answers };
  for (const { item } of surveyItems(definition)) {
    const value = answers[item.id];
    if ((item.kind === 'number' || item.kind === 'rating') && typeof value === 'number')
      values[item.id] = String(value);
  }
  return values;
}

/** Whether a form value holds nothing worth clearing. */
export function isBlank(raw: unknown): boolean {
  if (raw === undefined || raw === null || raw === '' || raw === false) return true;
  if (Array.isArray(raw)) return raw.length === 0;
  if (typeof raw === 'object') return Object.values(raw).every(isBlank);
  return false;
}

/**
 * Form fields that must be emptied: values of questions that are now hidden, and "please specify"
 * texts whose "other" is no longer chosen. Matrix rows are named one by one (`matrix.row`).
 */
export function stalePaths(definition: SurveyDefinition, values: FormValues): string[] {
  const answers = normalizeAnswers(definition, values);
  const stale: string[] = [];
  for (const entry of surveyItems(definition)) {
    const { item } = entry;
    if (item.kind === 'note') continue;
    const raw = values[item.id];
    const visible = evaluateCondition(visibilityOf(entry), answers);
    if (!visible && !isBlank(raw)) {
      if (item.kind === 'matrix' && raw !== null && typeof raw === 'object') {
        for (const row of item.rows)
          if (!isBlank((raw as Record<string, unknown>)[row.id])) stale.push(`${item.id}.${row.id}`);
      } else stale.push(item.id);
    }
    if ((item.kind === 'single_choice' || item.kind === 'multi_choice') && item.other) {
      const key = otherKey(item.id);
      if (!isBlank(values[key]) && !(visible && choseOther(answers[item.id]))) stale.push(key);
    }
  }
  return stale;
}
