import { z } from '@hono/zod-openapi';
import { ApiError } from './errors.ts';

/** The first day a `from` or `to` may name: no survey in kolo collects earlier answers. */
export const FIRST_SURVEY_DAY = '2000-01-01';
/** The last day a `from` or `to` may name; later days overflow date arithmetic and PostgreSQL ranges. */
export const LAST_SURVEY_DAY = '2100-12-31';

/**
 * A day in a results, rows or export query: a real calendar day written YYYY-MM-DD, between
 * `FIRST_SURVEY_DAY` and `LAST_SURVEY_DAY`, so that a year 0 or 9999 is a 422 with a message.
 * @example ResultsQuery = z.strictObject({ from: SurveyDay.optional(), to: SurveyDay.optional() })
 */
export const SurveyDay = z.iso
  .date('use a date written YYYY-MM-DD')
  .refine((day) => day >= FIRST_SURVEY_DAY && day <= LAST_SURVEY_DAY, {
    message: `dates must be between ${FIRST_SURVEY_DAY} and ${LAST_SURVEY_DAY}`,
  })
  .openapi({ example: '2026-03-01' });

/** Refuse a range whose `from` is after its `to` with 422 (an empty answer would hide the typo). */
export function assertDayOrder(range: { from?: string | undefined; to?: string | undefined }): void {
  if (range.from && range.to && range.from > range.to)
    throw new ApiError(422, 'invalid', 'from must not be after to');
}
