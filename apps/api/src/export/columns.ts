import {
  allowedValues,
  choicesOf,
  type Item,
  otherKey,
  resolveText,
  type SurveyDefinition,
  surveyItems,
} from '@kolo/schema';
import { isSensitiveItem } from './answer-policy.ts';

/** One export column: a header and how to read its cell from a submission's answers. */
export interface ExportColumn {
  readonly header: string;
  /** The answer key the cell is read from (a matrix's id for each of its rows). */
  readonly key: string;
  readonly sensitive: boolean;
  read(answers: Record<string, unknown>): string | number | null;
}

export interface ExportOptions {
  /** `code` for stored codes, or a locale for labels in that language. */
  readonly labels: string;
  readonly includeSensitive: boolean;
}

/**
 * An answer as cell text. Stored answers are validated, but a row kept from an older definition can
 * hold another shape: an object is written as JSON, never converted with its own `toString` (which a
 * hostile key can make throw and stop the whole export).
 */
function answerText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value) ?? '';
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
    const sensitive = isSensitiveItem(item);
    if (sensitive && !options.includeSensitive) continue;
    const label = labeler(definition, item, options.labels);
    if (item.kind === 'matrix') {
      for (const row of item.rows) {
        columns.push({
          header: `${item.id}.${row.id}`,
          key: item.id,
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
      key: item.id,
      sensitive,
      read: (a) => {
        const v = a[item.id];
        if (v === undefined || v === null) return null;
        if (Array.isArray(v)) return v.map((x) => label(answerText(x))).join('; ');
        if (typeof v === 'number') return v;
        return label(answerText(v));
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
        key,
        sensitive: true,
        read: (a) => (typeof a[key] === 'string' ? (a[key] as string) : null),
      });
    }
  }
  return columns;
}

/**
 * The columns a row of one version may fill: those whose answer key the version's allow-list
 * holds; every other column reads as empty for that row.
 */
export function columnsForVersion(
  columns: readonly ExportColumn[],
  allowed: ReadonlySet<string>,
): ExportColumn[] {
  return columns.map((column) =>
    allowed.has(column.key)
      ? column
      : { header: column.header, key: column.key, sensitive: column.sensitive, read: () => null },
  );
}

/** The one neutralising rule, shared with the browser's CSVs (see `@kolo/schema`'s spreadsheet-cell.ts). */
export { neutralizeCell, restoreCell } from '@kolo/schema';
