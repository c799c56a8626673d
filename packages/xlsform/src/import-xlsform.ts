import { typeCalculations } from './calculate-types.ts';
import type { ChoiceList } from './choices-sheet.ts';
import { readChoices } from './choices-sheet.ts';
import { PROBLEMS_SHEET } from './export-xlsform.ts';
import { FormNames } from './form-names.ts';
import type { ImportContext } from './import-context.ts';
import { attachLookups, type FormMedia } from './import-lookups.ts';
import { readKoloSheet } from './kolo-sheet.ts';
import { isPrivateLocale, LanguageCodes } from './languages.ts';
import { Languages } from './languages-in-use.ts';
import { labelUnlabelled, loosenComparisons } from './loose-comparisons.ts';
import { isIdentifier, isSurveyId, NameRegistry, toIdentifier, toSurveyId } from './names.ts';
import { type ConversionNote, NoteList, XlsFormError } from './notes.ts';
import { fillPartialTranslations } from './partial-translations.ts';
import { readWorkbook, type Sheet, type SheetRow } from './read-workbook.ts';
import { sectionsOf } from './sections.ts';
import { readSettings, type Settings } from './settings-sheet.ts';
import { cellOf, readSurveyTree, type SurveyNode } from './survey-sheet.ts';

/** What comes with the workbook: its form media, the CSV files `pulldata()` reads (`sampleList.csv`). */
export interface ImportXlsFormOptions {
  readonly media?: FormMedia | undefined;
}

/** What an import gives: a draft definition (it may still fail `parseSurvey`) and what happened on the way. */
export interface XlsFormImportResult {
  definition: Record<string, unknown>;
  notes: ConversionNote[];
}

const KNOWN_SHEETS = new Set(['survey', 'choices', 'settings', 'kolo', PROBLEMS_SHEET]);

function checkSurveySheet(workbook: ReadonlyMap<string, Sheet>): Sheet {
  const survey = workbook.get('survey');
  if (!survey) {
    const names = [...workbook.values()].map((s) => `"${s.name}"`).join(', ');
    throw new XlsFormError(
      'no_survey_sheet',
      `the workbook has no "survey" sheet (its sheets: ${names || 'none'}); an XLSForm has sheets "survey", "choices" and "settings"`,
      { sheet: '' },
    );
  }
  for (const key of ['type', 'name'] as const) {
    if (!survey.columns.some((c) => c.key === key))
      throw new XlsFormError(
        key === 'type' ? 'no_type_column' : 'no_name_column',
        `the survey sheet has no "${key}" column in its first row`,
        { sheet: survey.name, row: survey.headerRow },
      );
  }
  return survey;
}

/** How many questions use each list (a matrix counts once), and which lists yes/no questions use. */
function listUsage(
  nodes: readonly SurveyNode[],
  names: FormNames,
  uses = new Map<string, number>(),
  yesNo = new Set<string>(),
) {
  for (const node of nodes) {
    if (node.kind === 'group') {
      const rows = names.matrixRowsOf(node);
      const list = rows?.[0]?.type.list;
      if (list !== undefined) uses.set(list, (uses.get(list) ?? 0) + 1);
      else listUsage(node.children, names, uses, yesNo);
      continue;
    }
    const { keyword, list } = node.row.type;
    if (list === undefined || (keyword !== 'select_one' && keyword !== 'select_multiple')) continue;
    if (keyword === 'select_one' && cellOf(node.row, 'kolo_kind').toLowerCase() === 'yes_no') yesNo.add(list);
    else uses.set(list, (uses.get(list) ?? 0) + 1);
  }
  return { uses, yesNo };
}

/**
 * Shared lists: those the kolo sheet names, those several questions use, and unused ones (kept so
 * nothing is lost). A list one question uses becomes that question's own options.
 */
function sharedLists(
  lists: ReadonlyMap<string, ChoiceList>,
  declared: readonly string[],
  usage: ReturnType<typeof listUsage>,
  notes: NoteList,
  koloSheet: Sheet | undefined,
): Map<string, string> {
  const ids = new NameRegistry();
  const shared = new Map<string, string>();
  for (const name of declared) {
    if (!lists.has(name))
      notes.warning(
        { sheet: koloSheet?.name ?? 'kolo', column: 'value' },
        'unknown_list',
        `the kolo sheet names a choice list "${name}" that is not in the choices sheet`,
      );
  }
  for (const [name] of lists) {
    const count = usage.uses.get(name) ?? 0;
    const isShared = declared.includes(name) || count > 1 || (count === 0 && !usage.yesNo.has(name));
    if (isShared) shared.set(name, ids.claim(isIdentifier(name) ? name : toIdentifier(name)));
  }
  return shared;
}

function surveyId(settings: Settings, title: string, notes: NoteList): string {
  const place = {
    sheet: settings.sheet?.name ?? 'settings',
    row: settings.sheet?.rows[0]?.row,
    column: 'form_id',
  };
  if (isSurveyId(settings.formId)) return settings.formId;
  const fromTitle = settings.formId === '';
  const id = toSurveyId(fromTitle ? title : settings.formId) || 'imported-survey';
  notes.warning(
    place,
    'survey_id',
    fromTitle
      ? `there is no form_id; the survey id "${id}" was made from the title`
      : `form_id "${settings.formId}" is not a kolo survey id (lower-case letters, digits and "-"); "${id}" was used`,
  );
  return id;
}

function versionOf(settings: Settings, notes: NoteList): number {
  if (settings.version === '') return 1;
  const n = Number(settings.version);
  if (Number.isInteger(n) && n >= 1 && n <= 1_000_000) return n;
  notes.warning(
    { sheet: settings.sheet?.name ?? 'settings', row: settings.sheet?.rows[0]?.row, column: 'version' },
    'version',
    `version "${settings.version}" is not a whole number kolo uses; the draft starts at version 1 (publishing numbers versions)`,
  );
  return 1;
}

/**
 * `form_title::Українська (uk)` and the like: XLSForm has no translated title, but teams add
 * such columns; each one in a language of the survey is taken (the plain form_title stays the
 * default language's).
 */
function translatedTitles(
  sheet: Sheet,
  row: SheetRow,
  locales: readonly string[],
  codes: LanguageCodes,
): Record<string, string> {
  const titles: Record<string, string> = {};
  for (const column of sheet.columns) {
    if (column.key !== 'form_title' || column.language === undefined) continue;
    const code = codes.codeOf(column.language);
    const text = row.cells.get(column.index)?.trim();
    if (code && text && locales.includes(code)) titles[code] = text;
  }
  return titles;
}

/** Whether the title has a text of its own beyond the form_id standing in. */
const translatedTitle = (title: Record<string, string>, locale: string): boolean =>
  Object.keys(title).some((l) => l !== locale);

/**
 * Import an XLSForm workbook (.xlsx) as a kolo survey draft, with a note for everything that
 * could not be converted exactly. Its form media (`options.media`) become the draft's lookup
 * tables, the CSV files `pulldata()` reads. Throws {@link XlsFormError} only when the file cannot
 * be read as an XLSForm at all.
 * @example
 * const { definition, notes } = await importXlsForm(await readFile('clinic.xlsx'));
 * const problems = notes.filter((n) => n.severity === 'error');
 */
export async function importXlsForm(
  file: Uint8Array | ArrayBuffer,
  options: ImportXlsFormOptions = {},
): Promise<XlsFormImportResult> {
  const workbook = await readWorkbook(file);
  const survey = checkSurveySheet(workbook);
  const notes = new NoteList();
  const choicesSheet = workbook.get('choices');
  const settingsSheet = workbook.get('settings');
  const koloSheet = workbook.get('kolo');
  for (const [key, sheet] of workbook)
    if (!KNOWN_SHEETS.has(key) && sheet.rows.length > 0)
      notes.warning(
        { sheet: sheet.name },
        'sheet_ignored',
        `the sheet "${sheet.name}" is not part of an XLSForm kolo reads; it was ignored`,
      );
  const codes = new LanguageCodes();
  const settings = readSettings(settingsSheet, notes, codes);
  const languages = new Languages(
    settings.defaultLocale,
    [survey, choicesSheet, settingsSheet].filter((s): s is Sheet => s !== undefined),
    codes,
  );
  const lists = readChoices(choicesSheet, languages, notes);
  const kolo = readKoloSheet(koloSheet, notes);
  const tree = readSurveyTree(survey, notes);
  const names = new FormNames(tree, notes);
  names.useChoiceCodes(new Map([...lists].map(([name, list]) => [name, list.codes])));
  const usage = listUsage(tree, names);
  if (!choicesSheet && usage.uses.size > 0)
    notes.error(
      { sheet: '' },
      'no_choices_sheet',
      'the workbook has no "choices" sheet, so its select questions have no choices',
    );
  const context: ImportContext = {
    notes,
    languages,
    names,
    lists,
    sharedLists: sharedLists(lists, kolo.sharedLists, usage, notes, koloSheet),
  };
  const titleLocale = languages.locales.includes(settings.defaultLocale)
    ? settings.defaultLocale
    : (languages.locales[0] ?? 'en');
  const settingsRow = settingsSheet?.rows[0];
  // no form_title: the form_id stands in (warned), so the draft has a title to translate
  const fallbackTitle = settings.formTitle || settings.formId;
  const title: Record<string, string> = fallbackTitle !== '' ? { [titleLocale]: fallbackTitle } : {};
  if (settingsSheet && settingsRow) {
    Object.assign(title, translatedTitles(settingsSheet, settingsRow, languages.locales, codes));
    for (const [locale, text] of Object.entries(languages.text(settingsSheet, settingsRow, 'kolo_title')))
      title[locale] ??= text;
  }
  const titlePlace = {
    sheet: settingsSheet?.name ?? 'settings',
    row: settingsRow?.row,
    column: 'form_title',
  };
  const untitled = languages.locales.filter((locale) => !title[locale]);
  if (settings.formTitle === '' && !translatedTitle(title, titleLocale))
    notes.warning(
      titlePlace,
      'no_title',
      'the form has no form_title; give the survey a title in the builder',
    );
  else if (untitled.length > 0)
    notes.warning(
      titlePlace,
      'title_untranslated',
      `the title has no ${untitled.join(', ')} translation: add a form_title::Language (code) column, or translate it in the builder`,
    );
  const definition: Record<string, unknown> = {
    id: surveyId(settings, settings.formTitle, notes),
    version: versionOf(settings, notes),
    locales: languages.locales,
    title,
  };
  if (Object.keys(title).length === 0) title[titleLocale] = String(definition.id);
  const languageNames = Object.fromEntries(
    Object.entries(codes.names).filter(([code]) => isPrivateLocale(code) && languages.locales.includes(code)),
  );
  if (Object.keys(languageNames).length > 0) definition.languageNames = languageNames;
  const description =
    settingsSheet && settingsRow ? languages.text(settingsSheet, settingsRow, 'kolo_description') : {};
  if (Object.keys(description).length > 0) definition.description = description;
  if (context.sharedLists.size > 0)
    definition.choiceLists = Object.fromEntries(
      [...context.sharedLists].map(([name, id]) => [id, lists.get(name)?.choices ?? []]),
    );
  const sections = sectionsOf(context, tree, title);
  typeCalculations(sections);
  if (sections.length === 0)
    notes.error({ sheet: survey.name }, 'no_questions', 'the survey sheet has no question kolo could import');
  definition.sections = sections;
  if (kolo.indicators.length > 0) definition.indicators = kolo.indicators;
  if (kolo.disaggregateBy.length > 0) definition.disaggregateBy = [...kolo.disaggregateBy];
  if (kolo.privacy !== undefined) definition.privacy = kolo.privacy;
  labelUnlabelled(definition, titleLocale, notes);
  fillPartialTranslations(definition, languages.locales, notes, codes.names);
  loosenComparisons(definition);
  attachLookups(definition, options.media ?? {}, notes, survey);
  return { definition, notes: notes.notes };
}
