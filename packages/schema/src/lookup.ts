import { conditionLeaves } from './condition.ts';
import type { Condition } from './condition-schema.ts';
import type { SurveyDefinition } from './definition.ts';
import type { ExpressionNode } from './expression/ast.ts';
import { parseExpression } from './expression/parse.ts';
import { expressionCalls } from './expression/references.ts';

export type { SurveyLookups } from './expression/lookup-table.ts';
export { pulldata } from './expression/lookup-table.ts';

/** An expression of a survey with where it is written (`sections[0].items[2].calculation`). */
export interface SurveyExpression {
  readonly path: string;
  readonly source: string;
}

function conditionExpressions(condition: Condition | undefined, path: string): SurveyExpression[] {
  if (condition === undefined) return [];
  return conditionLeaves(condition, path).flatMap(({ leaf, path: at }) =>
    'expression' in leaf ? [{ path: `${at}.expression`, source: leaf.expression }] : [],
  );
}

/**
 * Every expression a survey holds, in order: sections' conditions and repeat counts, items'
 * conditions, calculations, constraints and choice filters. (`${}` piping in labels names answers
 * only, so it calls no function.)
 */
export function surveyExpressions(definition: SurveyDefinition): SurveyExpression[] {
  const found: SurveyExpression[] = [];
  definition.sections.forEach((section, s) => {
    const at = `sections[${s}]`;
    found.push(...conditionExpressions(section.showIf, `${at}.showIf`));
    if (section.repeat?.count !== undefined)
      found.push({ path: `${at}.repeat.count`, source: section.repeat.count });
    section.items.forEach((item, i) => {
      const path = `${at}.items[${i}]`;
      found.push(...conditionExpressions(item.showIf, `${path}.showIf`));
      if (item.kind === 'calculate') found.push({ path: `${path}.calculation`, source: item.calculation });
      if ('constraint' in item && item.constraint !== undefined)
        found.push({ path: `${path}.constraint`, source: item.constraint });
      if ('choiceFilter' in item && item.choiceFilter !== undefined)
        found.push({ path: `${path}.choiceFilter`, source: item.choiceFilter });
    });
  });
  return found;
}

/**
 * One `pulldata()` call: the table, value column and key column when written in quotes (what a
 * draft check can verify), and the column of the call in its expression.
 */
export interface LookupRead {
  readonly table?: string | undefined;
  readonly column?: string | undefined;
  readonly keyColumn?: string | undefined;
  /** The call's 1-based column in the expression, for a located error. */
  readonly at: number;
}

function literal(node: ExpressionNode | undefined): string | undefined {
  return node?.type === 'string' ? node.value : undefined;
}

/** The `pulldata()` calls of one parsed expression, in the order written. */
export function lookupReads(expression: ExpressionNode): LookupRead[] {
  return expressionCalls(expression)
    .filter((call) => call.name === 'pulldata')
    .map(({ args, column }) => ({
      table: literal(args[0]),
      column: literal(args[1]),
      keyColumn: literal(args[2]),
      at: column,
    }));
}

/** A lookup table a survey reads and the columns it names. */
export interface LookupNeed {
  readonly name: string;
  readonly columns: string[];
}

/**
 * Every lookup table the survey's `pulldata()` calls name in quotes, with the columns they read
 * (value and key columns), each once in the order first written: the CSV files to attach.
 * @example lookupsNeeded(survey) // [{ name: 'sampleList', columns: ['lat', 'EFEACODE', 'lon'] }]
 */
export function lookupsNeeded(definition: SurveyDefinition): LookupNeed[] {
  const needs = new Map<string, Set<string>>();
  for (const { source } of surveyExpressions(definition)) {
    if (!source.includes('pulldata')) continue;
    const parsed = parseExpression(source);
    if (!parsed.success) continue;
    for (const read of lookupReads(parsed.expression)) {
      if (read.table === undefined) continue;
      const columns = needs.get(read.table) ?? new Set<string>();
      needs.set(read.table, columns);
      if (read.column !== undefined) columns.add(read.column);
      if (read.keyColumn !== undefined) columns.add(read.keyColumn);
    }
  }
  return [...needs].map(([name, columns]) => ({ name, columns: [...columns] }));
}
