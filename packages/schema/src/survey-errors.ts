/** Every reason a survey definition is refused, as data: screens key their sentences on these. */
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
  'invalid_disaggregation',
  'missing_lookup',
  'unknown_lookup_column',
] as const;

/** Why a survey definition is refused. */
export type SurveyErrorCode = (typeof SURVEY_ERROR_CODES)[number];

/** One located problem in a definition, e.g. `sections[1].items[3].showIf: question "q9" comes later in the survey`. */
export interface SurveyError {
  readonly path: string;
  readonly code: SurveyErrorCode;
  readonly message: string;
}

/** Render errors one a line, as staff read them. */
export function formatSurveyErrors(errors: readonly SurveyError[]): string {
  return errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message)).join('\n');
}
