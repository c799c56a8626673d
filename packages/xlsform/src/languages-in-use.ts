import type { LanguageCodes } from './languages.ts';
import type { Column, Sheet, SheetRow } from './read-workbook.ts';

/** Columns whose text is translated: one column per language. */
export const TEXT_KEYS: ReadonlySet<string> = new Set([
  'label',
  'hint',
  'constraint_message',
  'kolo_other',
  'kolo_unit',
  'kolo_min_label',
  'kolo_max_label',
  'kolo_instance_label',
  'kolo_title',
  'kolo_description',
]);

/**
 * The languages of a workbook: the locale of each translated column (`label::English (en)` is
 * `en`, a bare `label` the default language) and the survey's locales, default first.
 */
export class Languages {
  readonly locales: string[];
  private readonly columnCodes = new Map<Column, string | undefined>();

  constructor(
    readonly defaultLocale: string,
    sheets: readonly Sheet[],
    readonly codes: LanguageCodes,
  ) {
    const found: string[] = [];
    for (const sheet of sheets) {
      for (const column of sheet.columns) {
        if (!TEXT_KEYS.has(column.key)) continue;
        // a language kolo cannot name ("Local language") gets a private code, its name kept
        const code = column.language === undefined ? defaultLocale : codes.codeOf(column.language);
        this.columnCodes.set(column, code);
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
      const code = this.columnCodes.get(column);
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
