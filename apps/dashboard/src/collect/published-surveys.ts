import type { SurveyDefinition } from '@kolo/schema';
import { z } from 'zod/mini';

/**
 * What Collect relies on in each published survey to list it and draw its form: the server has
 * already checked the whole definition with `parseSurvey` when it was published, so the phone only
 * makes sure the answer has this shape (a version-skewed answer is refused with a message, not drawn
 * half-broken). zod/mini, as the form's own answer checks: the full contract (classic zod, with its
 * JSON Schema machinery) stays with the server and the survey builder, out of a monitor's download.
 */
const PublishedSurvey = z.looseObject({
  id: z.string(),
  version: z.number(),
  locales: z.array(z.string()).check(z.minLength(1)),
  title: z.record(z.string(), z.string()),
  sections: z
    .array(
      z.looseObject({
        id: z.string(),
        items: z.array(z.looseObject({ id: z.string(), kind: z.string() })),
      }),
    )
    .check(z.minLength(1)),
});

const PublishedSurveysAnswer = z.object({ surveys: z.array(PublishedSurvey) });

/** The published surveys' answer, checked for the shape Collect draws. */
export function readPublishedSurveys(body: unknown): { surveys: SurveyDefinition[] } {
  const parsed = PublishedSurveysAnswer.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') || 'answer';
    throw new Error(`The published surveys could not be read: ${where}: ${issue?.message ?? 'invalid'}`);
  }
  // the definitions were checked in full on publishing; the shape above is what the form reads
  return parsed.data as unknown as { surveys: SurveyDefinition[] };
}
