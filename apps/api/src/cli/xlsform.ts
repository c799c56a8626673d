import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { type Db, organizations, surveys } from '@kolo/db';
import { formatSurveyErrors, LOOKUP_MAX_TABLES, parseSurvey, type SurveyDefinition } from '@kolo/schema';
import { type ConversionNote, exportXlsForm } from '@kolo/xlsform';
import { and, eq } from 'drizzle-orm';
import { ApiError } from '../errors.ts';
import { createDraft, latestSurvey, surveyVersion } from '../survey-store.ts';
import { ImportRefusedError, ImportsBusyError, importInWorker } from '../xlsform-worker/index.ts';
import { type Command, numberFlag, parseCommandArgs } from './args.ts';
import { withDatabase } from './database.ts';
import { type CliIo, failure, resolvePath, say, usageError } from './io.ts';

const IMPORT = 'xlsform import';
const EXPORT = 'xlsform export';

/** The organization by slug, or the only one there is. */
async function organization(db: Db, command: string, slug: string | undefined) {
  const orgs = await db
    .select({ id: organizations.id, slug: organizations.slug })
    .from(organizations)
    .orderBy(organizations.slug);
  const org = slug === undefined && orgs.length === 1 ? orgs[0] : orgs.find((o) => o.slug === slug);
  if (org) return org;
  if (orgs.length === 0)
    throw failure('the database has no organization: create one with "pnpm kolo user create"');
  const known = orgs.map((o) => o.slug).join(', ');
  throw slug === undefined
    ? usageError(`${command}: there are several organizations: give --org SLUG (${known})`)
    : failure(`no organization "${slug}" (there are: ${known})`);
}

async function readInput(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (error) {
    throw failure(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? 'unreadable'}`, error);
  }
}

/** One report line: `error   survey row 12, relevant: message`. */
export function formatNote(note: ConversionNote): string {
  const where = [
    note.sheet === '' ? 'file' : `${note.sheet}${note.row !== undefined ? ` row ${note.row}` : ''}`,
    note.column,
  ]
    .filter(Boolean)
    .join(', ');
  return `  ${note.severity.padEnd(7)} ${where}: ${note.message}`;
}

function printReport(io: CliIo, notes: readonly ConversionNote[]): void {
  const errors = notes.filter((n) => n.severity === 'error').length;
  say(
    io,
    `conversion: ${errors} error(s) (dropped or not converted), ${notes.length - errors} warning(s) (converted with a caveat)`,
  );
  for (const note of notes) say(io, formatNote(note));
}

/** An API refusal (409, 422, 404) as a one-line command failure. */
async function asCommand<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ApiError) throw failure(error.message, error);
    throw error;
  }
}

/** `pnpm kolo xlsform import`: an XLSForm workbook as a survey draft, with the conversion report. */
export const xlsformImportCommand: Command = {
  name: IMPORT,
  summary: 'Create a survey draft from an XLSForm workbook (.xlsx) and print what could not be converted',
  usage: `Usage: pnpm kolo xlsform import FILE.xlsx [MEDIA.csv ...] [--id SURVEY-ID] [--org SLUG]

Read an XLSForm (Kobo, ODK) workbook and store it as a survey draft for staff to finish in the
builder. CSV files named after it are its form media: sampleList.csv becomes the lookup table
pulldata('sampleList', ...) reads. Everything that could not be converted is listed with its
sheet, row and column. The creation is written to the audit log.

Options:
  --id ID      the survey id (default: the form_id of the settings sheet)
  --org SLUG   the organization (may be left out when there is exactly one)`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(
      IMPORT,
      argv,
      { id: { type: 'string' }, org: { type: 'string' } },
      { min: 1, max: 1 + LOOKUP_MAX_TABLES },
    );
    const [workbook, ...mediaPaths] = positionals.map((p) => resolvePath(io, p));
    const path = workbook as string;
    const bytes = await readInput(path);
    const media: Record<string, Uint8Array> = {};
    for (const file of mediaPaths) {
      if (Object.hasOwn(media, basename(file)))
        throw usageError(`${IMPORT}: ${basename(file)} is given twice`);
      media[basename(file)] = await readInput(file);
    }
    await withDatabase(io, async ({ database, config }) => {
      let imported: Awaited<ReturnType<typeof importInWorker>>;
      try {
        // the same bounded worker as the API: a hostile file cannot take the machine's memory
        imported = await importInWorker(bytes, { timeoutMs: config.xlsformTimeoutMs, media });
      } catch (error) {
        if (error instanceof ImportRefusedError || error instanceof ImportsBusyError)
          throw failure(`cannot import ${basename(path)}: ${error.message}`, error);
        throw error;
      }
      const definition = { ...imported.definition, id: values.id ?? imported.definition.id };
      const org = await organization(database.db, IMPORT, values.org);
      const created = await asCommand(() =>
        createDraft(
          database.db,
          { orgId: org.id, userId: null },
          definition,
          (id) => `a survey "${id}" already exists in "${org.slug}": give another id with --id`,
        ),
      );
      say(io, `draft "${created.id}" created in "${org.slug}" from ${basename(path)}`);
      printReport(io, imported.notes);
      if (created.errors.length > 0) {
        say(io, `to fix in the builder before publishing: ${created.errors.length} error(s)`);
        say(io, formatSurveyErrors(created.errors).replace(/^/gm, '  '));
      } else say(io, 'the draft has no errors: it can be published');
    });
  },
};

async function exported(db: Db, orgId: string, id: string, version: number | undefined, draft: boolean) {
  if (!draft)
    return version === undefined
      ? asCommand(() => latestSurvey(db, orgId, id))
      : ((await surveyVersion(db, orgId, id, version)) ??
          Promise.reject(failure(`survey "${id}" has no version ${version}`)));
  const [row] = await db
    .select({ draft: surveys.draft, latestVersion: surveys.latestVersion })
    .from(surveys)
    .where(and(eq(surveys.orgId, orgId), eq(surveys.id, id)));
  if (!row?.draft) throw failure(`survey "${id}" has no draft`);
  const parsed = parseSurvey({ ...(row.draft as object), version: (row.latestVersion ?? 0) + 1 });
  if (!parsed.success)
    throw failure(`the draft of "${id}" has errors; fix them first:\n${formatSurveyErrors(parsed.errors)}`);
  return parsed.survey;
}

/** `pnpm kolo xlsform export`: a survey as an XLSForm workbook. */
export const xlsformExportCommand: Command = {
  name: EXPORT,
  summary: 'Write a survey as an XLSForm workbook (.xlsx) for Kobo, ODK or a translator',
  usage: `Usage: pnpm kolo xlsform export SURVEY-ID [--version N | --draft] [--out FILE] [--org SLUG]

Write the latest published version of a survey (or --version N, or the --draft) as an XLSForm
workbook. kolo's own settings (sensitive questions, indicators, ...) travel in kolo_* columns and
a "kolo" sheet, which Kobo and ODK ignore, so importing the file gives the survey back.

Options:
  --version N  a published version (default: the latest)
  --draft      the working draft (it must have no errors)
  --out FILE   where to write (default: SURVEY-ID-vN.xlsx)
  --org SLUG   the organization (may be left out when there is exactly one)`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(
      EXPORT,
      argv,
      {
        version: { type: 'string' },
        draft: { type: 'boolean' },
        out: { type: 'string' },
        org: { type: 'string' },
      },
      { min: 1, max: 1 },
    );
    const id = positionals[0] as string;
    if (values.draft && values.version !== undefined)
      throw usageError(`${EXPORT}: give --version or --draft, not both`);
    const version =
      values.version === undefined
        ? undefined
        : numberFlag(EXPORT, 'version', values.version, {
            min: 1,
            max: 1_000_000,
            integer: true,
            fallback: 1,
          });
    await withDatabase(io, async ({ database }) => {
      const org = await organization(database.db, EXPORT, values.org);
      const definition: SurveyDefinition = await exported(
        database.db,
        org.id,
        id,
        version,
        values.draft === true,
      );
      const out = resolvePath(io, values.out ?? `${definition.id}-v${definition.version}.xlsx`);
      try {
        await writeFile(out, await exportXlsForm(definition));
      } catch (error) {
        throw failure(`cannot write ${out}: ${(error as NodeJS.ErrnoException).code ?? 'failed'}`, error);
      }
      say(io, `wrote ${definition.id} v${definition.version} to ${out}`);
    });
  },
};
