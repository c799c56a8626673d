import { checkPlainRepeatRead, checkRepeatUse, isRepeatName } from './check-repeats.ts';
import { type Comparison, type Condition, comparisonsOf, conditionLeaves } from './condition.ts';
import type { Item, SurveyDefinition } from './definition.ts';
import { formatExpressionError } from './expression/ast.ts';
import { patternProblem } from './expression/functions.ts';
import { parseExpression } from './expression/parse.ts';
import { expressionCalls, expressionReferences } from './expression/references.ts';
import type { SurveyError } from './survey-errors.ts';
import { allowedValues, type ItemEntry } from './walk.ts';

const ORDERED_KINDS = new Set<Item['kind']>(['number', 'rating', 'date']);
const LIST_OPERATORS = new Set(['in', 'notIn']);

function checkValue(
  definition: SurveyDefinition,
  target: Item,
  row: string | undefined,
  c: Comparison,
  at: string,
): SurveyError[] {
  const errors: SurveyError[] = [];
  const fail = (message: string) => errors.push({ path: at, code: 'invalid_value', message });
  if (c.op === 'answered') {
    if (c.value !== undefined) fail('"answered" takes no value');
    return errors;
  }
  if (c.value === undefined) {
    fail(`"${c.op}" needs a value`);
    return errors;
  }
  const isList = Array.isArray(c.value);
  if (LIST_OPERATORS.has(c.op) && !isList) fail(`"${c.op}" needs a list of values`);
  if (!LIST_OPERATORS.has(c.op) && isList) fail(`"${c.op}" compares with one value, not a list`);
  const values = Array.isArray(c.value) ? c.value : [c.value];
  const allowed =
    target.kind === 'matrix' && row === undefined ? undefined : allowedValues(definition, target);
  if (allowed) {
    for (const v of values) {
      if (!allowed.includes(String(v))) fail(`"${String(v)}" is not an answer of question "${c.question}"`);
    }
  } else if (
    target.kind === 'number' ||
    target.kind === 'rating' ||
    (target.kind === 'calculate' && target.valueType === 'number')
  ) {
    if (values.some((v) => typeof v !== 'number'))
      fail(`question "${c.question}" is a number: compare it with a number`);
  } else if (target.kind === 'date' || (target.kind === 'calculate' && target.valueType === 'date')) {
    if (values.some((v) => typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v))) {
      fail(`question "${c.question}" is a date: compare it with a date written YYYY-MM-DD`);
    }
  } else if (values.some((v) => typeof v !== 'string')) {
    fail(`question "${c.question}" is text: compare it with text`);
  }
  return errors;
}

function checkOperator(
  target: Item,
  row: string | undefined,
  c: Comparison,
  at: string,
): SurveyError | undefined {
  const fail = (message: string): SurveyError => ({ path: at, code: 'invalid_operator', message });
  if (target.kind === 'matrix' && row === undefined && c.op !== 'answered') {
    return fail(`name a row ("${c.question}.<row>") to compare a matrix answer`);
  }
  if (c.op === 'selected' && target.kind !== 'multi_choice') {
    return fail(`"selected" is for multiple-choice questions; "${c.question}" is ${target.kind}`);
  }
  // a calculation of numbers or dates compares like a number or date question
  const ordered =
    ORDERED_KINDS.has(target.kind) ||
    (target.kind === 'calculate' && (target.valueType === 'number' || target.valueType === 'date'));
  if (['gt', 'gte', 'lt', 'lte'].includes(c.op) && !ordered) {
    return fail(`"${c.op}" compares numbers, ratings and dates; "${c.question}" is ${target.kind}`);
  }
  if (target.kind === 'text' && c.op !== 'answered' && c.op !== 'eq' && c.op !== 'neq') {
    return fail(`text question "${c.question}" can be tested with "answered", "eq" or "neq" only`);
  }
  return undefined;
}

/**
 * An expression condition: it parses, reads only earlier items by `${name}` (no `.`, no bare
 * names), and its `regex()` patterns are literal and safe.
 */
function checkExpressionLeaf(
  definition: SurveyDefinition,
  source: string,
  at: string,
  order: number,
  ownId: string | undefined,
  byId: ReadonlyMap<string, ItemEntry>,
): SurveyError[] {
  const fail = (code: SurveyError['code'], column: number, message: string): SurveyError => ({
    path: at,
    code,
    message: formatExpressionError({ column, message }),
  });
  const parsed = parseExpression(source);
  if (!parsed.success) return [fail('invalid_expression', parsed.error.column, parsed.error.message)];
  const context = ownId === undefined ? undefined : byId.get(ownId)?.section;
  const errors = checkRepeatUse(definition, parsed.expression, at, context);
  for (const ref of expressionReferences(parsed.expression)) {
    if (ref.kind === 'ref' && isRepeatName(definition, ref.name)) continue;
    if (ref.kind !== 'ref') {
      const what = ref.kind === 'current' ? '"." (this answer)' : `'${ref.name}'`;
      errors.push(
        fail('invalid_expression', ref.column, `${what} is not known here: write \${name} for a question`),
      );
      continue;
    }
    const entry = byId.get(ref.name);
    if (ref.name === ownId)
      errors.push(fail('self_reference', ref.column, `a question cannot depend on itself ("${ref.name}")`));
    else if (!entry)
      errors.push(fail('unknown_reference', ref.column, `question "${ref.name}" does not exist`));
    else if (entry.item.kind === 'note')
      errors.push(fail('invalid_operator', ref.column, `"${ref.name}" is a note and has no answer`));
    else if (entry.order >= order)
      errors.push(fail('forward_reference', ref.column, `question "${ref.name}" comes later in the survey`));
  }
  for (const call of expressionCalls(parsed.expression)) {
    if (call.name !== 'regex') continue;
    const pattern = call.args[1];
    const problem =
      pattern?.type === 'string'
        ? patternProblem(pattern.value)
        : 'regex() needs its pattern written in quotes';
    if (problem) errors.push(fail('invalid_expression', call.column, problem));
  }
  return errors;
}

/**
 * Check one `showIf` condition placed before position `order` (exclusive): every question it names
 * must exist, come earlier, and be compared in a way its kind allows.
 */
export function checkCondition(
  definition: SurveyDefinition,
  condition: Condition,
  at: string,
  order: number,
  ownId: string | undefined,
  byId: ReadonlyMap<string, ItemEntry>,
): SurveyError[] {
  const errors: SurveyError[] = [];
  for (const { leaf, path } of conditionLeaves(condition))
    if ('expression' in leaf)
      errors.push(...checkExpressionLeaf(definition, leaf.expression, at + path, order, ownId, byId));
  for (const { comparison: c, path } of comparisonsOf(condition)) {
    const where = at + path;
    const [id = c.question, row, ...rest] = c.question.split('.');
    if (id === ownId) {
      errors.push({
        path: where,
        code: 'self_reference',
        message: `a question cannot depend on itself ("${id}")`,
      });
      continue;
    }
    const entry = byId.get(id);
    if (!entry || rest.length > 0) {
      errors.push({
        path: where,
        code: 'unknown_reference',
        message: `question "${c.question}" does not exist`,
      });
      continue;
    }
    const target = entry.item;
    if (target.kind === 'note') {
      errors.push({ path: where, code: 'invalid_operator', message: `"${id}" is a note and has no answer` });
      continue;
    }
    const outside = checkPlainRepeatRead(
      definition,
      id,
      ownId === undefined ? undefined : byId.get(ownId)?.section,
    );
    if (outside) {
      errors.push({ path: where, code: 'invalid_operator', message: outside });
      continue;
    }
    if (entry.order >= order) {
      errors.push({
        path: where,
        code: 'forward_reference',
        message: `question "${id}" comes later in the survey`,
      });
      continue;
    }
    if (row !== undefined && (target.kind !== 'matrix' || !target.rows.some((r) => r.id === row))) {
      errors.push({
        path: where,
        code: 'unknown_reference',
        message: `question "${c.question}" does not exist`,
      });
      continue;
    }
    const opError = checkOperator(target, row, c, where);
    if (opError) {
      errors.push(opError);
      continue;
    }
    errors.push(...checkValue(definition, target, row, c, where));
  }
  return errors;
}
