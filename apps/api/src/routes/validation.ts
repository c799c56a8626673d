import { z } from '@hono/zod-openapi';
import { ApiError, notFound } from '../errors.ts';
import { ErrorSchema, json, ROLES_ADMIN, ROLES_DESIGN, secured, signedIn } from '../route-kit.ts';
import { quarterLabel, quarterOf } from '../scorecard/periods.ts';
import { EmbargoView, ValidatedPeriodView, ValidationInput } from '../scorecard/shapes.ts';
import { latestSurvey } from '../survey-store.ts';
import {
  listValidations,
  setValidationEmbargo,
  undoValidation,
  type ValidatedPeriod,
  validateQuarter,
  validationEmbargo,
} from '../validation/store.ts';

const Params = z.object({ id: z.string().max(64) });

/** The first and last day of a quarter written `2026-Q1`. */
function quarterDays(quarter: string): { from: string; to: string } {
  const [year = '', q = '1'] = quarter.split('-Q');
  return quarterOf(`${year}-${String((Number(q) - 1) * 3 + 1).padStart(2, '0')}-01`);
}

const view = (row: ValidatedPeriod) => ({
  id: row.id,
  surveyId: row.surveyId,
  quarter: quarterLabel(row.periodStart),
  periodStart: row.periodStart,
  periodEnd: row.periodEnd,
  meetingDate: row.meetingDate,
  participants: row.participants,
  notes: row.notes,
  createdAt: row.createdAt.toISOString(),
});

/** The community validation routes: quarters validated at a meeting, and the embargo setting. */
export function validationRoutes() {
  return [
    secured(
      {
        method: 'get',
        path: '/api/surveys/{id}/validations',
        access: ROLES_DESIGN,
        summary: 'Quarters of the survey the community validated, newest first',
        request: { params: Params },
        responses: {
          200: json(z.strictObject({ periods: z.array(ValidatedPeriodView) }), 'Validated quarters'),
        },
      },
      async (c) => {
        const user = signedIn(c);
        const { db } = c.get('deps');
        const survey = await latestSurvey(db, user.orgId, c.req.valid('param').id);
        const rows = await listValidations(db, user.orgId, survey.id);
        return c.json({ periods: rows.map(view) }, 200);
      },
    ),
    secured(
      {
        method: 'post',
        path: '/api/surveys/{id}/validations',
        access: ROLES_DESIGN,
        summary:
          'Mark a quarter of the survey validated by the community (meeting date, how many took part, notes); with the embargo on, funders and share links see its figures from now on',
        request: {
          params: Params,
          body: { content: { 'application/json': { schema: ValidationInput } }, required: true },
        },
        responses: {
          201: json(ValidatedPeriodView, 'Validated'),
          409: json(ErrorSchema, 'The quarter is already validated'),
        },
      },
      async (c) => {
        const user = signedIn(c);
        const { db } = c.get('deps');
        const survey = await latestSurvey(db, user.orgId, c.req.valid('param').id);
        const body = c.req.valid('json');
        const { from, to } = quarterDays(body.quarter);
        if (body.meetingDate < from) {
          throw new ApiError(
            422,
            'invalid',
            `meetingDate: the meeting (${body.meetingDate}) is before ${body.quarter} began (${from}); the community validates figures after they are collected`,
          );
        }
        const row = await validateQuarter(db, user, {
          surveyId: survey.id,
          quarter: body.quarter,
          periodStart: from,
          periodEnd: to,
          meetingDate: body.meetingDate,
          participants: body.participants,
          notes: body.notes || null,
        });
        if (!row) {
          throw new ApiError(
            409,
            'conflict',
            `${body.quarter} is already validated; undo that validation first to record another meeting`,
          );
        }
        return c.json(view(row), 201);
      },
    ),
    secured(
      {
        method: 'delete',
        path: '/api/surveys/{id}/validations/{validationId}',
        access: ROLES_DESIGN,
        summary:
          'Undo the validation of a quarter: its figures are preliminary again (and withheld under the embargo)',
        request: { params: Params.extend({ validationId: z.uuid('validationId must be a UUID') }) },
        responses: { 200: json(z.strictObject({ id: z.string(), undone: z.literal(true) }), 'Undone') },
      },
      async (c) => {
        const user = signedIn(c);
        const { db } = c.get('deps');
        const { id, validationId } = c.req.valid('param');
        const row = await undoValidation(db, user, id, validationId);
        if (!row) throw notFound('validated quarter');
        return c.json({ id: row.id, undone: true as const }, 200);
      },
    ),
    secured(
      {
        method: 'get',
        path: '/api/organization/validation-embargo',
        access: ROLES_DESIGN,
        summary: 'Whether funders and share links see only figures the community validated',
        responses: { 200: json(EmbargoView, 'The setting') },
      },
      async (c) => {
        const user = signedIn(c);
        const { db } = c.get('deps');
        return c.json({ validationEmbargo: await validationEmbargo(db, user.orgId) }, 200);
      },
    ),
    secured(
      {
        method: 'put',
        path: '/api/organization/validation-embargo',
        access: ROLES_ADMIN,
        summary:
          'Turn the validation embargo on or off: when on, funders and share links see no figure from a month the community has not validated',
        request: { body: { content: { 'application/json': { schema: EmbargoView } }, required: true } },
        responses: { 200: json(EmbargoView, 'The setting') },
      },
      async (c) => {
        const user = signedIn(c);
        const { db } = c.get('deps');
        const { validationEmbargo } = c.req.valid('json');
        await setValidationEmbargo(db, user, validationEmbargo);
        return c.json({ validationEmbargo }, 200);
      },
    ),
  ] as const;
}
