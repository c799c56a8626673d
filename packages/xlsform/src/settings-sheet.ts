import type { LanguageCodes } from './languages.ts';
import { cell } from './languages-in-use.ts';
import type { NoteList } from './notes.ts';
import type { Sheet } from './read-workbook.ts';

export interface Settings {
  readonly formTitle: string;
  readonly formId: string;
  readonly version: string;
  readonly defaultLocale: string;
  readonly sheet: Sheet | undefined;
}

const KNOWN = new Set([
  'form_title',
  'form_id',
  'version',
  'default_language',
  'kolo_title',
  'kolo_description',
]);
/** Settings that only matter to ODK/Kobo servers and phones: harmless to leave out. */
const SERVER_ONLY = new Set([
  'instance_name',
  'style',
  'submission_url',
  'allow_choice_duplicates',
  'namespaces',
  'auto_send',
  'auto_delete',
  'clean_text_values',
  'name',
]);

/** The `settings` sheet's one row: form_title, form_id, version, default_language. */
export function readSettings(sheet: Sheet | undefined, notes: NoteList, codes: LanguageCodes): Settings {
  const row = sheet?.rows[0];
  // the plain column: `form_title::Українська (uk)` and the like are translations, read apart
  const value = (key: string) => {
    if (!sheet || !row) return '';
    const plain = sheet.columns.find((c) => c.key === key && c.language === undefined);
    return plain ? (row.cells.get(plain.index) ?? '') : cell(sheet, row, key);
  };
  let defaultLocale = 'en';
  const language = value('default_language');
  // by code or by name (`Arabic`, `العربية`); a name kolo cannot tell gets the private code its columns get
  if (language !== '') defaultLocale = codes.codeOf(language);
  if (sheet && row) {
    for (const column of sheet.columns) {
      const text = row.cells.get(column.index);
      if (text === undefined || KNOWN.has(column.key)) continue;
      if (column.key === 'public_key') {
        notes.warning(
          { sheet: sheet.name, row: row.row, column: column.header },
          'encryption_ignored',
          'kolo keeps submissions on its own server and does not use ODK form encryption (public_key)',
        );
        continue;
      }
      notes.warning(
        { sheet: sheet.name, row: row.row, column: column.header },
        SERVER_ONLY.has(column.key) ? 'setting_ignored' : 'unknown_column',
        `the setting "${column.header}" is not used by kolo`,
      );
    }
    if (sheet.rows.length > 1)
      notes.warning(
        { sheet: sheet.name, row: sheet.rows[1]?.row },
        'extra_rows',
        'only the first row of the settings sheet is read',
      );
  }
  return {
    formTitle: value('form_title'),
    formId: value('form_id'),
    version: value('version'),
    defaultLocale,
    sheet,
  };
}
