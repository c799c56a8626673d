import { type LookupTable, lookupsNeeded, type SurveyDefinition } from '@kolo/schema';

/** Where a table stands: attached and read, read but missing (publishing is blocked), or attached and unread. */
export type LookupStatus = 'attached' | 'missing' | 'unused';

/** One row of the lookup tables panel. */
export interface LookupEntry {
  readonly name: string;
  readonly status: LookupStatus;
  /** The attached table, when there is one. */
  readonly table?: LookupTable;
  /** The columns the form's `pulldata()` calls name (value and key columns). */
  readonly read: readonly string[];
  /** Columns the form reads that the attached table lacks. */
  readonly missingColumns: readonly string[];
}

/** The tables the form reads, or none while the draft is too broken to read its expressions. */
function needed(definition: SurveyDefinition) {
  try {
    return lookupsNeeded(definition);
  } catch {
    return [];
  }
}

/**
 * The panel's rows: every table the form reads (in the order first read), then every attached
 * table nothing reads, each with its status and the columns the form reads but the table lacks.
 * @example lookupEntries(draft) // [{ name: 'sampleList', status: 'missing', read: ['lat', 'EFEACODE'], … }]
 */
export function lookupEntries(definition: SurveyDefinition): LookupEntry[] {
  const attached = definition.lookups ?? {};
  const has = (name: string) => Object.hasOwn(attached, name);
  const reads = needed(definition);
  const entries: LookupEntry[] = reads.map(({ name, columns }) => {
    const table = has(name) ? attached[name] : undefined;
    if (!table) return { name, status: 'missing', read: columns, missingColumns: [] };
    return {
      name,
      status: 'attached',
      table,
      read: columns,
      missingColumns: columns.filter((c) => !table.columns.includes(c)),
    };
  });
  const readNames = new Set(reads.map((r) => r.name));
  for (const [name, table] of Object.entries(attached))
    if (!readNames.has(name)) entries.push({ name, status: 'unused', table, read: [], missingColumns: [] });
  return entries;
}
