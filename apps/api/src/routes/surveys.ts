import { z } from '@hono/zod-openapi';
import {
  DraftAnswer,
  DraftSaved,
  LibraryList,
  Published,
  type SurveyDefinition,
  SurveyList,
  SurveyVersionAnswer,
  VersionHistory,
} from '@kolo/schema';
import { library } from '@kolo/surveys';
import { ApiError, notFound } from '../errors.ts';
import { withKeptLookups } from '../lookups/store.ts';
import { ErrorSchema, json, ROLES_DESIGN, secured, signedIn } from '../route-kit.ts';
import { summarizeChanges } from '../survey-changes.ts';
import {
  checked,
  createDraft,
  latestSurvey,
  publishVersion,
  SurveyId,
  saveDraft,
  surveyRow,
  surveysOf,
  surveyVersion,
  versionHistory,
} from '../survey-store.ts';
import { publishedSurveysRoute } from './surveys-published.ts';

const IdParams = z.object({ id: SurveyId });
const DefinitionBody = z.strictObject({
  definition: z
    .record(z.string(), z.unknown())
    .openapi({ description: 'A survey definition (see the schema package)' }),
});

/** The surveys routes, typed for the OpenAPI document and the hono client. */
export function surveyRoutes() {
  return [
    secured(
      {
        method: 'get',
        path: '/api/surveys',
        access: 'signed_in',
        summary: 'Published surveys of the organization (and drafts, for staff)',
        responses: { 200: json(SurveyList, 'Surveys') },
      },
      async (c) => {
        const { db } = c.get('deps');
        const user = signedIn(c);
        const rows = await surveysOf(db, user.orgId);
        const designer = ROLES_DESIGN.includes(user.role);
        const list = [];
        for (const row of rows) {
          if (row.latestVersion === null && !designer) continue;
          const definition =
            row.latestVersion === null
              ? undefined
              : await surveyVersion(db, user.orgId, row.id, row.latestVersion);
          const draft = row.draft as { title?: unknown } | null;
          list.push({
            id: row.id,
            version: row.latestVersion,
            title: definition?.title ?? draft?.title ?? {},
            locales: definition?.locales ?? [],
            hasDraft: designer ? row.draft !== null : undefined,
            updatedAt: row.updatedAt.toISOString(),
          });
        }
        return c.json({ surveys: list }, 200);
      },
    ),

    publishedSurveysRoute(),

    secured(
      {
        method: 'get',
        path: '/api/library',
        access: ROLES_DESIGN,
        summary: "kolo's library of CLM surveys, to start a new survey from",
        responses: { 200: json(LibraryList, 'Library surveys') },
      },
      (c) => c.json({ surveys: library.map((definition) => ({ id: definition.id, definition })) }, 200),
    ),

    secured(
      {
        method: 'get',
        path: '/api/surveys/{id}',
        access: 'signed_in',
        summary: 'The latest published version of a survey',
        request: { params: IdParams },
        responses: { 200: json(SurveyVersionAnswer, 'The survey definition') },
      },
      async (c) => {
        const { db } = c.get('deps');
        const user = signedIn(c);
        const definition = await latestSurvey(db, user.orgId, c.req.valid('param').id);
        return c.json({ id: definition.id, version: definition.version, definition }, 200);
      },
    ),

    secured(
      {
        method: 'get',
        path: '/api/surveys/{id}/versions',
        access: 'signed_in',
        summary: 'Version history with change summaries',
        request: { params: IdParams },
        responses: { 200: json(VersionHistory, 'Versions') },
      },
      async (c) => {
        const { db } = c.get('deps');
        const user = signedIn(c);
        const rows = await versionHistory(db, user.orgId, c.req.valid('param').id);
        if (rows.length === 0) throw notFound(`survey "${c.req.valid('param').id}"`);
        return c.json(
          { versions: rows.map((r) => ({ ...r, publishedAt: r.publishedAt.toISOString() })) },
          200,
        );
      },
    ),

    secured(
      {
        method: 'get',
        path: '/api/surveys/{id}/versions/{version}',
        access: 'signed_in',
        summary: 'One published version of a survey',
        request: {
          params: z.object({ id: SurveyId, version: z.coerce.number().int().min(1).max(1_000_000) }),
        },
        responses: { 200: json(SurveyVersionAnswer, 'The survey definition') },
      },
      async (c) => {
        const { db } = c.get('deps');
        const user = signedIn(c);
        const { id, version } = c.req.valid('param');
        const definition = await surveyVersion(db, user.orgId, id, version);
        if (!definition) throw notFound(`version ${version} of survey "${id}"`);
        return c.json({ id, version, definition }, 200);
      },
    ),

    secured(
      {
        method: 'get',
        path: '/api/surveys/{id}/draft',
        access: ROLES_DESIGN,
        summary: 'The working draft with its errors and lint warnings',
        request: { params: IdParams },
        responses: { 200: json(DraftAnswer, 'The draft') },
      },
      async (c) => {
        const { db } = c.get('deps');
        const user = signedIn(c);
        const id = c.req.valid('param').id;
        const row = await surveyRow(db, user.orgId, id);
        if (!row) throw notFound(`survey "${id}"`);
        const definition =
          row.draft ??
          (row.latestVersion ? await surveyVersion(db, user.orgId, id, row.latestVersion) : null);
        const { errors, warnings } = checked(definition);
        return c.json({ id, definition, errors, warnings, basedOn: row.latestVersion }, 200);
      },
    ),

    secured(
      {
        method: 'post',
        path: '/api/surveys',
        access: ROLES_DESIGN,
        summary:
          'Create a survey as a draft (errors and warnings come back; publishing is refused while errors remain)',
        request: { body: { content: { 'application/json': { schema: DefinitionBody } }, required: true } },
        responses: {
          201: json(DraftSaved, 'Draft created'),
          409: json(ErrorSchema, 'A survey with this id exists'),
        },
      },
      async (c) => {
        const { db } = c.get('deps');
        const created = await createDraft(db, signedIn(c), c.req.valid('json').definition);
        return c.json(created, 201);
      },
    ),

    secured(
      {
        method: 'put',
        path: '/api/surveys/{id}/draft',
        access: ROLES_DESIGN,
        summary:
          'Save the working draft (a definition sent without `lookups` keeps the lookup tables the draft carries)',
        request: {
          params: IdParams,
          body: { content: { 'application/json': { schema: DefinitionBody } }, required: true },
        },
        responses: { 200: json(DraftSaved, 'Saved, with errors and warnings') },
      },
      async (c) => {
        const { db } = c.get('deps');
        const user = signedIn(c);
        const id = c.req.valid('param').id;
        const sent = c.req.valid('json').definition;
        if (sent.id !== id) throw new ApiError(422, 'invalid', `definition.id must be "${id}"`);
        // a draft sent without `lookups` keeps its tables (attached through /draft/lookups)
        const definition = await withKeptLookups(db, user.orgId, id, sent);
        if (!(await saveDraft(db, user.orgId, id, definition))) throw notFound(`survey "${id}"`);
        const { errors, warnings } = checked(definition);
        return c.json({ id, errors, warnings }, 200);
      },
    ),

    secured(
      {
        method: 'post',
        path: '/api/surveys/{id}/publish',
        access: ROLES_DESIGN,
        summary: 'Publish the draft as a new immutable version',
        request: {
          params: IdParams,
          body: {
            content: {
              'application/json': { schema: z.strictObject({ note: z.string().max(2000).optional() }) },
            },
            required: false,
          },
        },
        responses: { 201: json(Published, 'Published') },
      },
      async (c) => {
        const { db } = c.get('deps');
        const user = signedIn(c);
        const id = c.req.valid('param').id;
        const note = (c.req.valid('json') as { note?: string } | undefined)?.note;
        const row = await surveyRow(db, user.orgId, id);
        if (!row) throw notFound(`survey "${id}"`);
        if (row.draft === null) throw new ApiError(409, 'conflict', 'there is no draft to publish');
        const previous = row.latestVersion
          ? await surveyVersion(db, user.orgId, id, row.latestVersion)
          : undefined;
        const { errors, survey } = checked({
          ...(row.draft as object),
          version: (row.latestVersion ?? 0) + 1,
        });
        if (!survey)
          throw new ApiError(
            422,
            'invalid',
            `the draft has ${errors.length} error(s); fix them before publishing`,
            { errors },
          );
        const changes = summarizeChanges(previous, survey, note);
        const stored: SurveyDefinition = await publishVersion(
          db,
          user.orgId,
          survey,
          user.userId,
          changes,
          true,
        );
        return c.json({ id, version: stored.version, changes }, 201);
      },
    ),
  ] as const;
}
