import {
  allowedValues,
  choicesOf,
  type Item,
  otherKey,
  resolveText,
  type SurveyDefinition,
  surveyItems,
} from '@kolo/schema';

/** One export column: a header and how to read its cell from a submission's answers. */
export interface ExportColumn {
  readonly header: string;
  readonly sensitive: boolean;
  read(answers: Record<string, unknown>): string | number | null;
}

export interface ExportOptions {
  /** `code` for stored codes, or a locale for labels in that language. */
  readonly labels: string;
  readonly includeSensitive: boolean;
}

function labeler(definition: SurveyDefinition, item: Item, labels: string): (value: string) => string {
  if (labels === 'code') return (v) => v;
  const names = new Map(choicesOf(definition, item).map((c) => [c.value, resolveText(c.label, labels)]));
  if (item.kind === 'yes_no') {
    const yesNo: Record<string, Record<string, string>> = {
      en: { yes: 'Yes', no: 'No', dont_know: "Don't know" },
      uk: { yes: 'Так', no: 'Ні', dont_know: 'Не знаю' },
      ru: { yes: 'Да', no: 'Нет', dont_know: 'Не знаю' },
    };
    const table = yesNo[labels] ?? yesNo.en ?? {};
    return (v) => table[v] ?? v;
  }
  if (allowedValues(definition, item)?.includes('other'))
    names.set(
      'other',
      labels === 'code' ? 'other' : resolveText({ en: 'Other', uk: 'Інше', ru: 'Другое' }, labels),
    );
  return (v) => names.get(v) ?? v;
}

/**
 * The columns of a survey's export: one per question (one per row for a matrix), and the
 * "please specify" texts. Free text and `sensitive` items only when asked for.
 */
export function exportColumns(definition: SurveyDefinition, options: ExportOptions): ExportColumn[] {
  const columns: ExportColumn[] = [];
  for (const { item } of surveyItems(definition)) {
    if (item.kind === 'note') continue;
    const sensitive = item.sensitive === true || item.kind === 'text';
    if (sensitive && !options.includeSensitive) continue;
    const label = labeler(definition, item, options.labels);
    if (item.kind === 'matrix') {
      for (const row of item.rows) {
        columns.push({
          header: `${item.id}.${row.id}`,
          sensitive,
          read: (a) => {
            const v = (a[item.id] as Record<string, string> | undefined)?.[row.id];
            return v === undefined ? null : label(v);
          },
        });
      }
      continue;
    }
    columns.push({
      header: item.id,
      sensitive,
      read: (a) => {
        const v = a[item.id];
        if (v === undefined || v === null) return null;
        if (Array.isArray(v)) return v.map((x) => label(String(x))).join('; ');
        if (typeof v === 'number') return v;
        return label(String(v));
      },
    });
    if (
      (item.kind === 'single_choice' || item.kind === 'multi_choice') &&
      item.other &&
      options.includeSensitive
    ) {
      const key = otherKey(item.id);
      columns.push({
        header: key,
        sensitive: true,
        read: (a) => (typeof a[key] === 'string' ? (a[key] as string) : null),
      });
    }
  }
  return columns;
}

/** Text that is formula-like after any leading quotes: neutralised too, so restoring is never ambiguous. */
const QUOTED_FORMULA_START = /^'*[=+\-@\t\r]/;

/**
 * Neutralise a text cell that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR)
 * by prefixing a single quote; {@link restoreCell} gives the text back.
 */
export function neutralizeCell(value: string): string {
  return QUOTED_FORMULA_START.test(value) ? `'${value}` : value;
}

export function restoreCell(value: string): string {
  return value.startsWith("'") && QUOTED_FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}
