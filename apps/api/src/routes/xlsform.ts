import { z } from '@hono/zod-openapi';
import { surveys } from '@kolo/db';
import { DraftSaved, LOOKUP_MAX_TABLES, type SurveyDefinition } from '@kolo/schema';
import { and, eq } from 'drizzle-orm';
import type { Context } from 'hono';
import { distinctImportTitle } from '../admin/import-title.ts';
import type { AppEnv } from '../context.ts';
import { ApiError, notFound } from '../errors.ts';
import { multipartForm } from '../multipart.ts';
import { ErrorSchema, json, ROLES_DESIGN, secured, signedIn } from '../route-kit.ts';
import { createDraft, latestSurvey, SurveyId, surveyVersion } from '../survey-store.ts';
import {
  ImportRefusedError,
  ImportSlots,
  ImportsBusyError,
  importInWorker,
} from '../xlsform-worker/index.ts';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** Workbook imports of this server: two read at once, four more wait, the rest are told to retry. */
const IMPORT_SLOTS = new ImportSlots();
/** One note of a conversion, where it points in the workbook (see `ConversionNote` in @kolo/xlsform). */
const ImportNote = z.object({
  sheet: z.string(),
  row: z.number().int().optional(),
  column: z.string().optional(),
  severity: z.enum(['error', 'warning']),
  code: z.string(),
  message: z.string(),
});
const Imported = DraftSaved.extend({ report: z.array(ImportNote) });
const ExportQuery = z.strictObject({
  version: z.coerce.number().int().min(1).max(1_000_000).optional(),
  draft: z.enum(['true', 'false']).optional(),
});

/** Most form media files one import takes (CSV tables are kept, other media get a note each). */
const MAX_MEDIA_FILES = 50;

/** The form media files of a multipart body (field "media", repeated), by file name. */
async function readMedia(form: FormData): Promise<Record<string, Uint8Array>> {
  const files = form.getAll('media');
  if (files.length > MAX_MEDIA_FILES)
    throw new ApiError(
      422,
      'invalid',
      `media: send at most ${MAX_MEDIA_FILES} files with a form; a survey carries at most ${LOOKUP_MAX_TABLES} lookup tables`,
    );
  const media: Record<string, Uint8Array> = {};
  for (const file of files) {
    if (typeof file === 'string')
      throw new ApiError(400, 'bad_request', 'the field "media" must be a file, not text');
    const name = file.name.split(/[\\/]/).pop() ?? '';
    if (Object.hasOwn(media, name))
      throw new ApiError(422, 'invalid', `media: "${name.slice(0, 80)}" is sent twice`);
    const bytes = new Uint8Array(await file.arrayBuffer());
    // a NUL is never text, and the draft's jsonb could not store it
    if (/\.csv$/i.test(name) && bytes.includes(0))
      throw new ApiError(
        422,
        'invalid',
        `media: "${name.slice(0, 80)}" is not a text file: save it as "CSV UTF-8 (comma delimited)"`,
      );
    media[name] = bytes;
  }
  return media;
}

/** The uploaded workbook, its form media and the optional survey id from a multipart body; 400/415 when unusable. */
async function readUpload(
  c: Context<AppEnv>,
): Promise<{ bytes: Uint8Array; media: Record<string, Uint8Array>; id: string | undefined }> {
  const type = c.req.header('content-type') ?? '';
  if (!/^multipart\/form-data\b/i.test(type))
    throw new ApiError(
      415,
      'unsupported_media_type',
      'send the workbook as multipart/form-data in the field "file"',
    );
  const form = await multipartForm(c);
  const file = form.get('file');
  if (file === null)
    throw new ApiError(400, 'bad_request', 'send the XLSForm workbook (.xlsx) in the field "file"');
  if (typeof file === 'string')
    throw new ApiError(400, 'bad_request', 'the field "file" must be a file, not text');
  const id = form.get('id');
  if (id !== null && typeof id !== 'string')
    throw new ApiError(400, 'bad_request', 'the field "id" must be text');
  return {
    bytes: new Uint8Array(await file.arrayBuffer()),
    media: await readMedia(form),
    id: id === null || id.trim() === '' ? undefined : id.trim(),
  };
}

/**
 * The workbook to export: a published version, the latest one, or the draft. A draft that still
 * has errors is written too, with a `kolo_problems` sheet (staff fix broken imports in Excel); a
 * survey with no draft gives its latest version, which is what the builder shows.
 */
async function workbookToExport(
  c: Context<AppEnv>,
  id: string,
  query: z.infer<typeof ExportQuery>,
): Promise<{ bytes: Uint8Array<ArrayBuffer>; version: number }> {
  const { db } = c.get('deps');
  const user = signedIn(c);
  const { exportDraftXlsForm, exportXlsForm } = await import('@kolo/xlsform');
  const published = async (definition: SurveyDefinition) => ({
    bytes: await exportXlsForm(definition),
    version: definition.version,
  });
  if (query.draft === 'true') {
    if (query.version !== undefined)
      throw new ApiError(422, 'invalid', 'give either version or draft=true, not both');
    const [row] = await db
      .select({ draft: surveys.draft, latestVersion: surveys.latestVersion })
      .from(surveys)
      .where(and(eq(surveys.orgId, user.orgId), eq(surveys.id, id)));
    if (!row) throw notFound(`survey "${id}"`);
    if (row.draft === null) return published(await latestSurvey(db, user.orgId, id));
    const version = (row.latestVersion ?? 0) + 1;
    try {
      return { bytes: await exportDraftXlsForm(row.draft, { version }), version };
    } catch (error) {
      // the package is loaded lazily (exceljs stays out of the server's start): told by name
      if (error instanceof Error && error.name === 'XlsFormError')
        throw new ApiError(422, 'invalid', error.message);
      throw error;
    }
  }
  if (query.version === undefined) return published(await latestSurvey(db, user.orgId, id));
  const definition = await surveyVersion(db, user.orgId, id, query.version);
  if (!definition) throw notFound(`version ${query.version} of survey "${id}"`);
  return published(definition);
}

/** XLSForm import and export: a workbook in, a draft out; a survey out as a workbook. */
export function xlsformRoutes() {
  return [
    secured(
      {
        method: 'post',
        path: '/api/surveys/import/xlsform',
        access: ROLES_DESIGN,
        summary:
          'Create a survey draft from an XLSForm workbook (.xlsx) and its CSV form media, with a report of what could not be converted',
        request: {
          body: {
            content: {
              'multipart/form-data': {
                schema: {
                  type: 'object',
                  required: ['file'],
                  properties: {
                    file: { type: 'string', format: 'binary', description: 'The XLSForm workbook (.xlsx)' },
                    id: {
                      type: 'string',
                      description:
                        'The survey id, when the form_id is missing, not a kolo id, or already taken',
                    },
                    media: {
                      type: 'array',
                      items: { type: 'string', format: 'binary' },
                      description:
                        "The form's media: the CSV files pulldata() reads (sampleList.csv becomes the lookup table sampleList; other files get a note); at most 50",
                    },
                  },
                },
              },
            },
            required: true,
          },
        },
        responses: {
          201: json(Imported, 'Draft created, with its problems and the conversion report'),
          409: json(ErrorSchema, 'A survey with this id exists: send another id'),
          415: json(ErrorSchema, 'The body is not multipart/form-data'),
          422: json(
            ErrorSchema,
            'The workbook cannot be imported (not an .xlsx, too large, no survey sheet): { report }',
          ),
          503: json(ErrorSchema, 'Other workbooks are being read: retry after the Retry-After seconds'),
        },
      },
      async (c) => {
        const { db, log, config } = c.get('deps');
        const user = signedIn(c);
        const upload = await readUpload(c);
        if (upload.id !== undefined) {
          const id = SurveyId.safeParse(upload.id);
          if (!id.success)
            throw new ApiError(422, 'invalid', `id: ${id.error.issues[0]?.message ?? 'invalid'}`);
        }
        let imported: Awaited<ReturnType<typeof importInWorker>>;
        try {
          // a thread with a heap limit and a timeout, at most two at once: the server stays responsive
          imported = await IMPORT_SLOTS.run(() =>
            importInWorker(upload.bytes, { timeoutMs: config.xlsformTimeoutMs, media: upload.media }),
          );
        } catch (error) {
          if (error instanceof ImportsBusyError) {
            c.header('Retry-After', String(error.retryAfterSeconds));
            throw new ApiError(
              503,
              'rate_limited',
              `the server is reading other workbooks right now; try again in ${error.retryAfterSeconds} s`,
            );
          }
          if (error instanceof ImportRefusedError) {
            if (error.code === 'too_large')
              log.info(`xlsform import refused: ${error.message.replace(/"[^"]*"/g, '"…"')}`);
            throw new ApiError(422, 'invalid', error.message, { report: error.notes });
          }
          // an upload never makes a 500: the reader's own failure is reported as an unreadable workbook
          log.error(`xlsform import failed: ${error instanceof Error ? error.name : typeof error}`);
          throw new ApiError(422, 'invalid', 'the workbook could not be read', { report: [] });
        }
        // a title another survey has already gets "(imported <date>)", so two surveys never look the same
        const title = await distinctImportTitle(db, user.orgId, imported.definition.title);
        const definition = {
          ...imported.definition,
          id: upload.id ?? imported.definition.id,
          ...(title ? { title } : {}),
        };
        const created = await createDraft(
          db,
          user,
          definition,
          (id) =>
            `a survey "${id}" already exists: send another id in the field "id" to import it as a new survey`,
        );
        return c.json({ ...created, report: imported.notes }, 201);
      },
    ),

    secured(
      {
        method: 'get',
        path: '/api/surveys/{id}/xlsform',
        access: ROLES_DESIGN,
        summary:
          'A survey as an XLSForm workbook (.xlsx): the latest published version, a version, or the draft (with a kolo_problems sheet while it has errors; the latest version when there is no draft)',
        request: { params: z.object({ id: SurveyId }), query: ExportQuery },
        responses: {
          200: {
            description: 'The XLSForm workbook',
            content: { [XLSX_TYPE]: { schema: { type: 'string', format: 'binary' } } },
          },
        },
      },
      async (c) => {
        const { id } = c.req.valid('param');
        const { bytes, version } = await workbookToExport(c, id, c.req.valid('query'));
        return new Response(bytes, {
          status: 200,
          headers: {
            'Content-Type': XLSX_TYPE,
            'Content-Disposition': `attachment; filename="${id}-v${version}.xlsx"`,
          },
        });
      },
    ),
  ] as const;
}
