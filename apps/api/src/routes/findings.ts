import { z } from '@hono/zod-openapi';
import { ActionInput, FindingInput } from '@kolo/schema';
import { checkEvidence } from '../accountability/evidence.ts';
import {
  ActionView,
  FindingDetailView,
  FindingNoteView,
  FindingPatch,
  FindingSummaryView,
  FindingsQuery,
  NoteInput,
} from '../accountability/shapes.ts';
import {
  actionRow,
  findingNotesOf,
  insertAction,
  insertFinding,
  insertNote,
  listFindings,
  softDeleteFinding,
  updateFinding,
} from '../accountability/store.ts';
import { actionViews, findingDetail } from '../accountability/views.ts';
import { audit } from '../audit.ts';
import { ApiError } from '../errors.ts';
import { json, ROLES_ADMIN, ROLES_DESIGN, secured, signedIn } from '../route-kit.ts';

const IdParam = z.object({ id: z.uuid('id must be a finding UUID') });
const body = <T extends z.ZodType>(schema: T) => ({
  body: { content: { 'application/json': { schema } }, required: true },
});

const PATCHABLE = new Set(['title', 'category', 'description', 'visibility']);

/** Findings: the problems the evidence shows, with notes and actions (staff and admins). */
export function findingRoutes() {
  return [
    secured(
      {
        method: 'get',
        path: '/api/findings',
        access: ROLES_DESIGN,
        summary: 'Findings of the organization, filtered like the accountability page',
        request: { query: FindingsQuery },
        responses: {
          200: json(z.object({ findings: z.array(FindingSummaryView) }), 'Findings, newest first'),
        },
      },
      async (c) => {
        const user = signedIn(c);
        const list = await listFindings(c.get('deps').db, user.orgId, c.req.valid('query'));
        return c.json({ findings: list }, 200);
      },
    ),

    secured(
      {
        method: 'post',
        path: '/api/findings',
        access: ROLES_DESIGN,
        summary: 'Raise a finding, optionally with its evidence and the observations it was triaged from',
        request: body(FindingInput),
        responses: { 201: json(FindingDetailView, 'The finding') },
      },
      async (c) => {
        const user = signedIn(c);
        const deps = c.get('deps');
        const input = c.req.valid('json');
        if (input.evidence) await checkEvidence(deps.db, user.orgId, input.evidence);
        const id = await insertFinding(deps.db, user, input);
        await audit(deps.db, user, 'finding_create', id, {
          category: input.category,
          scope: input.scope.level,
          observations: input.observationIds?.length ?? 0,
        });
        return c.json(await findingDetail(deps, user.orgId, id), 201);
      },
    ),

    secured(
      {
        method: 'get',
        path: '/api/findings/{id}',
        access: ROLES_DESIGN,
        summary: 'A finding with its notes, actions (history and follow-up) and observations',
        request: { params: IdParam },
        responses: { 200: json(FindingDetailView, 'The finding') },
      },
      async (c) => {
        const user = signedIn(c);
        return c.json(await findingDetail(c.get('deps'), user.orgId, c.req.valid('param').id), 200);
      },
    ),

    secured(
      {
        method: 'patch',
        path: '/api/findings/{id}',
        access: ROLES_DESIGN,
        summary: "Change a finding's title, category, description or visibility (never its evidence)",
        request: { params: IdParam, ...body(FindingPatch) },
        responses: { 200: json(FindingDetailView, 'The finding') },
      },
      async (c) => {
        const user = signedIn(c);
        const deps = c.get('deps');
        const id = c.req.valid('param').id;
        const patch = c.req.valid('json');
        if ('evidence' in patch || 'scope' in patch) {
          throw new ApiError(
            422,
            'invalid',
            "evidence: a finding's evidence and scope cannot be edited after it is raised; add a correction note instead (POST /api/findings/{id}/notes with kind correction)",
          );
        }
        const unknown = Object.keys(patch).filter((key) => !PATCHABLE.has(key));
        if (unknown.length > 0) {
          throw new ApiError(
            422,
            'invalid',
            `${unknown[0]}: cannot be changed; send only title, category, description or visibility`,
          );
        }
        if (Object.keys(patch).length === 0)
          throw new ApiError(
            422,
            'invalid',
            'send at least one of title, category, description or visibility',
          );
        await updateFinding(deps.db, user.orgId, id, patch);
        await audit(deps.db, user, 'finding_update', id, { fields: Object.keys(patch) });
        return c.json(await findingDetail(deps, user.orgId, id), 200);
      },
    ),

    secured(
      {
        method: 'delete',
        path: '/api/findings/{id}',
        access: ROLES_ADMIN,
        summary: 'Delete a finding (admins; soft and audited: it is then not found for everyone)',
        request: { params: IdParam },
        responses: {
          200: json(z.object({ id: z.uuid(), deleted: z.literal(true) }), 'Deleted'),
        },
      },
      async (c) => {
        const user = signedIn(c);
        const { db } = c.get('deps');
        const id = c.req.valid('param').id;
        await softDeleteFinding(db, user.orgId, id, user.userId);
        await audit(db, user, 'finding_delete', id);
        return c.json({ id, deleted: true as const }, 200);
      },
    ),

    secured(
      {
        method: 'post',
        path: '/api/findings/{id}/notes',
        access: ROLES_DESIGN,
        summary: 'Add a comment or a correction to a finding',
        request: { params: IdParam, ...body(NoteInput) },
        responses: { 201: json(FindingNoteView, 'The note') },
      },
      async (c) => {
        const user = signedIn(c);
        const { db } = c.get('deps');
        const id = c.req.valid('param').id;
        const input = c.req.valid('json');
        const noteId = await insertNote(db, user, id, input);
        await audit(db, user, 'finding_note', id, { kind: input.kind });
        const note = (await findingNotesOf(db, user.orgId, id)).find((n) => n.id === noteId);
        if (!note) throw new Error('note not found after insert');
        return c.json(note, 201);
      },
    ),

    secured(
      {
        method: 'post',
        path: '/api/findings/{id}/actions',
        access: ROLES_DESIGN,
        summary: 'Add an action to a finding: the duty-bearer, the ask, the owner, the due date and level',
        request: { params: IdParam, ...body(ActionInput) },
        responses: { 201: json(ActionView, 'The action') },
      },
      async (c) => {
        const user = signedIn(c);
        const deps = c.get('deps');
        const findingId = c.req.valid('param').id;
        const input = c.req.valid('json');
        const id = await insertAction(deps.db, user, findingId, input);
        await audit(deps.db, user, 'action_create', id, { findingId, level: input.level });
        const [view] = await actionViews(deps, user.orgId, [await actionRow(deps.db, user.orgId, id)], {
          history: true,
        });
        return c.json(view, 201);
      },
    ),
  ] as const;
}
