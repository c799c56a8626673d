import { z } from '@hono/zod-openapi';
import {
  DismissInput,
  ObservationInput,
  ObservationsQuery,
  ObservationView,
} from '../accountability/shapes.ts';
import {
  dismissObservations,
  insertObservation,
  listObservations,
  siteOfOrg,
} from '../accountability/store.ts';
import { audit } from '../audit.ts';
import { ApiError, forbidden } from '../errors.ts';
import { json, ROLES_DESIGN, ROLES_SUBMIT, secured, signedIn } from '../route-kit.ts';

const body = <T extends z.ZodType>(schema: T) => ({
  body: { content: { 'application/json': { schema } }, required: true },
});

/** Field observations: monitors send them (offline, resent safely), staff triage them into findings. */
export function observationRoutes() {
  return [
    secured(
      {
        method: 'post',
        path: '/api/observations',
        access: ROLES_SUBMIT,
        summary:
          'Send a field observation (a monitor only for their own sites); the same id and content again is 200, other content 409',
        request: body(ObservationInput),
        responses: {
          201: json(ObservationView, 'Stored'),
          200: json(ObservationView, 'Already stored (a resend)'),
          409: json(
            z.object({ error: z.object({ code: z.literal('conflict'), message: z.string() }) }),
            'The id holds a different observation',
          ),
        },
      },
      async (c) => {
        const user = signedIn(c);
        const { db } = c.get('deps');
        const input = c.req.valid('json');
        if (user.role === 'monitor' && !user.siteIds.includes(input.siteId))
          throw forbidden('you can send observations only for the sites you are assigned to');
        if (!(await siteOfOrg(db, user.orgId, input.siteId)))
          throw new ApiError(422, 'invalid', 'siteId: not a site of this organization');
        const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
        if (input.observedOn > tomorrow)
          throw new ApiError(422, 'invalid', 'observedOn: the day is in the future');
        const outcome = await insertObservation(db, user, input);
        if (outcome === 'conflict') {
          return c.json(
            {
              error: {
                code: 'conflict' as const,
                message: 'this id already holds a different observation; make a new id for new content',
              },
            },
            409,
          );
        }
        if (outcome === 'created')
          await audit(db, user, 'observation_create', input.id, { siteId: input.siteId });
        const [view] = await listObservations(db, user.orgId, { createdBy: user.userId, id: input.id });
        if (!view) throw new Error('observation not found after insert');
        return c.json(view, outcome === 'created' ? 201 : 200);
      },
    ),

    secured(
      {
        method: 'get',
        path: '/api/observations',
        access: ROLES_SUBMIT,
        summary: 'Field observations: all of them for staff to triage, a monitor only their own',
        request: { query: ObservationsQuery },
        responses: { 200: json(z.object({ observations: z.array(ObservationView) }), 'Newest first') },
      },
      async (c) => {
        const user = signedIn(c);
        const query = c.req.valid('query');
        const list = await listObservations(c.get('deps').db, user.orgId, {
          ...query,
          ...(user.role === 'monitor' ? { createdBy: user.userId } : {}),
        });
        return c.json({ observations: list }, 200);
      },
    ),

    secured(
      {
        method: 'post',
        path: '/api/observations/dismiss',
        access: ROLES_DESIGN,
        summary:
          'Dismiss new observations with a reason (to make a finding of them, POST /api/findings with observationIds)',
        request: body(DismissInput),
        responses: { 200: json(z.object({ dismissed: z.number().int() }), 'Dismissed') },
      },
      async (c) => {
        const user = signedIn(c);
        const { db } = c.get('deps');
        const input = c.req.valid('json');
        const dismissed = await dismissObservations(db, user, input.observationIds, input.reason);
        await audit(db, user, 'observation_dismiss', undefined, { observations: input.observationIds });
        return c.json({ dismissed }, 200);
      },
    ),
  ] as const;
}
