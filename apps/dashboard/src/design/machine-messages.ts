import type { SurveyErrorCode, SurveyWarningCode } from '@kolo/schema';
import type { TFunction } from 'i18next';
import { languageName } from './languages.ts';

/** Every code of a survey validation error (`SurveyErrorCode` in @kolo/schema). */
export const SURVEY_ERROR_CODES = [
  'invalid_shape',
  'duplicate_id',
  'duplicate_choice',
  'unknown_reference',
  'forward_reference',
  'self_reference',
  'invalid_operator',
  'invalid_value',
  'missing_translation',
  'invalid_choices',
  'invalid_bounds',
  'invalid_expression',
] as const satisfies readonly SurveyErrorCode[];

/** Every code of a lint warning (`SurveyWarningCode` in @kolo/schema). */
export const SURVEY_WARNING_CODES = [
  'text_not_sensitive',
  'personal_data',
  'unreachable',
  'indicator_non_scale',
  'unused_choice_list',
  'undeclared_locale',
] as const satisfies readonly SurveyWarningCode[];

/** A code of the problems list: an error or a lint warning. */
export type ProblemCode = SurveyErrorCode | SurveyWarningCode;

/**
 * Every code of an XLSForm import note (packages/xlsform: `notes.error`, `notes.warning`,
 * `notes.add` and `XlsFormErrorCode`). The dashboard does not depend on @kolo/xlsform, so the
 * list is written here; messages.test.ts reads the package's sources to keep it complete.
 */
export const IMPORT_NOTE_CODES = [
  'acknowledge_as_choice',
  'appearance_ignored',
  'calculation_placeholder',
  'choices_dropped',
  'choices_from_file',
  'column_dropped',
  'conditional_required',
  'duplicate_choice',
  'duplicate_name',
  'empty_file',
  'empty_group',
  'encryption_ignored',
  'extra_rows',
  'group_flattened',
  'ignored_on_group',
  'ignored_on_note',
  'incomplete_choice',
  'invalid_indicator',
  'invalid_value',
  'label_missing',
  'label_row_folded',
  'matrix_required',
  'matrix_row_field',
  'media_dropped',
  'message_replaced',
  'metadata_ignored',
  'metadata_piping',
  'missing_column',
  'missing_name',
  'missing_type',
  'no_choices_sheet',
  'no_name_column',
  'no_questions',
  'no_survey_sheet',
  'no_title',
  'no_type_column',
  'not_a_matrix',
  'not_xlsx',
  'old_xls',
  'other_dropped',
  'other_merged',
  'parameter_ignored',
  'partial_translation',
  'placeholder_added',
  'repeat_flattened',
  'section_added',
  'setting_ignored',
  'sheet_ignored',
  'stale_show_if',
  'step_ignored',
  'survey_id',
  'time_dropped',
  'title_untranslated',
  'too_large',
  'type_extra_ignored',
  'unbalanced_group',
  'unknown_column',
  'unknown_key',
  'unknown_list',
  'unknown_reference',
  'unreadable',
  'unsupported_choice_filter',
  'unsupported_expression',
  'unsupported_type',
  'version',
] as const;

/** A code of an XLSForm import note. */
export type ImportNoteCode = (typeof IMPORT_NOTE_CODES)[number];

/** What the screen shows for one machine message: a translated sentence and the original English. */
export interface MachineText {
  /** The sentence in the UI language; the original message when the code is unknown. */
  readonly text: string;
  /** The original, precise English message, when `text` is a translation. */
  readonly detail?: string;
  /** Whether `text` is the untranslated original (its language is English). */
  readonly original: boolean;
}

type Params = Record<string, string>;
/** Reads the values a code's sentence names out of its English message; undefined when it cannot. */
type Extract = (message: string) => Params | undefined;

const quoted = (message: string) => [...message.matchAll(/"([^"]*)"/g)].map((m) => m[1] ?? '');
const languages = (codes: readonly string[]) =>
  codes.length > 0 ? { languages: codes.map(languageName).join(', ') } : undefined;
/** The one group of `pattern` as `{ name }`. */
const named =
  (pattern: RegExp): Extract =>
  (message) => {
    const name = pattern.exec(message)?.[1];
    return name ? { name } : undefined;
  };

/** Values for the problem sentences that name one; the other codes' sentences are generic. */
const PROBLEM_VALUES: Partial<Record<ProblemCode, Extract>> = {
  // `question "q9" does not exist`, `choice list "yes_no" does not exist`
  unknown_reference: named(/"([^"]+)" does not exist$/),
  forward_reference: named(/^question "([^"]+)" comes later in the survey$/),
  // `missing translation for "uk", "ru"`
  missing_translation: (message) =>
    message.startsWith('missing translation for ') ? languages(quoted(message)) : undefined,
  // `text in de, fr, which the survey does not declare`
  undeclared_locale: (message) => {
    const list = /^text in (.+), which the survey does not declare$/.exec(message)?.[1];
    return list ? languages(list.split(', ')) : undefined;
  },
};

/** Values for the import note sentences that name one; each read from the end of the message. */
const NOTE_VALUES: Partial<Record<ImportNoteCode, Extract>> = {
  duplicate_name: named(/ was renamed "([^"]+)"$/),
  missing_name: named(/ it was named "([^"]+)"$/),
  section_added: named(/ in a section "([^"]+)"; give it a title in the builder$/),
  survey_id: named(/"([^"]+)" (?:was made from the title|was used)$/),
  // `the title has no uk, ru translation: add ...`
  title_untranslated: (message) => {
    const list = /^the title has no (.+?) translation:/.exec(message)?.[1];
    return list ? languages(list.split(', ')) : undefined;
  },
};

function translate(
  t: TFunction,
  prefix: 'problem' | 'importNote',
  codes: readonly string[],
  values: Partial<Record<string, Extract>>,
  code: string | undefined,
  message: string,
): MachineText {
  if (code === undefined || !codes.includes(code)) return { text: message, original: true };
  const extract = values[code];
  const params = extract ? extract(message) : {};
  // a sentence that names a value is only shown when the value was found
  if (params === undefined) return { text: message, original: true };
  const text = t(`design.${prefix}.${code}`, params);
  return message === '' || message === text
    ? { text, original: false }
    : { text, detail: message, original: false };
}

const PROBLEM_CODES: readonly string[] = [...SURVEY_ERROR_CODES, ...SURVEY_WARNING_CODES];

/** A validation error or lint warning in the UI language, chosen by its code. */
export function problemText(
  t: TFunction,
  problem: { readonly code: string; readonly message: string },
): MachineText {
  return translate(t, 'problem', PROBLEM_CODES, PROBLEM_VALUES, problem.code, problem.message);
}

/** An XLSForm import note in the UI language, chosen by its code. */
export function importNoteText(
  t: TFunction,
  note: { readonly code?: string | undefined; readonly message: string },
): MachineText {
  return translate(t, 'importNote', IMPORT_NOTE_CODES, NOTE_VALUES, note.code, note.message);
}
