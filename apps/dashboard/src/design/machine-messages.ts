import {
  SURVEY_ERROR_CODES,
  SURVEY_WARNING_CODES,
  type SurveyErrorCode,
  type SurveyWarningCode,
} from '@kolo/schema';
import { XLSFORM_NOTE_CODES, type XlsFormNoteCode } from '@kolo/xlsform/note-codes';
import type { TFunction } from 'i18next';
import { languageName } from './languages.ts';

/** Every code of a survey validation error and of a lint warning: the lists of @kolo/schema. */
export { SURVEY_ERROR_CODES, SURVEY_WARNING_CODES };

/** A code of the problems list: an error or a lint warning. */
export type ProblemCode = SurveyErrorCode | SurveyWarningCode;

/** Every code of an XLSForm import note: the list of @kolo/xlsform (its small `note-codes` module only). */
export const IMPORT_NOTE_CODES = XLSFORM_NOTE_CODES;

/** A code of an XLSForm import note. */
export type ImportNoteCode = XlsFormNoteCode;

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
  // `col 1: pulldata reads 'sampleList', which this survey does not carry: attach sampleList.csv`
  missing_lookup: named(/pulldata reads '([^']+)', which this survey does not carry/),
  unknown_lookup_column: named(/lookup table '([^']+)' has no column /),
  unused_lookup: named(/^lookup table '([^']+)' is not read /),
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
  lookup_missing: named(/: attach (\S+)\.csv, or the survey cannot be published$/),
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
