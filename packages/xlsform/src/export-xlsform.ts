import type { SurveyDefinition } from '@kolo/schema';
import { SurveyRows } from './export-rows.ts';
import { KOLO_FORMAT, KOLO_SHEET } from './kolo-sheet.ts';
import { exportLocales, languageHeader } from './languages.ts';
import { TEXT_KEYS } from './languages-in-use.ts';
import { SURVEY_COLUMNS } from './survey-sheet.ts';
import { type CellData, type SheetData, writeWorkbook } from './write-workbook.ts';

type Row = Readonly<Record<string, CellData | undefined>>;

/** A problem of a draft, as parseSurvey gives it. */
export interface DraftProblem {
  readonly path: string;
  readonly message: string;
}

export interface ExportOptions {
  /** What is still wrong with the draft: written to a `kolo_problems` sheet for staff fixing it in Excel. */
  readonly problems?: readonly DraftProblem[];
}

/** The sheet listing a draft's problems; the import skips it (the problems are found again). */
export const PROBLEMS_SHEET = 'kolo_problems';

/**
 * Column order of the other sheets (the survey sheet's is SURVEY_COLUMNS, which the import reads);
 * translated columns follow their base in the survey's locale order.
 */
const CHOICES_COLUMNS = [
  'list_name',
  'name',
  'label',
  'kolo_value',
  'kolo_score',
  'kolo_not_applicable',
  'kolo_exclusive',
];
const SETTINGS_COLUMNS = [
  'form_title',
  'form_id',
  'version',
  'default_language',
  'kolo_title',
  'kolo_description',
];

/**
 * The headers for rows: the columns in order, a translated one once per locale (`label::English
 * (en)`); a column in `always` is written even when empty (labels: so every locale shows).
 */
function headersOf(
  rows: readonly Row[],
  columns: readonly string[],
  locales: readonly string[],
  always: readonly string[],
  names: Readonly<Record<string, string>> | undefined,
) {
  const used = new Set(rows.flatMap((row) => Object.keys(row).filter((key) => row[key] !== undefined)));
  return columns.flatMap((base) => {
    const headers = TEXT_KEYS.has(base)
      ? exportLocales(locales).map((l) => `${base}::${languageHeader(l, names)}`)
      : [base];
    return headers.filter((h) => used.has(h) || always.includes(base));
  });
}

/**
 * Write a survey definition as an XLSForm workbook (.xlsx) that Kobo and ODK read, with kolo's
 * extra columns (`kolo_*`) and a `kolo` sheet so that importing it gives the definition back.
 * @example const bytes = await exportXlsForm(serviceSatisfaction); await writeFile('survey.xlsx', bytes);
 */
export async function exportXlsForm(
  definition: SurveyDefinition,
  options: ExportOptions = {},
): Promise<Uint8Array<ArrayBuffer>> {
  const rows = new SurveyRows(definition);
  const { locales } = definition;
  const [first = 'en', ...others] = locales;
  const settings: Record<string, CellData | undefined> = {
    form_title: definition.title[first],
    form_id: definition.id,
    version: definition.version,
    default_language: languageHeader(first, definition.languageNames),
  };
  for (const locale of others)
    settings[`kolo_title::${languageHeader(locale, definition.languageNames)}`] = definition.title[locale];
  for (const locale of locales)
    settings[`kolo_description::${languageHeader(locale, definition.languageNames)}`] =
      definition.description?.[locale];
  const kolo: Row[] = [
    { key: 'format', value: KOLO_FORMAT },
    ...Object.keys(definition.choiceLists ?? {}).map((name) => ({ key: 'choice_list', value: name })),
    ...(definition.indicators ?? []).map((indicator) => ({
      key: 'indicator',
      value: JSON.stringify(indicator),
    })),
    ...(definition.disaggregateBy ?? []).map((id) => ({ key: 'disaggregate_by', value: id })),
    ...(definition.privacy ? [{ key: 'privacy', value: JSON.stringify(definition.privacy) }] : []),
  ];
  const sheets: SheetData[] = [
    {
      name: 'survey',
      headers: headersOf(
        rows.survey,
        SURVEY_COLUMNS,
        locales,
        ['type', 'name', 'label'],
        definition.languageNames,
      ),
      rows: rows.survey,
    },
    {
      name: 'choices',
      headers: headersOf(
        rows.choices,
        [...CHOICES_COLUMNS, ...rows.choiceProperties],
        locales,
        ['list_name', 'name', 'label'],
        definition.languageNames,
      ),
      rows: rows.choices,
    },
    {
      name: 'settings',
      headers: headersOf(
        [settings],
        SETTINGS_COLUMNS,
        locales,
        ['form_title', 'form_id', 'version', 'default_language'],
        definition.languageNames,
      ),
      rows: [settings],
    },
    { name: KOLO_SHEET, headers: ['key', 'value'], rows: kolo },
  ];
  const problems = options.problems ?? [];
  if (problems.length > 0)
    sheets.push({
      name: PROBLEMS_SHEET,
      headers: ['where', 'problem'],
      rows: problems.map((p) => ({ where: p.path || '(survey)', problem: p.message })),
    });
  return writeWorkbook(sheets);
}
