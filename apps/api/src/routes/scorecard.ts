import { z } from '@hono/zod-openapi';
import { ApiError } from '../errors.ts';
import { json, ROLES_RESULTS, secured, signedIn } from '../route-kit.ts';
import { computeScorecard, ScorecardQuery } from '../scorecard/compute.ts';
import { ScorecardView } from '../scorecard/shapes.ts';
import { linkByToken, requireShareLinkShows } from './share-links.ts';

const Token = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, 'not a share link');

/** The scorecard routes: sites, cities or countries x indicators against the standards. */
export function scorecardRoutes() {
  return [
    secured(
      {
        method: 'get',
        path: '/api/surveys/{id}/scorecard',
        access: ROLES_RESULTS,
        summary:
          'Scorecard for a period (the latest quarter with data by default): per group and indicator the value, colour band, n, arrow against the previous period and open actions; withheld cells have no colour; funders get rounded figures',
        request: { params: z.object({ id: z.string().max(64) }), query: ScorecardQuery },
        responses: { 200: json(ScorecardView, 'Scorecard') },
      },
      async (c) => {
        const user = signedIn(c);
        const card = await computeScorecard(
          c.get('deps'),
          user.orgId,
          { ...c.req.valid('query'), surveyId: c.req.valid('param').id },
          user.role === 'funder' ? 'rounded' : 'exact',
        );
        return c.json(card, 200);
      },
    ),
    secured(
      {
        method: 'get',
        path: '/api/public/{token}/scorecard',
        access: 'public',
        summary: "The scorecard of a share link's survey, with the rounded figures share links get",
        request: { params: z.object({ token: Token }), query: ScorecardQuery },
        responses: { 200: json(ScorecardView, 'Scorecard') },
      },
      async (c) => {
        const deps = c.get('deps');
        const link = await linkByToken(deps.db, c.req.valid('param').token);
        requireShareLinkShows(link, 'scorecard');
        const query = c.req.valid('query');
        const { from, to, ...within } = link.filters;
        // a link made for a period shows that period only; otherwise the reader picks the quarter
        if ((from || to) && ((query.from && query.from !== from) || (query.to && query.to !== to))) {
          throw new ApiError(
            403,
            'forbidden',
            'this share link shows only the period it was made with; remove from and to from the request',
          );
        }
        const period = from || to ? { from, to } : { from: query.from, to: query.to };
        const card = await computeScorecard(
          deps,
          link.orgId,
          { ...period, groupBy: query.groupBy, surveyId: link.surveyId, within },
          'rounded',
        );
        return c.json(card, 200);
      },
    ),
  ] as const;
}
