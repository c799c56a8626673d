import { parseSurvey, type SurveyDefinition } from '@kolo/schema';
import { exportXlsForm } from './export-xlsform.ts';
import { XlsFormError } from './notes.ts';

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** A draft with the structure the writer walks (sections of items), whatever else is wrong with it. */
function writable(draft: Record<string, unknown>): SurveyDefinition {
  const locales = Array.isArray(draft.locales) && draft.locales.length > 0 ? draft.locales : ['en'];
  const sections = (Array.isArray(draft.sections) ? draft.sections : []).filter(isObject).map((section) => ({
    ...section,
    items: (Array.isArray(section.items) ? section.items : []).filter(isObject),
  }));
  const choiceLists = isObject(draft.choiceLists)
    ? Object.fromEntries(
        Object.entries(draft.choiceLists).map(([name, list]) => [
          name,
          (Array.isArray(list) ? list : []).filter(isObject),
        ]),
      )
    : undefined;
  return {
    ...draft,
    locales,
    title: isObject(draft.title) ? draft.title : {},
    sections,
    ...(choiceLists ? { choiceLists } : {}),
  } as unknown as SurveyDefinition;
}

/**
 * Export a draft as an XLSForm workbook even when it still has errors, so staff can fix a broken
 * import in Excel: the errors are listed in a `kolo_problems` sheet. A draft too broken to write
 * (no object at all) is refused with an {@link XlsFormError}.
 * @example const bytes = await exportDraftXlsForm(row.draft, { version: 3 });
 */
export async function exportDraftXlsForm(
  draft: unknown,
  overrides: Partial<Pick<SurveyDefinition, 'id' | 'version'>> = {},
): Promise<Uint8Array<ArrayBuffer>> {
  if (!isObject(draft)) throw new XlsFormError('unreadable', 'the draft is not a survey definition');
  const input = { ...draft, ...overrides };
  const parsed = parseSurvey(input);
  if (parsed.success) return exportXlsForm(parsed.survey);
  try {
    return await exportXlsForm(writable(input), { problems: parsed.errors });
  } catch (error) {
    throw new XlsFormError(
      'unreadable',
      'the draft is too broken to write as a workbook: fix the errors the builder lists first',
      { sheet: '' },
      error,
    );
  }
}
