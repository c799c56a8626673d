import { z } from '@hono/zod-openapi';
import { DraftSaved, LookupName, LookupTable } from '@kolo/schema';
import type { Context } from 'hono';
import type { AppEnv } from '../context.ts';
import { ApiError, notFound } from '../errors.ts';
import { type LookupLineProblem, LookupRefusedError } from '../lookups/refusal.ts';
import { attachLookup, type LookupSource, lookupTable, removeLookup } from '../lookups/store.ts';
import {
  checkedLookupName,
  type LookupUpload,
  lookupNameOf,
  readLookupUpload,
  refuseBinary,
} from '../lookups/upload.ts';
import { ErrorSchema, json, ROLES_DESIGN, secured, signedIn } from '../route-kit.ts';
import { SurveyId, surveyRow } from '../survey-store.ts';

/** A draft after a table was attached: its problems, and the table as stored. */
const LookupSaved = DraftSaved.extend({
  name: LookupName,
  table: LookupTable,
  /** A table of this name was there before and is replaced. */
  replaced: z.boolean(),
});
const TableParams = z.object({ id: SurveyId, name: z.string().max(200) });
const SourceQuery = z.strictObject({
  version: z.coerce.number().int().min(1).max(1_000_000).optional(),
  draft: z.enum(['true', 'false']).optional(),
});

const UPLOAD_BODY = {
  content: {
    'text/csv': {
      schema: { type: 'string' as const, description: 'The table as CSV (UTF-8, header first)' },
    },
    'multipart/form-data': {
      schema: {
        type: 'object' as const,
        required: ['file'],
        properties: {
          file: {
            type: 'string' as const,
            format: 'binary',
            description: 'The CSV file (UTF-8, header first)',
          },
        },
      },
    },
  },
  required: true,
};

const REFUSALS = {
  404: json(ErrorSchema, 'No such survey in your organization'),
  413: json(ErrorSchema, 'The file is over the body limit'),
  415: json(ErrorSchema, 'The body is neither text/csv nor multipart/form-data'),
  422: json(
    ErrorSchema,
    'The table cannot be used: `problem` says why (one of LOOKUP_PROBLEMS), `lines` where, `cap` the limit',
  ),
};

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The refusal of a CSV the reader of @kolo/xlsform found problems in: by where they are. */
function csvRefusal(name: string, lines: readonly LookupLineProblem[]): LookupRefusedError {
  const first = lines[0];
  const problem = first?.line === undefined ? 'csv' : first.line === 1 ? 'csv_header' : 'csv_rows';
  const where = first?.line === undefined ? '' : `line ${first.line}: `;
  return new LookupRefusedError(problem, `${name}.csv: ${where}${first?.message ?? 'not a CSV table'}`, {
    lines: lines.slice(0, 20),
  });
}

/** Read, check and parse an uploaded table; refusals become 422s the dashboard can word. */
async function parsedUpload(upload: LookupUpload, name: string) {
  refuseBinary(upload.bytes);
  let text: string;
  try {
    text = UTF8.decode(upload.bytes);
  } catch {
    throw new LookupRefusedError(
      'not_utf8',
      `${name}.csv is not UTF-8 text: in Excel, save it with "Save as" and the type "CSV UTF-8 (comma delimited)"`,
    );
  }
  if (text.trim() === '')
    throw new LookupRefusedError('empty', `${name}.csv is empty: its first line names the columns`);
  // loaded on first use: the spreadsheet library stays out of the server's start
  const { parseLookupCsv } = await import('@kolo/xlsform');
  const parsed = parseLookupCsv(text, name);
  if ('errors' in parsed) throw csvRefusal(name, parsed.errors);
  return parsed.table;
}

async function attach(c: Context<AppEnv>, id: string, name: string, upload: LookupUpload) {
  const { db } = c.get('deps');
  const table = await parsedUpload(upload, name);
  const saved = await attachLookup(db, signedIn(c), id, name, table);
  if (!saved) throw notFound(`survey "${id}"`);
  return { ...saved, name, table };
}

/** 404 for a survey the caller's organization does not have, before its upload is read. */
async function requireSurvey(c: Context<AppEnv>, id: string): Promise<void> {
  if (!(await surveyRow(c.get('deps').db, signedIn(c).orgId, id))) throw notFound(`survey "${id}"`);
}

/** Answer a refused upload as a 422 carrying its problem code, lines and cap. */
async function refusing<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof LookupRefusedError)
      throw new ApiError(422, 'invalid', error.message, { problem: error.problem, ...error.details });
    throw error;
  }
}

/**
 * Lookup tables (XLSForm form media CSV, read by `pulldata()`) on a survey's draft: attach from a
 * CSV upload, replace, remove, and download as CSV from the draft or a published version.
 */
export function surveyLookupRoutes() {
  return [
    secured(
      {
        method: 'post',
        path: '/api/surveys/{id}/draft/lookups',
        access: ROLES_DESIGN,
        summary:
          "Attach a lookup table to the draft from a CSV file (multipart); its name is the file's name without .csv",
        request: { params: z.object({ id: SurveyId }), body: UPLOAD_BODY },
        responses: { 200: json(LookupSaved, 'Attached (or replaced), with the draft problems'), ...REFUSALS },
      },
      async (c) => {
        const { id } = c.req.valid('param');
        const saved = await refusing(async () => {
          await requireSurvey(c, id);
          const upload = await readLookupUpload(c);
          if (upload.fileName === undefined)
            throw new LookupRefusedError(
              'bad_name',
              'a text/csv body has no file name: send it to PUT /api/surveys/{id}/draft/lookups/{name}',
            );
          return attach(c, id, lookupNameOf(upload.fileName), upload);
        });
        return c.json(saved, 200);
      },
    ),

    secured(
      {
        method: 'put',
        path: '/api/surveys/{id}/draft/lookups/{name}',
        access: ROLES_DESIGN,
        summary: 'Attach or replace the named lookup table of the draft from CSV (text/csv or multipart)',
        request: { params: TableParams, body: UPLOAD_BODY },
        responses: { 200: json(LookupSaved, 'Attached (or replaced), with the draft problems'), ...REFUSALS },
      },
      async (c) => {
        const { id, name } = c.req.valid('param');
        const saved = await refusing(async () => {
          await requireSurvey(c, id);
          return attach(c, id, checkedLookupName(name), await readLookupUpload(c));
        });
        return c.json(saved, 200);
      },
    ),

    secured(
      {
        method: 'delete',
        path: '/api/surveys/{id}/draft/lookups/{name}',
        access: ROLES_DESIGN,
        summary: 'Remove a lookup table from the draft',
        request: { params: TableParams },
        responses: { 200: json(DraftSaved, 'Removed, with the draft problems') },
      },
      async (c) => {
        const { db } = c.get('deps');
        const { id, name } = c.req.valid('param');
        const removed = await removeLookup(db, signedIn(c), id, name);
        if (!removed) throw notFound(`lookup table "${name}" of survey "${id}"`);
        return c.json(removed, 200);
      },
    ),

    secured(
      {
        method: 'get',
        path: '/api/surveys/{id}/lookups/{name}',
        access: ROLES_DESIGN,
        summary:
          'A lookup table as CSV, from the latest published version, a version, or the draft (draft=true)',
        request: { params: TableParams, query: SourceQuery },
        responses: {
          200: {
            description: 'The table as CSV (UTF-8), the form media file XLSForm tools expect',
            content: { 'text/csv': { schema: { type: 'string' } } },
          },
        },
      },
      async (c) => {
        const { db } = c.get('deps');
        const { id, name } = c.req.valid('param');
        const query = c.req.valid('query');
        if (!LookupName.safeParse(name).success) throw notFound(`lookup table "${name}" of survey "${id}"`);
        if (query.draft === 'true' && query.version !== undefined)
          throw new ApiError(422, 'invalid', 'give either version or draft=true, not both');
        const source: LookupSource =
          query.draft === 'true' ? { draft: true } : { version: query.version ?? 'latest' };
        const table = await lookupTable(db, signedIn(c).orgId, id, name, source);
        if (!table) throw notFound(`lookup table "${name}" of survey "${id}"`);
        const { lookupCsv } = await import('@kolo/xlsform');
        return new Response(lookupCsv(table), {
          status: 200,
          headers: {
            'Content-Type': 'text/csv; charset=utf-8',
            'Content-Disposition': `attachment; filename="${name}.csv"`,
          },
        });
      },
    ),
  ] as const;
}
