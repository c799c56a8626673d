import { z } from '@hono/zod-openapi';
import type { SurveyDefinition } from '@kolo/schema';
import { listSites } from '../admin/sites.ts';
import type { Deps } from '../context.ts';
import { type ResultsAudience, type ResultsQuery, surveyResultsOf } from '../results-query.ts';

/** How a results request may be broken down in one call: one group per site or per country. */
export const ResultsGrouping = z.enum(['site', 'country']);
export type ResultsGrouping = z.infer<typeof ResultsGrouping>;

/** One indicator of one group, withheld under k like every figure. */
const GroupIndicator = z.object({
  id: z.string(),
  kind: z.string(),
  n: z.number().nullable(),
  value: z.number().nullable(),
  suppressed: z.boolean(),
});

/** The respondents and indicators of one site or country, as a separate results call would give them. */
export const ResultsGroup = z
  .object({
    key: z.string().openapi({ description: 'The site id, or the country code' }),
    respondents: z.object({ n: z.number().nullable(), suppressed: z.boolean() }),
    indicators: z.array(GroupIndicator),
  })
  .openapi('ResultsGroup');
export type ResultsGroup = z.infer<typeof ResultsGroup>;

/** The keys of the groups a request covers: the organization's sites or countries within its own filters. */
async function groupKeys(
  deps: Deps,
  orgId: string,
  query: ResultsQuery,
  by: ResultsGrouping,
): Promise<string[]> {
  // by country, city and name, as the organization's site list
  const rows = await listSites(deps.db, orgId);
  const keys: string[] = [];
  for (const site of rows) {
    if (query.country?.length && !query.country.includes(site.country)) continue;
    if (query.siteId?.length && !query.siteId.includes(site.id)) continue;
    const key = by === 'site' ? site.id : site.country;
    if (!keys.includes(key)) keys.push(key);
  }
  return keys;
}

/**
 * Results per site or per country in one request: each group is computed exactly as a results call
 * with that one site (or country) would be, so suppression under k and the funders' bands apply per
 * group, and no group reveals more than its own call would.
 */
export async function groupedResults(
  deps: Deps,
  orgId: string,
  survey: SurveyDefinition,
  query: ResultsQuery,
  audience: ResultsAudience,
  by: ResultsGrouping,
): Promise<ResultsGroup[]> {
  const groups: ResultsGroup[] = [];
  for (const key of await groupKeys(deps, orgId, query, by)) {
    const scoped: ResultsQuery =
      by === 'site'
        ? { ...query, siteId: [key], country: undefined }
        : { ...query, country: [key], siteId: undefined };
    const { results } = await surveyResultsOf(deps, orgId, survey, scoped, audience);
    groups.push({
      key,
      respondents: results.respondents,
      indicators: results.indicators.map(({ id, kind, n, value, suppressed }) => ({
        id,
        kind,
        n,
        value,
        suppressed,
      })),
    });
  }
  return groups;
}
