import { z } from '@hono/zod-openapi';
import { actions } from '@kolo/db';
import {
  ActionStatus,
  ESCALATION_LEVELS,
  EscalationInput,
  EscalationLevel,
  StatusChangeInput,
} from '@kolo/schema';
import { eq } from 'drizzle-orm';
import type { Context } from 'hono';
import { actionLogCsv, actionLogRows, actionLogXlsx } from '../accountability/export.ts';
import { ActionNoteInput, ActionView, ExportQuery, ReassignInput } from '../accountability/shapes.ts';
import {
  actionRow,
  actionRows,
  escalateAction,
  moveStatus,
  noteAction,
  overdueWhere,
  reassignAction,
  today,
} from '../accountability/store.ts';
import { actionViews } from '../accountability/views.ts';
import { audit } from '../audit.ts';
import type { AppEnv } from '../context.ts';
import { json, ROLES_DESIGN, secured, signedIn } from '../route-kit.ts';

const IdParam = z.object({ id: z.uuid('id must be an action UUID') });
const body = <T extends z.ZodType>(schema: T) => ({
  body: { content: { 'application/json': { schema } }, required: true },
});
const ActionList = z.object({ actions: z.array(ActionView) });

const ActionsQuery = z.strictObject({
  status: ActionStatus.optional(),
  level: EscalationLevel.optional(),
  findingId: z.uuid().optional(),
  ownerId: z.uuid().optional(),
  overdue: z.enum(['true', 'false']).optional(),
  /** Add each action's follow-up verdict (a results query per action past its due date). */
  followUp: z.enum(['true', 'false'], 'followUp must be true or false').optional(),
});

/** Overdue first (oldest due date first), then the rest by due date. */
function overdueFirst(list: z.infer<typeof ActionView>[]) {
  return [...list].sort(
    (a, b) => Number(b.overdue) - Number(a.overdue) || a.dueDate.localeCompare(b.dueDate),
  );
}

/** The action after a change, with its history. */
async function viewOf(c: Context<AppEnv>, orgId: string, id: string) {
  const deps = c.get('deps');
  const [view] = await actionViews(deps, orgId, [await actionRow(deps.db, orgId, id)], { history: true });
  if (!view) throw new Error('action not found after a change');
  return view;
}

/** Actions on findings: status moves, escalation, notes, owners, the lists and the action log export. */
export function actionRoutes() {
  return [
    secured(
      {
        method: 'get',
        path: '/api/actions/mine',
        access: ROLES_DESIGN,
        summary: 'My actions: the actions I own, overdue first',
        responses: { 200: json(ActionList, 'Actions') },
      },
      async (c) => {
        const user = signedIn(c);
        const deps = c.get('deps');
        const rows = await actionRows(deps.db, user.orgId, [eq(actions.ownerId, user.userId)]);
        return c.json({ actions: overdueFirst(await actionViews(deps, user.orgId, rows)) }, 200);
      },
    ),

    secured(
      {
        method: 'get',
        path: '/api/actions/overdue',
        access: ROLES_DESIGN,
        summary: 'Open actions past their due date, longest overdue first',
        responses: { 200: json(ActionList, 'Actions') },
      },
      async (c) => {
        const user = signedIn(c);
        const deps = c.get('deps');
        const rows = await actionRows(deps.db, user.orgId, overdueWhere(today()));
        return c.json({ actions: await actionViews(deps, user.orgId, rows) }, 200);
      },
    ),

    secured(
      {
        method: 'get',
        path: '/api/actions/export.csv',
        access: ROLES_DESIGN,
        summary: 'The action log (every entry of every action history) as CSV, cells neutralised',
        request: { query: ExportQuery },
        responses: {
          200: { description: 'CSV', content: { 'text/csv': { schema: z.string() } } },
        },
      },
      async (c) => {
        const user = signedIn(c);
        const { db } = c.get('deps');
        const query = c.req.valid('query');
        const rows = await actionLogRows(db, user.orgId, query);
        await audit(db, user, 'export', 'action-log', { format: 'csv', rows: rows.length });
        return c.body(actionLogCsv(rows), 200, {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': `attachment; filename="action-log-${today()}.csv"`,
        });
      },
    ),

    secured(
      {
        method: 'get',
        path: '/api/actions/export.xlsx',
        access: ROLES_DESIGN,
        summary: 'The action log as XLSX, cells neutralised',
        request: { query: ExportQuery },
        responses: {
          200: {
            description: 'XLSX',
            content: {
              'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
                schema: z.string().openapi({ format: 'binary' }),
              },
            },
          },
        },
      },
      async (c) => {
        const user = signedIn(c);
        const { db } = c.get('deps');
        const rows = await actionLogRows(db, user.orgId, c.req.valid('query'));
        await audit(db, user, 'export', 'action-log', { format: 'xlsx', rows: rows.length });
        const file = await actionLogXlsx(rows);
        return c.body(file.buffer as ArrayBuffer, 200, {
          'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          'Content-Disposition': `attachment; filename="action-log-${today()}.xlsx"`,
        });
      },
    ),

    secured(
      {
        method: 'get',
        path: '/api/actions',
        access: ROLES_DESIGN,
        summary:
          'Actions of the organization by due date; their follow-up only with followUp=true (the finding page and my actions always carry it)',
        request: { query: ActionsQuery },
        responses: { 200: json(ActionList, 'Actions') },
      },
      async (c) => {
        const user = signedIn(c);
        const deps = c.get('deps');
        const q = c.req.valid('query');
        const rows = await actionRows(
          deps.db,
          user.orgId,
          [
            q.status ? eq(actions.status, q.status) : undefined,
            q.level ? eq(actions.level, q.level) : undefined,
            q.findingId ? eq(actions.findingId, q.findingId) : undefined,
            q.ownerId ? eq(actions.ownerId, q.ownerId) : undefined,
          ].filter((w) => w !== undefined),
        );
        const list = await actionViews(deps, user.orgId, rows, { followUp: q.followUp === 'true' });
        const filtered = q.overdue ? list.filter((a) => a.overdue === (q.overdue === 'true')) : list;
        return c.json({ actions: filtered }, 200);
      },
    ),

    secured(
      {
        method: 'get',
        path: '/api/actions/{id}',
        access: ROLES_DESIGN,
        summary: 'An action with its history and follow-up',
        request: { params: IdParam },
        responses: { 200: json(ActionView, 'The action') },
      },
      async (c) => {
        const user = signedIn(c);
        return c.json(await viewOf(c, user.orgId, c.req.valid('param').id), 200);
      },
    ),

    secured(
      {
        method: 'post',
        path: '/api/actions/{id}/status',
        access: ROLES_DESIGN,
        summary: "Move an action to another status (the contract's moves only; 409 names the allowed ones)",
        request: { params: IdParam, ...body(StatusChangeInput) },
        responses: {
          200: json(ActionView, 'The action'),
          409: json(
            z.object({
              error: z.object({
                code: z.literal('conflict'),
                message: z.string(),
                from: ActionStatus,
                allowed: z.array(ActionStatus),
              }),
            }),
            'The move is not allowed from the current status',
          ),
        },
      },
      async (c) => {
        const user = signedIn(c);
        const { db } = c.get('deps');
        const id = c.req.valid('param').id;
        const input = c.req.valid('json');
        const moved = await moveStatus(db, user, id, input);
        await audit(db, user, 'action_status', id, { ...moved, on: input.on });
        return c.json(await viewOf(c, user.orgId, id), 200);
      },
    ),

    secured(
      {
        method: 'post',
        path: '/api/actions/{id}/escalate',
        access: ROLES_DESIGN,
        summary:
          'Escalate an action up the ladder to a new duty-bearer and due date; the history keeps the old ones',
        request: { params: IdParam, ...body(EscalationInput) },
        responses: { 200: json(ActionView, 'The action') },
      },
      async (c) => {
        const user = signedIn(c);
        const { db } = c.get('deps');
        const id = c.req.valid('param').id;
        const input = c.req.valid('json');
        await escalateAction(db, user, id, input, ESCALATION_LEVELS);
        await audit(db, user, 'action_escalate', id, { level: input.level });
        return c.json(await viewOf(c, user.orgId, id), 200);
      },
    ),

    secured(
      {
        method: 'post',
        path: '/api/actions/{id}/notes',
        access: ROLES_DESIGN,
        summary: "Add a note to an action's history",
        request: { params: IdParam, ...body(ActionNoteInput) },
        responses: { 200: json(ActionView, 'The action') },
      },
      async (c) => {
        const user = signedIn(c);
        const { db } = c.get('deps');
        const id = c.req.valid('param').id;
        await noteAction(db, user, id, c.req.valid('json'));
        await audit(db, user, 'action_note', id);
        return c.json(await viewOf(c, user.orgId, id), 200);
      },
    ),

    secured(
      {
        method: 'post',
        path: '/api/actions/{id}/owner',
        access: ROLES_DESIGN,
        summary: 'Give an action to another owner (a staff member or admin of the organization)',
        request: { params: IdParam, ...body(ReassignInput) },
        responses: { 200: json(ActionView, 'The action') },
      },
      async (c) => {
        const user = signedIn(c);
        const { db } = c.get('deps');
        const id = c.req.valid('param').id;
        const input = c.req.valid('json');
        await reassignAction(db, user, id, input);
        await audit(db, user, 'action_reassign', id, { ownerId: input.ownerId });
        return c.json(await viewOf(c, user.orgId, id), 200);
      },
    ),
  ] as const;
}
