import { type LookupTable, lookupsNeeded, type SurveyDefinition } from '@kolo/schema';
import { lookupNameOfFile, parseLookupCsv } from './lookup-csv.ts';
import type { NoteList, NotePlace } from './notes.ts';
import type { Sheet } from './read-workbook.ts';

/** The form media given with a workbook: file name (`sampleList.csv`) to its bytes. */
export type FormMedia = Readonly<Record<string, Uint8Array>>;

/** The first row of the survey sheet whose text calls `pulldata('name'`, for a note to point at. */
function placeOfRead(survey: Sheet, name: string): NotePlace {
  const call = new RegExp(`pulldata\\s*\\(\\s*(['"])${name.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')}\\1`);
  for (const row of survey.rows)
    for (const [index, text] of row.cells)
      if (call.test(text))
        return {
          sheet: survey.name,
          row: row.row,
          column: survey.columns.find((c) => c.index === index)?.header,
        };
  return { sheet: survey.name };
}

/**
 * Attach the CSV files a form reads with `pulldata()` as the draft's `lookups`, by file name
 * (`sampleList.csv` is `lookups.sampleList`). A file nothing reads is kept with a note (lint warns
 * about it too); a file that is no CSV is left out; a CSV that cannot be read is left out with its
 * problem; a table read but not given gets a note saying which file to attach (the draft check
 * keeps the survey unpublishable until it is).
 */
export function attachLookups(
  definition: Record<string, unknown>,
  media: FormMedia,
  notes: NoteList,
  survey: Sheet,
): void {
  // the draft has the shape surveyExpressions walks (sections of items), whatever else is wrong
  const needed = lookupsNeeded(definition as unknown as SurveyDefinition).map((need) => need.name);
  const lookups: Record<string, LookupTable> = {};
  const file = { sheet: '' };
  for (const [fileName, bytes] of Object.entries(media)) {
    const name = lookupNameOfFile(fileName);
    if (name === undefined) {
      notes.warning(
        file,
        'lookup_unused',
        `"${fileName}" is not a CSV file pulldata() can read (a name such as sampleList.csv); it was not imported`,
      );
      continue;
    }
    const parsed = parseLookupCsv(bytes, fileName);
    if ('errors' in parsed) {
      for (const problem of parsed.errors.slice(0, 5))
        notes.error(
          file,
          'lookup_unreadable',
          `${fileName}${problem.line === undefined ? '' : `, line ${problem.line}`}: ${problem.message}; it was not imported: attach a corrected file`,
        );
      continue;
    }
    lookups[name] = parsed.table;
    if (!needed.includes(name)) {
      const meant = needed.find((n) => n.toLowerCase() === name.toLowerCase());
      notes.warning(
        file,
        'lookup_unused',
        meant === undefined
          ? `no pulldata() of the form reads "${name}" (${fileName}); it was kept: remove it in the builder if it is not needed`
          : `no pulldata() of the form reads "${name}" (${fileName}), but one reads "${meant}": file names are case-sensitive, rename the file ${meant}.csv`,
      );
    }
  }
  for (const name of needed)
    if (!Object.hasOwn(lookups, name))
      notes.warning(
        placeOfRead(survey, name),
        'lookup_missing',
        `the form looks values up in ${name}.csv with pulldata(), which was not attached: attach ${name}.csv, or the survey cannot be published`,
      );
  if (Object.keys(lookups).length > 0) definition.lookups = lookups;
}
