import { randomBytes } from 'node:crypto';
import { z } from '@hono/zod-openapi';
import { ApiError, notFound } from '../errors.ts';
import { SurveyDay } from '../query-dates.ts';
import { filterEcho, ResultsQuery, surveyResults } from '../results-query.ts';
import { json, ROLES_DESIGN, secured, signedIn } from '../route-kit.ts';
import { linkByToken, publicResultsQuery, ShareFilters, tokenHash } from '../share-link-access.ts';
import { createShareLink, listShareLinks, revokeShareLink, sitesNamed } from '../share-links/store.ts';
import { latestSurvey } from '../survey-store.ts';
import { ResultsResponse } from './results.ts';

export { linkByToken, requireShareLinkShows, shareLinkAllows } from '../share-link-access.ts';

const Token = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, 'not a share link');

/** The stored filters of a link as the API shows them: every field present, lists as lists. */
const FiltersView = z.object({
  from: z.string().nullable(),
  to: z.string().nullable(),
  country: z.array(z.string()),
  siteId: z.array(z.string()),
  serviceType: z.string().nullable(),
  filter: z.array(z.string()),
});

const filtersView = (filters: ShareFilters): z.infer<typeof FiltersView> => ({
  from: filters.from ?? null,
  to: filters.to ?? null,
  country: [...(filters.country ?? [])],
  siteId: [...(filters.siteId ?? [])],
  serviceType: filters.serviceType ?? null,
  filter: [...(filters.filter ?? [])],
});

const Shows = z.object({ scorecard: z.boolean(), accountability: z.boolean() });

const LinkView = z
  .object({
    id: z.uuid(),
    surveyId: z.string(),
    label: z.string().nullable(),
    createdAt: z.string(),
    revokedAt: z.string().nullable(),
    expiresAt: z.string().nullable(),
    filters: FiltersView,
    shows: Shows,
  })
  .openapi('ShareLink');

const CreateBody = z.strictObject({
  surveyId: z.string().max(64),
  label: z.string().trim().max(200).optional(),
  filters: ShareFilters.optional().openapi({
    description:
      'The results filters the link keeps (the Insights filters); the public page answers only these',
  }),
  expiresOn: SurveyDay.optional().openapi({
    description: 'The last day the link works (UTC); after it the link answers 410',
  }),
  showScorecard: z.boolean().optional(),
  showAccountability: z.boolean().optional(),
});

const Created = z.object({ id: z.uuid(), surveyId: z.string(), token: z.string(), path: z.string() });

const PublicInfo = z
  .object({
    organization: z.string(),
    label: z.string().nullable(),
    survey: z.record(z.string(), z.unknown()).openapi({ description: 'The survey definition' }),
    filters: FiltersView,
    /** The sites the filters name, so the page shows names, not ids. */
    sites: z.array(z.object({ id: z.uuid(), name: z.string(), city: z.string() })),
    expiresAt: z.string().nullable(),
    shows: Shows,
  })
  .openapi('SharedSurvey');

/** The end of a `YYYY-MM-DD` day in UTC: a link "until 31 March" works all of that day. */
const endOfDay = (day: string) => new Date(`${day}T23:59:59.999Z`);

/** The share links routes, typed for the OpenAPI document and the hono client. */
export function shareRoutes() {
  return [
    secured(
      {
        method: 'get',
        path: '/api/share-links',
        access: ROLES_DESIGN,
        summary: 'Share links of the organization, with the filters each keeps and its expiry',
        responses: { 200: json(z.object({ links: z.array(LinkView) }), 'Links') },
      },
      async (c) => {
        const user = signedIn(c);
        const { db } = c.get('deps');
        const rows = await listShareLinks(db, user.orgId);
        return c.json(
          {
            links: rows.map((r) => {
              const filters = ShareFilters.safeParse(r.filters);
              return {
                id: r.id,
                surveyId: r.surveyId,
                label: r.label,
                createdAt: r.createdAt.toISOString(),
                revokedAt: r.revokedAt?.toISOString() ?? null,
                expiresAt: r.expiresAt?.toISOString() ?? null,
                filters: filtersView(filters.success ? filters.data : {}),
                shows: { scorecard: r.showScorecard, accountability: r.showAccountability },
              };
            }),
          },
          200,
        );
      },
    ),

    secured(
      {
        method: 'post',
        path: '/api/share-links',
        access: ROLES_DESIGN,
        summary:
          "Create a public link to one survey's aggregate results with the filters it keeps, an optional last day, and whether it also shows the scorecard and the findings; the token is shown once",
        request: { body: { content: { 'application/json': { schema: CreateBody } }, required: true } },
        responses: { 201: json(Created, 'Created') },
      },
      async (c) => {
        const user = signedIn(c);
        const deps = c.get('deps');
        const { db } = deps;
        const body = c.req.valid('json');
        await latestSurvey(db, user.orgId, body.surveyId);
        const filters: ShareFilters = body.filters ?? {};
        const today = new Date().toISOString().slice(0, 10);
        if (body.expiresOn && body.expiresOn < today)
          throw new ApiError(
            422,
            'invalid',
            `expiresOn: ${body.expiresOn} has passed; choose today or a later day`,
          );
        if (filters.siteId?.length) {
          const own = await sitesNamed(db, user.orgId, filters.siteId);
          const unknown = filters.siteId.filter((id) => !own.some((s) => s.id === id));
          if (unknown.length > 0)
            throw new ApiError(
              422,
              'invalid',
              `filters.siteId: ${unknown.join(', ')} is not a site of your organization`,
            );
        }
        // the filters are checked as the public page will run them (a sensitive answer filter a
        // share link may not use is refused now, not on the public page)
        await surveyResults(deps, user.orgId, body.surveyId, filters, 'rounded');
        const token = randomBytes(24).toString('base64url');
        const id = await createShareLink(db, user, {
          surveyId: body.surveyId,
          tokenHash: tokenHash(token),
          label: body.label ?? null,
          filters,
          expiresOn: body.expiresOn ?? null,
          expiresAt: body.expiresOn ? endOfDay(body.expiresOn) : null,
          showScorecard: body.showScorecard ?? false,
          showAccountability: body.showAccountability ?? false,
        });
        return c.json({ id, surveyId: body.surveyId, token, path: `/share/${token}` }, 201);
      },
    ),

    secured(
      {
        method: 'delete',
        path: '/api/share-links/{id}',
        access: ROLES_DESIGN,
        summary: 'Revoke a share link; it stops working at once',
        request: { params: z.object({ id: z.uuid() }) },
        responses: { 200: json(z.object({ id: z.uuid(), revoked: z.literal(true) }), 'Revoked') },
      },
      async (c) => {
        const user = signedIn(c);
        const { db } = c.get('deps');
        const id = c.req.valid('param').id;
        if (!(await revokeShareLink(db, user, id))) throw notFound('share link');
        return c.json({ id, revoked: true as const }, 200);
      },
    ),

    secured(
      {
        method: 'get',
        path: '/api/public/{token}',
        access: 'public',
        summary:
          'What a share link shows: the organization, the survey, the filters it keeps, its last day and its extra parts',
        request: { params: z.object({ token: Token }) },
        responses: { 200: json(PublicInfo, 'The shared survey') },
      },
      async (c) => {
        const { db } = c.get('deps');
        const link = await linkByToken(db, c.req.valid('param').token);
        const survey = await latestSurvey(db, link.orgId, link.surveyId);
        const named = await sitesNamed(db, link.orgId, link.filters.siteId ?? []);
        return c.json(
          {
            organization: link.orgName,
            label: link.label,
            survey: survey as unknown as Record<string, unknown>,
            filters: filtersView(link.filters),
            sites: named,
            expiresAt: link.expiresAt?.toISOString() ?? null,
            shows: { scorecard: link.showScorecard, accountability: link.showAccountability },
          },
          200,
        );
      },
    ),

    secured(
      {
        method: 'get',
        path: '/api/public/{token}/results',
        access: 'public',
        summary:
          "Aggregate results behind a share link with the link's own filters (a request naming other filters is refused), suppression enforced",
        request: { params: z.object({ token: Token }), query: ResultsQuery },
        responses: { 200: json(ResultsResponse, 'Aggregates') },
      },
      async (c) => {
        const deps = c.get('deps');
        const link = await linkByToken(deps.db, c.req.valid('param').token);
        const { survey, filter, bucket, results } = await surveyResults(
          deps,
          link.orgId,
          link.surveyId,
          publicResultsQuery(link, c.req.valid('query')),
          'rounded',
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
