import { checkPlainRepeatRead, checkRepeatUse, isRepeatName } from './check-repeats.ts';
import type { Item, SurveyDefinition } from './definition.ts';
import { formatExpressionError } from './expression/ast.ts';
import { patternProblem } from './expression/functions.ts';
import { parseExpression } from './expression/parse.ts';
import { pipedReferences } from './expression/piping.ts';
import { expressionCalls, expressionReferences } from './expression/references.ts';
import type { SurveyError, SurveyErrorCode } from './survey-errors.ts';
import { choicesOf, type ItemEntry } from './walk.ts';

type Role = 'calculation' | 'constraint' | 'choiceFilter';

function located(path: string, code: SurveyErrorCode, column: number, message: string): SurveyError {
  return { path, code, message: formatExpressionError({ column, message }) };
}

/** Which item an expression may read: any answer, earlier calculations; a choice filter only earlier items. */
function checkReference(
  name: string,
  column: number,
  at: string,
  entry: ItemEntry,
  role: Role,
  byId: ReadonlyMap<string, ItemEntry>,
): SurveyError | undefined {
  const target = byId.get(name);
  if (!target) return located(at, 'unknown_reference', column, `question "${name}" does not exist`);
  if (target.item.kind === 'note')
    return located(at, 'invalid_operator', column, `"${name}" is a note and has no answer`);
  if (name === entry.item.id && role !== 'constraint')
    return located(at, 'self_reference', column, `an expression cannot use its own item ("${name}")`);
  const later = target.order > entry.order;
  if (later && (role === 'choiceFilter' || (role === 'calculation' && target.item.kind === 'calculate'))) {
    const what = target.item.kind === 'calculate' ? 'calculation' : 'question';
    return located(at, 'forward_reference', column, `${what} "${name}" comes later in the survey`);
  }
  return undefined;
}

/**
 * Check one expression of an item: it parses, what it reads exists (a repeat read as XLSForm
 * allows), `regex()` patterns are safe.
 */
function checkExpression(
  definition: SurveyDefinition,
  source: string,
  at: string,
  entry: ItemEntry,
  role: Role,
  byId: ReadonlyMap<string, ItemEntry>,
  properties: ReadonlySet<string>,
): SurveyError[] {
  const parsed = parseExpression(source);
  if (!parsed.success) return [located(at, 'invalid_expression', parsed.error.column, parsed.error.message)];
  const errors = checkRepeatUse(definition, parsed.expression, at, entry.section);
  for (const ref of expressionReferences(parsed.expression)) {
    if (ref.kind === 'ref' && isRepeatName(definition, ref.name)) continue;
    if (ref.kind === 'ref') {
      const error = checkReference(ref.name, ref.column, at, entry, role, byId);
      if (error) errors.push(error);
    } else if (ref.kind === 'current' && role !== 'constraint') {
      errors.push(located(at, 'invalid_expression', ref.column, '"." (this answer) is only for constraints'));
    } else if (ref.kind === 'name' && role !== 'choiceFilter') {
      errors.push(
        located(
          at,
          'invalid_expression',
          ref.column,
          `'${ref.name}' is not known: write \${${ref.name}} for a question`,
        ),
      );
    } else if (ref.kind === 'name' && ref.name !== 'name' && !properties.has(ref.name)) {
      errors.push(
        located(
          at,
          'unknown_reference',
          ref.column,
          `no choice of this question has the property '${ref.name}'`,
        ),
      );
    }
  }
  for (const call of expressionCalls(parsed.expression)) {
    if (call.name !== 'regex') continue;
    const pattern = call.args[1];
    if (pattern?.type !== 'string') {
      errors.push(
        located(at, 'invalid_expression', call.column, 'regex() needs its pattern written in quotes'),
      );
      continue;
    }
    const problem = patternProblem(pattern.value);
    if (problem) errors.push(located(at, 'invalid_expression', call.column, problem));
  }
  return errors;
}

function choiceProperties(definition: SurveyDefinition, item: Item): Set<string> {
  const names = new Set<string>();
  for (const choice of choicesOf(definition, item))
    for (const key of Object.keys(choice.properties ?? {})) names.add(key);
  return names;
}

/** `${}` piping in an item's label and hint: each name must be an item with a value. */
function checkPiping(
  definition: SurveyDefinition,
  entry: ItemEntry,
  byId: ReadonlyMap<string, ItemEntry>,
): SurveyError[] {
  const errors: SurveyError[] = [];
  const { item, path } = entry;
  const texts: Array<[string, Readonly<Record<string, string>> | undefined]> = [
    ['label', item.label],
    ['hint', item.hint],
  ];
  for (const [key, text] of texts) {
    for (const [locale, value] of Object.entries(text ?? {})) {
      for (const { name, column } of pipedReferences(value)) {
        const at = `${path}.${key}.${locale}`;
        const target = byId.get(name);
        if (!target)
          errors.push(located(at, 'unknown_reference', column, `question "${name}" does not exist`));
        else if (target.item.kind === 'note')
          errors.push(
            located(at, 'invalid_operator', column, `"${name}" is a note and has no answer to show`),
          );
        else if (name === item.id)
          errors.push(
            located(at, 'self_reference', column, `a label cannot show its own answer ("${name}")`),
          );
        else {
          const outside = checkPlainRepeatRead(definition, name, entry.section);
          if (outside) errors.push(located(at, 'invalid_expression', column, outside));
        }
      }
    }
  }
  return errors;
}

/**
 * Check an item's expressions (calculation, constraint, choice filter) and its `${}` piping, each
 * error located by path and column, e.g. `sections[0].items[2].constraint: col 14: unknown function 'sum2'`.
 */
export function checkItemExpressions(
  definition: SurveyDefinition,
  entry: ItemEntry,
  byId: ReadonlyMap<string, ItemEntry>,
): SurveyError[] {
  const { item, path } = entry;
  const none = new Set<string>();
  const errors = checkPiping(definition, entry, byId);
  if (item.kind === 'calculate')
    errors.push(
      ...checkExpression(
        definition,
        item.calculation,
        `${path}.calculation`,
        entry,
        'calculation',
        byId,
        none,
      ),
    );
  if ('constraint' in item && item.constraint !== undefined)
    errors.push(
      ...checkExpression(definition, item.constraint, `${path}.constraint`, entry, 'constraint', byId, none),
    );
  if ((item.kind === 'single_choice' || item.kind === 'multi_choice') && item.choiceFilter !== undefined) {
    const properties = choiceProperties(definition, item);
    errors.push(
      ...checkExpression(
        definition,
        item.choiceFilter,
        `${path}.choiceFilter`,
        entry,
        'choiceFilter',
        byId,
        properties,
      ),
    );
  }
  return errors;
}
