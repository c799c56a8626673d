import { z } from '@hono/zod-openapi';
import { filterEcho, ResultsQuery, surveyResults } from '../results-query.ts';
import { json, ROLES_RESULTS, secured, signedIn } from '../route-kit.ts';
import { ValidationStateView } from '../scorecard/shapes.ts';

export const ResultsResponse = z
  .object({
    survey: z.object({ id: z.string(), version: z.number(), title: z.record(z.string(), z.string()) }),
    filter: z.object({}).loose(),
    k: z.number(),
    rounding: z
      .number()
      .nullable()
      .openapi({ description: 'Counts are multiples of this base (funders, share links), or exact (null)' }),
    respondents: z.object({ n: z.number().nullable(), suppressed: z.boolean() }),
    questions: z.array(z.object({}).loose()),
    indicators: z.array(z.object({}).loose()),
    timeline: z.array(z.object({}).loose()),
    validation: ValidationStateView,
  })
  .openapi('SurveyResults');

/** The results routes, typed for the OpenAPI document and the hono client. */
export function resultsRoutes() {
  return [
    secured(
      {
        method: 'get',
        path: '/api/surveys/{id}/results',
        access: ROLES_RESULTS,
        summary:
          'Aggregate results, every figure under k respondents withheld; for funders every count the middle of its band of k (k..2k-1, 2k..3k-1, ...) and periods widened to whole months',
        request: { params: z.object({ id: z.string().max(64) }), query: ResultsQuery },
        responses: { 200: json(ResultsResponse, 'Aggregates') },
      },
      async (c) => {
        const user = signedIn(c);
        const { survey, filter, bucket, results } = await surveyResults(
          c.get('deps'),
          user.orgId,
          c.req.valid('param').id,
          c.req.valid('query'),
          user.role === 'funder' ? 'rounded' : 'exact',
        );
        return c.json(
          {
            survey: { id: survey.id, version: survey.version, title: survey.title },
            filter: filterEcho(filter, bucket),
            ...results,
          },
          200,
        );
      },
    ),
  ] as const;
}
