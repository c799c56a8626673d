import type { SurveyDefinition } from './definition.ts';
import { formatExpressionError } from './expression/ast.ts';
import { parseExpression } from './expression/parse.ts';
import type { SurveyWarning } from './lint.ts';
import { lookupReads, lookupsNeeded, surveyExpressions } from './lookup.ts';
import type { SurveyError } from './survey-errors.ts';

/** The columns a message lists: the first few, so a wide table does not flood the problems list. */
function columnList(columns: readonly string[]): string {
  const shown = columns.slice(0, 8).join(', ');
  return columns.length > 8 ? `${shown}, …` : shown;
}

/**
 * Check every `pulldata()` of a survey against the tables it carries: the table's name written in
 * quotes, the table attached (`missing_lookup` until its CSV is), and each column named in quotes
 * present in it; each error located at the expression and column of the call.
 */
export function checkLookups(definition: SurveyDefinition): SurveyError[] {
  const errors: SurveyError[] = [];
  const lookups = definition.lookups ?? {};
  for (const { path, source } of surveyExpressions(definition)) {
    if (!source.includes('pulldata')) continue;
    const parsed = parseExpression(source);
    // an expression that does not parse is reported by the check of its kind
    if (!parsed.success) continue;
    for (const read of lookupReads(parsed.expression)) {
      const fail = (code: SurveyError['code'], message: string) =>
        errors.push({ path, code, message: formatExpressionError({ column: read.at, message }) });
      if (read.table === undefined) {
        fail(
          'invalid_expression',
          "pulldata() needs the table's name in quotes, as its CSV file is named: pulldata('sampleList', 'column', 'key column', key)",
        );
        continue;
      }
      const table = Object.hasOwn(lookups, read.table) ? lookups[read.table] : undefined;
      if (!table) {
        fail(
          'missing_lookup',
          `pulldata reads '${read.table}', which this survey does not carry: attach ${read.table}.csv`,
        );
        continue;
      }
      for (const column of [read.column, read.keyColumn]) {
        if (column !== undefined && !table.columns.includes(column))
          fail(
            'unknown_lookup_column',
            `lookup table '${read.table}' has no column '${column}' (its columns: ${columnList(table.columns)})`,
          );
      }
    }
  }
  return errors;
}

/** A warning for each lookup table the survey carries that no `pulldata()` reads: it travels to every phone for nothing. */
export function lintLookups(definition: SurveyDefinition): SurveyWarning[] {
  const read = new Set(lookupsNeeded(definition).map((need) => need.name));
  return Object.keys(definition.lookups ?? {}).flatMap((name) =>
    read.has(name)
      ? []
      : [
          {
            path: `lookups.${name}`,
            code: 'unused_lookup' as const,
            message: `lookup table '${name}' is not read by any pulldata(): use it or remove it`,
          },
        ],
  );
}
