import { z } from '@hono/zod-openapi';
import { type Section, SubmissionPage, type SurveyDefinition } from '@kolo/schema';
import type { Context } from 'hono';
import { audit } from '../audit.ts';
import type { AppEnv } from '../context.ts';
import { ApiError } from '../errors.ts';
import { pickAnswers, versionAllowLists } from '../export/answer-policy.ts';
import { repeatSections } from '../export/columns.ts';
import { CONFIRMATION_TTL_MS, exportConfirmations } from '../export/confirmations.ts';
import { submissionPage } from '../export/rows-source.ts';
import { crossSiteProblem } from '../export/same-origin.ts';
import { guardExport } from '../export/stream-failure.ts';
import { csvExport, csvRepeatExport } from '../export/write-export.ts';
import { xlsxExport } from '../export/xlsx-export.ts';
import { assertDayOrder, SurveyDay } from '../query-dates.ts';
import { readDatabase } from '../replica-reads.ts';
import { json, ROLES_READ_ROWS, type Routes, secured, signedIn } from '../route-kit.ts';
import { latestSurvey } from '../survey-store.ts';

const Day = SurveyDay;
const Flag = z.enum(['true', 'false']).transform((v) => v === 'true');
const RowsQuery = z.strictObject({
  from: Day.optional(),
  to: Day.optional(),
  siteId: z.uuid().optional(),
  includeSensitive: Flag.optional(),
  labels: z
    .string()
    .regex(/^(code|[a-z]{2,3})$/, 'labels is "code" or a locale such as "uk"')
    .optional(),
});
const ExportQuery = RowsQuery.extend({
  repeat: z
    .string()
    .regex(/^[a-z][a-z0-9_]{0,62}$/, "repeat is the id of one of the survey's repeat sections")
    .optional()
    .openapi({
      description:
        "CSV only: that repeat section's instances, one line each (_submission_id, _index from 1, then its questions), instead of the submissions. The XLSX workbook has a sheet per repeat section.",
    }),
  confirm: z
    .string()
    .regex(/^[\w-]{43}$/, 'confirm is the token POST /api/surveys/{id}/export-confirmation gave')
    .optional(),
});
const ExportFormat = z.enum(['csv', 'xlsx'], 'format is "csv" or "xlsx"');
const PageQuery = RowsQuery.extend({
  page: z.coerce.number().int().min(1).max(1_000_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});

function rowsFilter(orgId: string, surveyId: string, q: z.infer<typeof RowsQuery>) {
  assertDayOrder(q);
  return { orgId, surveyId, from: q.from, to: q.to, siteIds: q.siteId ? [q.siteId] : undefined };
}

async function exportRoute(c: Context<AppEnv>, format: 'csv' | 'xlsx') {
  const user = signedIn(c);
  const { db } = c.get('deps');
  const id = c.req.param('id') ?? '';
  const parsed = ExportQuery.safeParse(c.req.query());
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ApiError(422, 'invalid', `${issue?.path.join('.') ?? 'query'}: ${issue?.message ?? 'invalid'}`);
  }
  const { confirm, repeat, ...q } = parsed.data;
  if (repeat !== undefined && format === 'xlsx')
    throw new ApiError(
      422,
      'invalid',
      `repeat: the XLSX workbook already has a sheet for each repeat section; use export.csv?repeat=${repeat} for one section as CSV`,
    );
  if (q.includeSensitive === true) {
    // a link on another site opens this GET with the staff member's cookie: refuse it unless the
    // dashboard asked for a confirmation first (same-origin POST), and never from another site
    const howToAsk =
      `POST /api/surveys/${id}/export-confirmation with {"format":"${format}"} from the kolo dashboard, ` +
      `then open this address with &confirm=<token> within ${CONFIRMATION_TTL_MS / 1000} seconds (each token works once)`;
    const problem = crossSiteProblem(c);
    if (problem)
      throw new ApiError(403, 'forbidden', `sensitive export refused: ${problem}. Ask with ${howToAsk}`);
    const grant = { userId: user.userId, orgId: user.orgId, surveyId: id, format };
    if (!confirm || !(await exportConfirmations(c.get('deps')).redeem(confirm, grant)))
      throw new ApiError(403, 'forbidden', `a sensitive export needs a fresh confirmation: ${howToAsk}`);
  }
  const definition = await latestSurvey(db, user.orgId, id);
  const section = repeat === undefined ? undefined : repeatSectionNamed(definition, repeat);
  const options = { labels: q.labels ?? 'code', includeSensitive: q.includeSensitive === true };
  await audit(db, user, options.includeSensitive ? 'export_sensitive' : 'export', id, {
    format,
    ...rowsFilter(user.orgId, id, q),
    labels: options.labels,
    ...(section ? { repeat: section.id } : {}),
  });
  const filter = rowsFilter(user.orgId, id, q);
  const reads = await readDatabase(c.get('deps'));
  const source = section
    ? csvRepeatExport(reads, definition, section, filter, options)
    : format === 'csv'
      ? csvExport(reads, definition, filter, options)
      : xlsxExport(reads, definition, filter, options);
  // node's response, when @hono/node-server serves: cut on a failure instead of erroring the stream
  const outgoing = (c.env as { outgoing?: { destroy(): void } } | undefined)?.outgoing;
  const stream = guardExport(source, {
    log: c.get('deps').log.error,
    what: `survey ${id} as ${format}`,
    abort: outgoing ? () => outgoing.destroy() : undefined,
  });
  const stamp = new Date().toISOString().slice(0, 10);
  return new Response(stream, {
    headers: {
      'Content-Type':
        format === 'csv'
          ? 'text/csv; charset=utf-8'
          : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': `attachment; filename="${id}${section ? `-${section.id}` : ''}-${stamp}.${format}"`,
      'Cache-Control': 'no-store',
    },
  });
}

/** The repeat section `?repeat=` names, or a 422 saying which the survey has. */
function repeatSectionNamed(definition: SurveyDefinition, id: string): Section {
  const sections = repeatSections(definition);
  const found = sections.find((s) => s.id === id);
  if (found) return found;
  const have =
    sections.length === 0
      ? `survey ${definition.id} has no repeat sections`
      : `the repeat sections of survey ${definition.id} are ${sections.map((s) => s.id).join(', ')}`;
  throw new ApiError(422, 'invalid', `repeat: ${id} is not a repeat section of this survey; ${have}`);
}

/** The rows routes, typed for the OpenAPI document and the hono client. */
export function rowsRoutes() {
  return [
    secured(
      {
        method: 'get',
        path: '/api/surveys/{id}/submissions',
        access: ROLES_READ_ROWS,
        summary: 'Submissions, paged (sensitive answers only on an explicit, audited request)',
        request: { params: z.object({ id: z.string().max(64) }), query: PageQuery },
        responses: {
          200: json(SubmissionPage, 'A page of submissions'),
        },
      },
      async (c) => {
        const user = signedIn(c);
        const { db } = c.get('deps');
        const id = c.req.valid('param').id;
        const q = c.req.valid('query');
        const includeSensitive = q.includeSensitive === true;
        const problem = includeSensitive ? crossSiteProblem(c) : null;
        if (problem) throw new ApiError(403, 'forbidden', `sensitive rows refused: ${problem}`);
        // a 404 for a survey the organization has not published
        await latestSurvey(db, user.orgId, id);
        const allowList = await versionAllowLists(db, user.orgId, id, includeSensitive);
        const rows = await submissionPage(
          await readDatabase(c.get('deps')),
          rowsFilter(user.orgId, id, q),
          (q.page - 1) * q.pageSize,
          q.pageSize,
        );
        await audit(db, user, 'read_rows', id, { page: q.page, pageSize: q.pageSize, includeSensitive });
        return c.json(
          {
            page: q.page,
            pageSize: q.pageSize,
            rows: rows.map((r) => ({
              ...r,
              collectedAt: r.collectedAt.toISOString(),
              receivedAt: r.receivedAt.toISOString(),
              // each row by its own version's allow-list, never "all but the latest's sensitive keys"
              answers: pickAnswers(r.answers, allowList(r.version)),
            })),
          },
          200,
        );
      },
    ),
    secured(
      {
        method: 'post',
        path: '/api/surveys/{id}/export-confirmation',
        access: ROLES_READ_ROWS,
        summary: `A one-time confirmation for a sensitive export, valid ${CONFIRMATION_TTL_MS / 1000} s (same-origin only)`,
        request: {
          params: z.object({ id: z.string().max(64) }),
          body: {
            content: { 'application/json': { schema: z.strictObject({ format: ExportFormat }) } },
            required: true,
          },
        },
        responses: {
          201: json(
            z.object({ token: z.string(), expiresAt: z.string() }),
            'Open export.<format>?includeSensitive=true&confirm=<token> before expiresAt',
          ),
        },
      },
      async (c) => {
        const user = signedIn(c);
        const problem = crossSiteProblem(c);
        if (problem) throw new ApiError(403, 'forbidden', `confirmation refused: ${problem}`);
        const id = c.req.valid('param').id;
        await latestSurvey(c.get('deps').db, user.orgId, id);
        const { token, expiresAt } = await exportConfirmations(c.get('deps')).issue({
          userId: user.userId,
          orgId: user.orgId,
          surveyId: id,
          format: c.req.valid('json').format,
        });
        return c.json({ token, expiresAt: expiresAt.toISOString() }, 201);
      },
    ),
  ] as const;
}

/** Streamed exports, outside the OpenAPI routes but behind the same guard and in the route table. */
export function registerExportRoutes(routes: Routes) {
  routes.raw('GET', '/api/surveys/:id/export.csv', ROLES_READ_ROWS, (c) => exportRoute(c, 'csv'), {
    ...exportDoc(
      "CSV (UTF-8 with BOM, formulas neutralised; with ?repeat=<section id>, that repeat section's instances)",
    ),
    responses: {
      200: {
        description: 'The submissions as CSV, streamed',
        content: { 'text/csv': { schema: z.string() } },
      },
    },
  });
  routes.raw('GET', '/api/surveys/:id/export.xlsx', ROLES_READ_ROWS, (c) => exportRoute(c, 'xlsx'), {
    ...exportDoc(
      "an Excel workbook (split into sheets past Excel's row limit; a sheet per repeat section, linked by _submission_id)",
    ),
    responses: {
      200: {
        description: 'The submissions as an XLSX workbook, streamed',
        content: { [XLSX_TYPE]: { schema: z.string().openapi({ format: 'binary' }) } },
      },
    },
  });
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The OpenAPI description shared by the two streamed exports. */
function exportDoc(what: string) {
  return {
    summary: `Export the submissions as ${what}; sensitive fields only with a confirmation`,
    request: { params: z.object({ id: z.string().max(64) }), query: ExportQuery },
  };
}
