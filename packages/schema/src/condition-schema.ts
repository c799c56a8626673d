import { z } from 'zod';
import { COMPARISON_OPERATORS, type Condition as ConditionTree } from './condition.ts';
import { EXPRESSION_MAX_LENGTH } from './expression/parse.ts';

const Scalar = z.union([z.string(), z.number(), z.boolean()]);
export type ConditionScalar = z.infer<typeof Scalar>;

/**
 * One test of an earlier answer. `question` is an item id, or `matrixId.rowId` for a matrix row.
 * - `eq`/`neq`/`gt`/`gte`/`lt`/`lte` compare with `value` (a number for numbers, an ISO date for dates).
 * - `in`/`notIn` take a list of values; `selected` asks whether a multi-choice answer includes `value`.
 * - `answered` is true when the question has an answer.
 * Every operator but `answered` is false when the question has no answer.
 */
export const Comparison = z.strictObject({
  question: z.string().min(1),
  op: z.enum(COMPARISON_OPERATORS),
  value: z.union([Scalar, z.array(Scalar)]).optional(),
});
export type Comparison = z.infer<typeof Comparison>;

/** A `showIf` condition: a JSON tree of comparisons joined by `all`, `any` and `not`; data, never code. */
export type Condition = ConditionTree;

export const Condition: z.ZodType<Condition> = z
  .lazy(
    () =>
      z.union([
        Comparison,
        z.strictObject({
          expression: z
            .string()
            .max(EXPRESSION_MAX_LENGTH)
            .refine((text) => text.trim() !== '', 'needs an expression'),
        }),
        z.strictObject({ all: z.array(Condition).min(1, 'needs at least one condition') }),
        z.strictObject({ any: z.array(Condition).min(1, 'needs at least one condition') }),
        z.strictObject({ not: Condition }),
      ]),
    // an id, so a JSON Schema or OpenAPI document refers to the tree by name instead of recursing
  )
  .meta({ id: 'Condition' });
