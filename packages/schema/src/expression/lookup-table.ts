import type { LookupTable } from '../definition.ts';

/** A survey's lookup tables by name, as `pulldata('name', …)` reads them. */
export type SurveyLookups = Readonly<Record<string, LookupTable>>;

/** Per table, per key column: each key text mapped to the first row holding it. */
const indexes = new WeakMap<LookupTable, Map<number, Map<string, number>>>();

function rowIndex(table: LookupTable, keyColumn: number): Map<string, number> {
  let byColumn = indexes.get(table);
  if (!byColumn) {
    byColumn = new Map();
    indexes.set(table, byColumn);
  }
  let index = byColumn.get(keyColumn);
  if (!index) {
    index = new Map();
    for (let row = 0; row < table.rows.length; row++) {
      const key = table.rows[row]?.[keyColumn];
      // the first row with a key wins, as ODK's pulldata reads the first match
      if (key !== undefined && !index.has(key)) index.set(key, row);
    }
    byColumn.set(keyColumn, index);
  }
  return index;
}

/**
 * XLSForm's `pulldata()`: the text in `column` of the first row whose `keyColumn` text equals
 * `key`; '' when the table, a column or a matching row is missing, as ODK answers. Rows are
 * indexed once per table and key column, so a form recalculating on every keystroke stays fast.
 * @example pulldata(sampleList, 'lat', 'EFEACODE', '30010101') // '6.3156'
 */
export function pulldata(
  table: LookupTable | undefined,
  column: string,
  keyColumn: string,
  key: string,
): string {
  if (!table) return '';
  const valueAt = table.columns.indexOf(column);
  const keyAt = table.columns.indexOf(keyColumn);
  if (valueAt < 0 || keyAt < 0) return '';
  const row = rowIndex(table, keyAt).get(key);
  return row === undefined ? '' : (table.rows[row]?.[valueAt] ?? '');
}

/** `pulldata()` by table name over a survey's lookups; a name the survey does not carry reads ''. */
export function pulldataFrom(
  lookups: SurveyLookups | undefined,
  name: string,
  column: string,
  keyColumn: string,
  key: string,
): string {
  const table = lookups && Object.hasOwn(lookups, name) ? lookups[name] : undefined;
  return pulldata(table, column, keyColumn, key);
}
