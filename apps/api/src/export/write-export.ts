import type { Db } from '@kolo/db';
import type { Section, SurveyDefinition } from '@kolo/schema';
import { versionAllowLists } from './answer-policy.ts';
import { columnsForVersion, type ExportColumn, type ExportOptions, exportColumns } from './columns.ts';
import { BOM, csvField, csvLine, type ExportCell, quoteField } from './csv-text.ts';
import { repeatSheet } from './repeat-rows.ts';
import { type ExportRow, type RowsFilter, submissionChunks } from './rows-source.ts';

/** The columns every export starts with, before the answers. */
export const FIXED_HEADERS = ['submission_id', 'survey_version', 'site', 'country', 'collected_at', 'locale'];

/**
 * The columns each row may fill, by the row's own survey version (see `answer-policy.ts`): the
 * latest version's columns, with those the row's version does not allow read as empty.
 */
export async function columnsByVersion(
  db: Db,
  filter: RowsFilter,
  columns: readonly ExportColumn[],
  options: ExportOptions,
): Promise<(version: number) => readonly ExportColumn[]> {
  const allowList = await versionAllowLists(db, filter.orgId, filter.surveyId, options.includeSensitive);
  const byVersion = new Map<number, readonly ExportColumn[]>();
  return (version) => {
    let found = byVersion.get(version);
    if (!found) {
      found = columnsForVersion(columns, allowList(version));
      byVersion.set(version, found);
    }
    return found;
  };
}

/**
 * Lines as one piece of UTF-8, each written straight into the buffer: joining a chunk's lines
 * into one string first and encoding that made V8 flatten a string of a thousand parts, the
 * largest single cost of an export (see `xlsx-export.ts`, which writes its XML the same way).
 */
export function utf8Lines<T>(items: readonly T[], line: (item: T) => string): Buffer {
  // a line of a 30-question survey is under 1 KB: most chunks need no second buffer
  let buffer = Buffer.allocUnsafe(Math.max(64 * 1024, items.length * 1024));
  let used = 0;
  for (const item of items) {
    const text = line(item);
    // UTF-8 takes at most 3 bytes for each UTF-16 unit
    const most = text.length * 3;
    if (most > buffer.length - used) {
      const bigger = Buffer.allocUnsafe(Math.max(buffer.length * 2, used + most));
      buffer.copy(bigger, 0, 0, used);
      buffer = bigger;
    }
    used += buffer.write(text, used);
  }
  return buffer.subarray(0, used);
}

/**
 * How much CSV may wait for the client: enough that the database, this process and the client
 * work at the same time, little enough that memory stays flat when the client is slow.
 */
const BUFFERED_BYTES = 4 * 1024 * 1024;

/**
 * A CSV stream of every matching submission (UTF-8 with BOM so spreadsheets read Cyrillic right).
 * Each chunk of rows becomes one piece of text, asked for only when the client has taken the last
 * (`pull`), so memory stays flat on a slow client. Lines are written here rather than by
 * csv-stringify: its per-record work and a stream write per record were a third of the export's
 * time at a million rows; `csv-text.test.ts` checks the output against csv-stringify's.
 */
export function csvExport(
  db: Db,
  definition: SurveyDefinition,
  filter: RowsFilter,
  options: ExportOptions,
): ReadableStream<Uint8Array> {
  const columns = exportColumns(definition, options);
  let chunks: AsyncGenerator<ExportRow[]> | undefined;
  let rowColumns: ((version: number) => readonly ExportColumn[]) | undefined;
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        const header = [...FIXED_HEADERS, ...columns.map((c) => c.header)].map(quoteField).join(',');
        controller.enqueue(Buffer.from(`${BOM}${header}\n`));
      },
      async pull(controller) {
        rowColumns ??= await columnsByVersion(db, filter, columns, options);
        const columnsOf = rowColumns;
        chunks ??= submissionChunks(db, filter);
        const { done, value } = await chunks.next();
        if (done) return controller.close();
        controller.enqueue(utf8Lines(value, (row) => csvLine(row, columnsOf(row.version))));
      },
      async cancel() {
        await chunks?.return(undefined);
      },
    },
    new ByteLengthQueuingStrategy({ highWaterMark: BUFFERED_BYTES }),
  );
}

/**
 * A CSV stream of one repeat section's instances, one line each (`_submission_id`, `_index` from
 * 1, then the section's items), for `export.csv?repeat=<section id>`: the instances of the same
 * submissions the plain export gives, by the same allow-lists and neutraliser.
 */
export function csvRepeatExport(
  db: Db,
  definition: SurveyDefinition,
  section: Section,
  filter: RowsFilter,
  options: ExportOptions,
): ReadableStream<Uint8Array> {
  let records: AsyncGenerator<ExportCell[][]> | undefined;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (!records) {
          const sheet = await repeatSheet(db, definition, section, filter, options);
          controller.enqueue(Buffer.from(`${BOM}${sheet.header.map(quoteField).join(',')}\n`));
          records = sheet.records();
        }
        const { done, value } = await records.next();
        if (done) return controller.close();
        if (value.length > 0)
          controller.enqueue(utf8Lines(value, (cells) => `${cells.map(csvField).join(',')}\n`));
      },
      async cancel() {
        await records?.return(undefined);
      },
    },
    new ByteLengthQueuingStrategy({ highWaterMark: BUFFERED_BYTES }),
  );
}
