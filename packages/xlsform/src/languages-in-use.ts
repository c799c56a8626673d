import { languageCode } from './languages.ts';
import type { NoteList } from './notes.ts';
import type { Column, Sheet, SheetRow } from './read-workbook.ts';

/** Columns whose text is translated: one column per language. */
export const TEXT_KEYS: ReadonlySet<string> = new Set([
  'label',
  'hint',
  'kolo_other',
  'kolo_unit',
  'kolo_min_label',
  'kolo_max_label',
  'kolo_title',
  'kolo_description',
]);

/**
 * The languages of a workbook: the locale of each translated column (`label::English (en)` is
 * `en`, a bare `label` the default language) and the survey's locales, default first.
 */
export class Languages {
  readonly locales: string[];
  private readonly codes = new Map<Column, string | undefined>();

  constructor(
    readonly defaultLocale: string,
    sheets: readonly Sheet[],
    notes: NoteList,
  ) {
    const found: string[] = [];
    const unknown = new Set<string>();
    for (const sheet of sheets) {
      for (const column of sheet.columns) {
        if (!TEXT_KEYS.has(column.key)) continue;
        const code = column.language === undefined ? defaultLocale : languageCode(column.language);
        this.codes.set(column, code);
        if (code === undefined) {
          if (!unknown.has(`${sheet.name}|${column.header}`)) {
            unknown.add(`${sheet.name}|${column.header}`);
            notes.error(
              { sheet: sheet.name, row: sheet.headerRow, column: column.header },
              'unknown_language',
              `cannot tell the language of "${column.header}": write it as "${column.key}::Name (code)", e.g. "${column.key}::English (en)"; the column was not imported`,
            );
          }
          continue;
        }
        if (!found.includes(code)) found.push(code);
      }
    }
    const rest = found.filter((code) => code !== defaultLocale);
    this.locales = found.length === 0 || found.includes(defaultLocale) ? [defaultLocale, ...rest] : rest;
  }

  /** A translated text from every column with `key`, by locale; the first non-empty cell wins. */
  text(sheet: Sheet, row: SheetRow, key: string): Record<string, string> {
    const text: Record<string, string> = {};
    for (const column of sheet.columns) {
      if (column.key !== key) continue;
      const code = this.codes.get(column);
      const value = row.cells.get(column.index);
      if (code !== undefined && value !== undefined && text[code] === undefined) text[code] = value;
    }
    return text;
  }
}

/** The first cell of a row under a plain column `key` (any language), or ''. */
export function cell(sheet: Sheet, row: SheetRow, key: string): string {
  for (const column of sheet.columns) {
    if (column.key !== key) continue;
    const value = row.cells.get(column.index);
    if (value !== undefined) return value;
  }
  return '';
}

/** The header text of column `key` in a sheet (for notes), or the key. */
export function headerOf(sheet: Sheet, key: string): string {
  return sheet.columns.find((c) => c.key === key)?.header ?? key;
}
