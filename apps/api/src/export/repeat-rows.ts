import type { Db } from '@kolo/db';
import type { Section, SurveyDefinition } from '@kolo/schema';
import { versionAllowLists } from './answer-policy.ts';
import {
  columnsForVersion,
  type ExportColumn,
  type ExportOptions,
  instancesOf,
  repeatColumns,
} from './columns.ts';
import type { ExportCell } from './csv-text.ts';
import { type RowsFilter, submissionChunks } from './rows-source.ts';

/** The columns a repeat section's rows start with: the submission they belong to and the instance's number. */
export const REPEAT_FIXED_HEADERS = ['_submission_id', '_index'];

/** A repeat section's instances as rows: a header, and the rows chunk by chunk. */
export interface RepeatSheet {
  readonly header: readonly string[];
  /** Each chunk of submissions as the rows of its instances (`_submission_id`, 1-based `_index`, then the items). */
  records(): AsyncGenerator<ExportCell[][]>;
}

/**
 * One repeat section's instances, one row each, as Kobo exports them: linked to the submission's
 * row by `_submission_id`, numbered from 1 by `_index`. Each row's items go through its own
 * version's allow-list (a sensitive item inside the repeat only with `includeSensitive`), and a
 * version that does not ask the section gives no rows.
 */
export async function repeatSheet(
  db: Db,
  definition: SurveyDefinition,
  section: Section,
  filter: RowsFilter,
  options: ExportOptions,
): Promise<RepeatSheet> {
  const columns = repeatColumns(definition, section, options);
  const allowList = await versionAllowLists(db, filter.orgId, filter.surveyId, options.includeSensitive);
  const byVersion = new Map<number, readonly ExportColumn[] | null>();
  const columnsOf = (version: number) => {
    let found = byVersion.get(version);
    if (found === undefined) {
      const allowed = allowList(version);
      found = allowed.has(section.id) ? columnsForVersion(columns, allowed) : null;
      byVersion.set(version, found);
    }
    return found;
  };
  return {
    header: [...REPEAT_FIXED_HEADERS, ...columns.map((c) => c.header)],
    async *records() {
      for await (const chunk of submissionChunks(db, filter)) {
        const records: ExportCell[][] = [];
        for (const row of chunk) {
          const rowColumns = columnsOf(row.version);
          if (!rowColumns) continue;
          instancesOf(row.answers, section.id).forEach((instance, i) => {
            const cells: ExportCell[] = [row.id, i + 1];
            for (const column of rowColumns) cells.push(column.read(instance));
            records.push(cells);
          });
        }
        yield records;
      }
    },
  };
}
