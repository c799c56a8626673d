import { cell } from './languages-in-use.ts';
import type { NoteList } from './notes.ts';
import type { Sheet } from './read-workbook.ts';

/** The name of the sheet holding what XLSForm has no columns for. */
export const KOLO_SHEET = 'kolo';
/** Marks a workbook written by kolo; a later format may add keys. */
export const KOLO_FORMAT = 'kolo-xlsform 1';

const MAX_JSON_LENGTH = 20_000;
const MAX_JSON_DEPTH = 16;

/** Whether JSON nests deeper than an indicator ever does (checked without recursion). */
function tooDeep(value: unknown): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [next, depth] = stack.pop() as [unknown, number];
    if (depth > MAX_JSON_DEPTH) return true;
    if (next !== null && typeof next === 'object')
      for (const child of Object.values(next)) stack.push([child, depth + 1]);
  }
  return false;
}

export interface KoloSheet {
  /** Whether the workbook has a kolo sheet (written by kolo). */
  readonly present: boolean;
  /** Choice list names (as written in the choices sheet) that are shared `choiceLists`. */
  readonly sharedLists: readonly string[];
  readonly indicators: unknown[];
  /** Ids of the questions results are kept per answer for (`disaggregateBy`). */
  readonly disaggregateBy: readonly string[];
  /** What of the results leaves the organization (`privacy`), as written. */
  readonly privacy: unknown;
}

/** A JSON object of a kolo sheet row, or undefined when it is none (too long or too deep too). */
function jsonObject(value: string): object | undefined {
  try {
    const parsed: unknown = value.length <= MAX_JSON_LENGTH ? JSON.parse(value) : undefined;
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed) || tooDeep(parsed))
      return undefined;
    return parsed;
  } catch {
    return undefined;
  }
}

/**
 * Read the `kolo` sheet: rows of `key` and `value`, where `choice_list` names a shared choice
 * list, `indicator` holds one indicator as JSON, `disaggregate_by` names a question results are
 * kept per answer for, and `privacy` holds the survey's privacy settings as JSON.
 */
export function readKoloSheet(sheet: Sheet | undefined, notes: NoteList): KoloSheet {
  if (!sheet)
    return { present: false, sharedLists: [], indicators: [], disaggregateBy: [], privacy: undefined };
  const sharedLists: string[] = [];
  const indicators: unknown[] = [];
  const disaggregateBy: string[] = [];
  let privacy: unknown;
  for (const row of sheet.rows) {
    const key = cell(sheet, row, 'key');
    const value = cell(sheet, row, 'value');
    const place = { sheet: sheet.name, row: row.row, column: 'value' };
    if (key === 'format' || key === '') continue;
    if (key === 'choice_list') {
      if (value !== '') sharedLists.push(value);
      continue;
    }
    if (key === 'disaggregate_by') {
      if (value !== '') disaggregateBy.push(value);
      continue;
    }
    if (key === 'indicator' || key === 'privacy') {
      const parsed = jsonObject(value);
      if (parsed && key === 'indicator') indicators.push(parsed);
      else if (parsed) privacy = parsed;
      else
        notes.error(
          place,
          key === 'indicator' ? 'invalid_indicator' : 'invalid_value',
          key === 'indicator'
            ? 'this indicator is not valid JSON and was not imported; add it again in the builder'
            : 'the privacy settings are not valid JSON and were not imported; set them again in the builder',
        );
      continue;
    }
    notes.warning(
      { ...place, column: 'key' },
      'unknown_key',
      `"${key}" is not a key kolo knows; the row was ignored`,
    );
  }
  return { present: true, sharedLists, indicators, disaggregateBy, privacy };
}
