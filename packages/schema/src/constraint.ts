import type { AnswerRecord } from './condition.ts';
import type { Choice, Item, SurveyDefinition } from './definition.ts';
import type { ExpressionNode } from './expression/ast.ts';
import { evaluateExpression, type RepeatContext } from './expression/evaluate.ts';
import { parseExpression } from './expression/parse.ts';
import { toBoolean } from './expression/values.ts';
import { choicesOf } from './walk.ts';

/** The English message of a failed constraint without its own `constraintMessage`. */
export const CONSTRAINT_MESSAGE = 'this answer is not accepted: check it against your other answers';

/** An item's parsed constraint, or undefined when it has none (or it does not parse). */
export function constraintOf(item: Item): ExpressionNode | undefined {
  if (!('constraint' in item) || item.constraint === undefined) return undefined;
  const parsed = parseExpression(item.constraint);
  return parsed.success ? parsed.expression : undefined;
}

/** Whether an answer satisfies a constraint, `.` being the answer. */
export function meetsConstraint(
  constraint: ExpressionNode,
  value: unknown,
  answers: AnswerRecord,
  today?: string,
  context?: RepeatContext,
): boolean {
  return toBoolean(evaluateExpression(constraint, { ...context, answers, current: value, today }));
}

/** An item's parsed choice filter, or undefined when it has none (or it does not parse). */
export function choiceFilterOf(item: Item): ExpressionNode | undefined {
  if ((item.kind !== 'single_choice' && item.kind !== 'multi_choice') || item.choiceFilter === undefined)
    return undefined;
  const parsed = parseExpression(item.choiceFilter);
  return parsed.success ? parsed.expression : undefined;
}

/** Whether a choice passes a choice filter for these answers. */
export function offersChoice(
  filter: ExpressionNode,
  choice: Choice,
  answers: AnswerRecord,
  today?: string,
  context?: RepeatContext,
): boolean {
  return toBoolean(
    evaluateExpression(filter, {
      ...context,
      answers,
      choice: { value: choice.value, properties: choice.properties },
      today,
    }),
  );
}

/**
 * The choices an item offers for the answers so far: all of them, or those its `choiceFilter`
 * keeps (a cascade: the cities of the chosen country).
 * @example offeredChoices(survey, cityItem, { country: 'kg' }) // the cities whose country is 'kg'
 */
export function offeredChoices(
  definition: SurveyDefinition,
  item: Item,
  answers: AnswerRecord,
  today?: string,
  context?: RepeatContext,
): readonly Choice[] {
  const choices = choicesOf(definition, item);
  const filter = choiceFilterOf(item);
  if (!filter) return choices;
  const scope: RepeatContext = { lookups: definition.lookups, ...context };
  return choices.filter((c) => offersChoice(filter, c, answers, today, scope));
}
