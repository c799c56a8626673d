import { z } from '@hono/zod-openapi';
import { AccountabilitySummary, SummaryQuery } from '../accountability/shapes.ts';
import { possibleOwners, today } from '../accountability/store.ts';
import { accountabilitySummary } from '../accountability/summary.ts';
import { json, ROLES_DESIGN, ROLES_RESULTS, secured, signedIn } from '../route-kit.ts';
import { linkByToken, requireShareLinkShows } from '../share-link-access.ts';
import { actionRoutes } from './actions.ts';
import { findingRoutes } from './findings.ts';
import { observationRoutes } from './observations.ts';

const Token = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, 'not a share link');

const PublicBoard = z
  .object({
    organization: z.string(),
    label: z.string().nullable(),
    board: AccountabilitySummary,
  })
  .openapi('AccountabilityBoard');

const OwnerList = z
  .object({ owners: z.array(z.object({ id: z.uuid(), name: z.string() })) })
  .openapi('ActionOwners');

/** The people staff may give an action to, without listing users (which is for admins). */
function ownerRoutes() {
  return [
    secured(
      {
        method: 'get',
        path: '/api/accountability/owners',
        access: ROLES_DESIGN,
        summary:
          "Who may own an action: the id and name of the organization's active staff and admins (no emails, no other roles)",
        responses: { 200: json(OwnerList, 'The possible owners, by name') },
      },
      async (c) => {
        const user = signedIn(c);
        return c.json({ owners: await possibleOwners(c.get('deps').db, user.orgId) }, 200);
      },
    ),
  ] as const;
}

/** The accountability figures for staff and funders, and the public board of a share link. */
function summaryRoutes() {
  return [
    secured(
      {
        method: 'get',
        path: '/api/accountability/summary',
        access: ROLES_RESULTS,
        summary:
          'Open findings, overdue actions and resolution figures; exact for staff, banded with small counts withheld for funders, who also see only shared findings and no free text',
        request: { query: SummaryQuery },
        responses: { 200: json(AccountabilitySummary, 'The figures') },
      },
      async (c) => {
        const user = signedIn(c);
        const deps = c.get('deps');
        const audience = user.role === 'funder' ? 'funder' : 'staff';
        const summary = await accountabilitySummary(
          deps.db,
          user.orgId,
          c.req.valid('query'),
          audience,
          deps.config.minCell,
        );
        return c.json(summary, 200);
      },
    ),

    secured(
      {
        method: 'get',
        path: '/api/public/{token}/accountability',
        access: 'public',
        summary:
          "A share link's public accountability board (links made with showAccountability; 403 otherwise): published findings (no free text) at the link's sites and countries, and the figures, banded with small counts withheld",
        request: { params: z.object({ token: Token }) },
        responses: { 200: json(PublicBoard, 'The board') },
      },
      async (c) => {
        const deps = c.get('deps');
        const link = await linkByToken(deps.db, c.req.valid('param').token);
        requireShareLinkShows(link, 'accountability');
        const board = await accountabilitySummary(
          deps.db,
          link.orgId,
          {},
          'public',
          deps.config.minCell,
          today(),
          {
            siteIds: link.filters.siteId,
            countries: link.filters.country,
          },
        );
        return c.json({ organization: link.orgName, label: link.label, board }, 200);
      },
    ),
  ] as const;
}

/** Every route of the accountability cycle: findings, actions, observations, figures and the board. */
export function accountabilityRoutes() {
  return [
    ...findingRoutes(),
    ...actionRoutes(),
    ...observationRoutes(),
    ...summaryRoutes(),
    ...ownerRoutes(),
  ] as const;
}
