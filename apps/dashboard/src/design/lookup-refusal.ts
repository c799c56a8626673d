import type { LookupProblem } from '@kolo/api';
import { LOOKUP_MAX_COLUMNS, LOOKUP_MAX_ROWS } from '@kolo/schema';
import type { TFunction } from 'i18next';
import { ApiRequestError } from '../api/client.ts';
import { apiErrorText } from '../i18n/api-error.ts';
import type { MachineText } from './machine-messages.ts';

/** Every problem code the API gives (a code missing here is a type error). */
const PROBLEMS: Readonly<Record<LookupProblem, true>> = {
  not_csv: true,
  not_utf8: true,
  empty: true,
  csv_header: true,
  csv_rows: true,
  csv: true,
  bad_name: true,
  too_many_tables: true,
  too_many_cells: true,
  no_file: true,
};
const isProblem = (code: unknown): code is LookupProblem =>
  typeof code === 'string' && Object.hasOwn(PROBLEMS, code);

interface Refusal {
  readonly problem?: unknown;
  readonly cap?: unknown;
  readonly lines?: unknown;
}

/** The lines a refusal points at, in order, each once. */
function linesOf(refusal: Refusal): number[] {
  const lines = Array.isArray(refusal.lines) ? refusal.lines : [];
  const numbers = lines
    .map((l) => (l as { line?: unknown } | null)?.line)
    .filter((n): n is number => typeof n === 'number');
  return [...new Set(numbers)];
}

/**
 * Why an upload of a lookup table failed, in the reader's language: the sentence for the API's
 * problem code with the lines and cap it names, then the API's precise English message. Other
 * failures (network, roles, a file over the body limit) get the app's general sentences.
 */
export function lookupRefusalText(t: TFunction, error: unknown, language: string): MachineText {
  const number = (n: number) => new Intl.NumberFormat(language).format(n);
  if (error instanceof ApiRequestError && error.status === 413)
    return { text: t('designLookups.tooLarge', { rows: number(LOOKUP_MAX_ROWS) }), original: false };
  const refusal = (
    (error instanceof ApiRequestError ? error.body : undefined) as { error?: Refusal } | undefined
  )?.error;
  const problem = refusal?.problem;
  if (!(error instanceof ApiRequestError) || !isProblem(problem))
    return { text: apiErrorText(t, error), original: false };
  const cap = typeof refusal?.cap === 'number' ? number(refusal.cap) : '';
  const sentence = t(`designLookups.refused.${problem}`, {
    cap,
    rows: number(LOOKUP_MAX_ROWS),
    columns: number(LOOKUP_MAX_COLUMNS),
  });
  const lines = refusal ? linesOf(refusal) : [];
  const where =
    lines.length > 0 ? ` ${t('designLookups.lines', { lines: lines.map(number).join(', ') })}` : '';
  return { text: `${sentence}${where}`, detail: error.message, original: false };
}
