import type { AnswerRecord } from './condition.ts';
import type { Section } from './definition.ts';
import { evaluateExpression, type RepeatContext } from './expression/evaluate.ts';
import { parseExpression } from './expression/parse.ts';
import { toNumber } from './expression/values.ts';
import { REPEAT_MAX_INSTANCES } from './limits.ts';

/** How many instances a repeat section takes at least and at most, defaults applied. */
export function repeatBounds(section: Section): { readonly min: number; readonly max: number } {
  const max = Math.min(section.repeat?.max ?? REPEAT_MAX_INSTANCES, REPEAT_MAX_INSTANCES);
  return { min: Math.min(section.repeat?.min ?? 0, max), max };
}

/**
 * The number of instances a repeat section's `count` gives for these answers, kept between its
 * min and max (a blank or nonsense count is 0 before that); undefined when it has no `count`.
 * @example countedInstances(section, { household_size: 3 }) // 3
 */
export function countedInstances(
  section: Section,
  answers: AnswerRecord,
  options: RepeatContext & { readonly today?: string | undefined } = {},
): number | undefined {
  const source = section.repeat?.count;
  if (source === undefined) return undefined;
  const parsed = parseExpression(source);
  const { min, max } = repeatBounds(section);
  if (!parsed.success) return min;
  const n = Math.trunc(toNumber(evaluateExpression(parsed.expression, { ...options, answers })));
  return Math.min(max, Math.max(min, Number.isFinite(n) ? n : 0));
}
