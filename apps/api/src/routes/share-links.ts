import { createHash, randomBytes } from 'node:crypto';
import { z } from '@hono/zod-openapi';
import { organizations, shareLinks } from '@kolo/db';
import { and, desc, eq, isNull } from 'drizzle-orm';
import { audit } from '../audit.ts';
import { notFound } from '../errors.ts';
import { filterEcho, ResultsQuery, surveyResults } from '../results-query.ts';
import { json, ROLES_DESIGN, secured, signedIn } from '../route-kit.ts';
import { latestSurvey } from '../survey-store.ts';
import { ResultsResponse } from './results.ts';

const Loose = z.object({}).loose();
const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');
const Token = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, 'not a share link');

async function linkByToken(db: import('@kolo/db').Db, token: string) {
  const [link] = await db
    .select({
      id: shareLinks.id,
      orgId: shareLinks.orgId,
      surveyId: shareLinks.surveyId,
      label: shareLinks.label,
      orgName: organizations.name,
    })
    .from(shareLinks)
    .innerJoin(organizations, eq(organizations.id, shareLinks.orgId))
    .where(and(eq(shareLinks.tokenHash, tokenHash(token)), isNull(shareLinks.revokedAt)));
  if (!link) throw notFound('share link (it may have been revoked)');
  return link;
}

/** The share links routes, typed for the OpenAPI document and the hono client. */
export function shareRoutes() {
  return [
    secured(
      {
        method: 'get',
        path: '/api/share-links',
        access: ROLES_DESIGN,
        summary: 'Share links of the organization',
        responses: { 200: json(z.object({ links: z.array(Loose) }), 'Links') },
      },
      async (c) => {
        const user = signedIn(c);
        const { db } = c.get('deps');
        const rows = await db
          .select({
            id: shareLinks.id,
            surveyId: shareLinks.surveyId,
            label: shareLinks.label,
            createdAt: shareLinks.createdAt,
            revokedAt: shareLinks.revokedAt,
          })
          .from(shareLinks)
          .where(eq(shareLinks.orgId, user.orgId))
          .orderBy(desc(shareLinks.createdAt));
        return c.json(
          {
            links: rows.map((r) => ({
              ...r,
              createdAt: r.createdAt.toISOString(),
              revokedAt: r.revokedAt?.toISOString() ?? null,
            })),
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
        summary: "Create a public link to one survey's aggregate results; the token is shown once",
        request: {
          body: {
            content: {
              'application/json': {
                schema: z.strictObject({
                  surveyId: z.string().max(64),
                  label: z.string().trim().max(200).optional(),
                }),
              },
            },
            required: true,
          },
        },
        responses: { 201: json(Loose, 'Created') },
      },
      async (c) => {
        const user = signedIn(c);
        const { db } = c.get('deps');
        const body = c.req.valid('json');
        await latestSurvey(db, user.orgId, body.surveyId);
        const token = randomBytes(24).toString('base64url');
        const [link] = await db
          .insert(shareLinks)
          .values({
            orgId: user.orgId,
            surveyId: body.surveyId,
            tokenHash: tokenHash(token),
            label: body.label ?? null,
            createdBy: user.userId,
          })
          .returning({ id: shareLinks.id });
        if (!link) throw new Error('share link not created');
        await audit(db, user, 'share_link_create', link.id, { surveyId: body.surveyId });
        return c.json({ id: link.id, surveyId: body.surveyId, token, path: `/share/${token}` }, 201);
      },
    ),

    secured(
      {
        method: 'delete',
        path: '/api/share-links/{id}',
        access: ROLES_DESIGN,
        summary: 'Revoke a share link; it stops working at once',
        request: { params: z.object({ id: z.uuid() }) },
        responses: { 200: json(Loose, 'Revoked') },
      },
      async (c) => {
        const user = signedIn(c);
        const { db } = c.get('deps');
        const id = c.req.valid('param').id;
        const updated = await db
          .update(shareLinks)
          .set({ revokedAt: new Date() })
          .where(and(eq(shareLinks.id, id), eq(shareLinks.orgId, user.orgId), isNull(shareLinks.revokedAt)))
          .returning({ id: shareLinks.id });
        if (updated.length === 0) throw notFound('share link');
        await audit(db, user, 'share_link_revoke', id);
        return c.json({ id, revoked: true }, 200);
      },
    ),

    secured(
      {
        method: 'get',
        path: '/api/public/{token}',
        access: 'public',
        summary: 'What a share link shows: the organization and the survey',
        request: { params: z.object({ token: Token }) },
        responses: { 200: json(Loose, 'The shared survey') },
      },
      async (c) => {
        const { db } = c.get('deps');
        const link = await linkByToken(db, c.req.valid('param').token);
        const survey = await latestSurvey(db, link.orgId, link.surveyId);
        return c.json({ organization: link.orgName, label: link.label, survey }, 200);
      },
    ),

    secured(
      {
        method: 'get',
        path: '/api/public/{token}/results',
        access: 'public',
        summary: 'Aggregate results behind a share link, suppression enforced',
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
          c.req.valid('query'),
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
