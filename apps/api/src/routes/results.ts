import { z } from '@hono/zod-openapi';
import { SurveyResults } from '@kolo/schema';
import { filterEcho, ResultsQuery, surveyResults } from '../results-query.ts';
import { json, ROLES_RESULTS, secured, signedIn } from '../route-kit.ts';
import { ValidationStateView } from '../scorecard/shapes.ts';
import { groupedResults, ResultsGroup, ResultsGrouping } from './results-groups.ts';

/** A results query of a signed-in reader: the filters, and optionally one breakdown by site or country. */
const SignedInResultsQuery = ResultsQuery.extend({
  groupBy: ResultsGrouping.optional().openapi({
    description:
      'Also give the indicators and respondents of each site or country (within the filters), each as its own call would',
  }),
});

export const ResultsResponse = z
  .object({
    survey: z.object({ id: z.string(), version: z.number(), title: z.record(z.string(), z.string()) }),
    filter: z.object({
      bucket: z.enum(['week', 'month', 'quarter']),
      from: z.string().nullable(),
      to: z.string().nullable(),
      countries: z.array(z.string()),
      siteIds: z.array(z.string()),
      serviceType: z.string().nullable(),
      /** What the service type filter reads: this question's answer, or (null) the services a site offers. */
      serviceQuestion: z.string().nullable(),
      answerFilters: z.record(z.string(), z.string()),
    }),
    k: z.number(),
    rounding: z
      .number()
      .nullable()
      .openapi({ description: 'Counts are multiples of this base (funders, share links), or exact (null)' }),
    respondents: z.object({ n: z.number().nullable(), suppressed: z.boolean() }),
    questions: SurveyResults.shape.questions,
    indicators: SurveyResults.shape.indicators,
    timeline: SurveyResults.shape.timeline,
    repeats: SurveyResults.shape.repeats,
    validation: ValidationStateView,
    groups: z
      .array(ResultsGroup)
      .optional()
      .openapi({ description: 'One entry per site or country, only when groupBy is given' }),
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
        request: { params: z.object({ id: z.string().max(64) }), query: SignedInResultsQuery },
        responses: { 200: json(ResultsResponse, 'Aggregates') },
      },
      async (c) => {
        const user = signedIn(c);
        const deps = c.get('deps');
        const { groupBy, ...query } = c.req.valid('query');
        const audience = user.role === 'funder' ? 'rounded' : 'exact';
        const { survey, filter, bucket, results } = await surveyResults(
          deps,
          user.orgId,
          c.req.valid('param').id,
          query,
          audience,
        );
        const groups = groupBy
          ? { groups: await groupedResults(deps, user.orgId, survey, query, audience, groupBy) }
          : {};
        return c.json(
          {
            survey: { id: survey.id, version: survey.version, title: survey.title },
            filter: filterEcho(filter, bucket),
            ...results,
            ...groups,
          },
          200,
        );
      },
    ),
  ] as const;
}
