import { z } from 'zod/mini';
import { applyCalculations, compileCalculations } from './calculate.ts';
import { type AnswerRecord, evaluateCondition, isAnswered, ownAnswer } from './condition.ts';
import {
  CONSTRAINT_MESSAGE,
  choiceFilterOf,
  constraintOf,
  meetsConstraint,
  offersChoice,
} from './constraint.ts';
import type { Choice, Item, SurveyDefinition } from './definition.ts';
import type { ExpressionNode } from './expression/ast.ts';
import { todayUtc } from './expression/evaluate.ts';
import { formatPath } from './path.ts';
import {
  allowedValues,
  choicesOf,
  type ItemEntry,
  OTHER_VALUE,
  otherKey,
  surveyItems,
  visibilityOf,
} from './walk.ts';

/** Longest free text kept when an item sets no `maxLength`. */
export const DEFAULT_TEXT_MAX = 2000;
const OTHER_TEXT_MAX = 500;

/**
 * zod's English messages for issues without one of kolo's own, unless the app configured zod's
 * messages itself. Answer validation runs on every phone's collect screens, so it is built on
 * `zod/mini` (no chained methods: a fraction of classic zod's bytes), which leaves messages unset.
 */
const english = z.locales.en().localeError;
const PARSE: z.core.ParseContext<z.core.$ZodIssue> = {
  error: (issue) => {
    const config = z.config();
    return config.customError || config.localeError ? undefined : english(issue);
  },
};

function oneOf(values: readonly string[]) {
  return z
    .string()
    .check(z.refine((v) => values.includes(v), { message: `must be one of: ${values.join(', ')}` }));
}

/** The zod schema of one item's answer, before conditions and `required` are applied. */
function valueSchema(definition: SurveyDefinition, item: Item): z.ZodMiniType | undefined {
  const values = allowedValues(definition, item) ?? [];
  switch (item.kind) {
    case 'single_choice':
    case 'likert':
    case 'yes_no':
      return oneOf(values);
    case 'multi_choice': {
      const exclusive = new Set(
        (item.options ?? definition.choiceLists?.[item.choices ?? ''] ?? [])
          .filter((c) => c.exclusive)
          .map((c) => c.value),
      );
      const schema = z.array(oneOf(values)).check(
        z.minLength(1, 'choose at least one option'),
        z.refine((a) => new Set(a).size === a.length, { message: 'an option is chosen twice' }),
        z.refine((a) => a.length === 1 || !a.some((v) => exclusive.has(v)), {
          message: 'this option cannot be combined with others',
        }),
      );
      const max = item.maxSelections;
      return max === undefined
        ? schema
        : schema.check(z.refine((a) => a.length <= max, { message: `choose at most ${max}` }));
    }
    case 'rating':
      return z.number().check(z.int('must be a whole number'), z.gte(item.min ?? 1), z.lte(item.max));
    case 'number': {
      const checks: z.core.$ZodCheck<number>[] = [];
      if (item.integer) checks.push(z.int('must be a whole number'));
      if (item.min !== undefined) checks.push(z.gte(item.min));
      if (item.max !== undefined) checks.push(z.lte(item.max));
      return z.number().check(...checks);
    }
    case 'text':
      return z
        .string()
        .check(
          z.trim(),
          z.minLength(1, 'must not be empty'),
          z.maxLength(item.maxLength ?? DEFAULT_TEXT_MAX),
        );
    case 'date': {
      const { min, max } = item;
      return z.iso.date('must be a date written YYYY-MM-DD').check(
        z.refine((d) => min === undefined || d >= min, { message: `must be on or after ${min}` }),
        z.refine((d) => max === undefined || d <= max, { message: `must be on or before ${max}` }),
      );
    }
    case 'matrix':
      return z.strictObject(Object.fromEntries(item.rows.map((row) => [row.id, z.optional(oneOf(values))])));
    case 'note':
    case 'calculate':
      return undefined;
  }
}

interface CompiledItem {
  readonly entry: ItemEntry;
  readonly schema: z.ZodMiniType | undefined;
  /**
   * A plain check that accepts only values the schema accepts (it may send valid values on to the
   * schema, never the other way round): most answers are valid, and most kinds are a set lookup
   * or a range, so zod runs only to word a problem. Validation runs on every submission.
   */
  readonly accepts: ((value: unknown) => boolean) | undefined;
  readonly otherKey: string | undefined;
  /** The parsed `constraint`, `.` being the answer. */
  readonly constraint: ExpressionNode | undefined;
  readonly constraintMessage: string;
  /** The parsed `choiceFilter`, with the item's choices by value. */
  readonly filter:
    | { readonly node: ExpressionNode; readonly choices: ReadonlyMap<string, Choice> }
    | undefined;
}

/**
 * The day `today()` means while one submission is checked (its collection day on the server).
 * Validation is synchronous, so {@link validateAnswers} sets it around one parse.
 */
let checkingDay: string | undefined;

/** See {@link CompiledItem.accepts}; `undefined` for kinds that always go through zod. */
function fastAccept(definition: SurveyDefinition, item: Item): ((value: unknown) => boolean) | undefined {
  const allowed = new Set(allowedValues(definition, item) ?? []);
  switch (item.kind) {
    case 'single_choice':
    case 'likert':
    case 'yes_no':
      return (v) => typeof v === 'string' && allowed.has(v);
    case 'multi_choice': {
      const exclusive = new Set(
        (item.options ?? definition.choiceLists?.[item.choices ?? ''] ?? [])
          .filter((c) => c.exclusive)
          .map((c) => c.value),
      );
      const max = item.maxSelections ?? Number.POSITIVE_INFINITY;
      return (v) => {
        if (!Array.isArray(v) || v.length === 0 || v.length > max) return false;
        const seen = new Set<string>();
        for (const x of v) {
          if (typeof x !== 'string' || !allowed.has(x) || seen.has(x)) return false;
          if (v.length > 1 && exclusive.has(x)) return false;
          seen.add(x);
        }
        return true;
      };
    }
    case 'rating': {
      const min = item.min ?? 1;
      return (v) => typeof v === 'number' && Number.isSafeInteger(v) && v >= min && v <= item.max;
    }
    case 'number': {
      const { integer, min, max } = item;
      return (v) =>
        typeof v === 'number' &&
        Number.isFinite(v) &&
        (!integer || Number.isSafeInteger(v)) &&
        (min === undefined || v >= min) &&
        (max === undefined || v <= max);
    }
    default:
      return undefined;
  }
}

/** Answer validation compiled from a definition; build it with {@link compileSurvey}. */
export interface CompiledSurvey {
  readonly definition: SurveyDefinition;
  /**
   * A zod (`zod/mini`) schema for a whole answer object: runs the same in the browser and on the
   * server. {@link validateAnswers} adds zod's English messages where kolo gives none.
   */
  readonly schema: z.ZodMiniType<Record<string, unknown>>;
}

const OTHER_TEXT = z
  .string()
  .check(z.trim(), z.minLength(1, 'please specify "other"'), z.maxLength(OTHER_TEXT_MAX));

function addIssue(ctx: z.core.$RefinementCtx, path: PropertyKey[], code: string, message: string) {
  ctx.addIssue({ code: 'custom', path, message, params: { kolo: code } });
}

function checkItem(compiled: CompiledItem, answers: AnswerRecord, ctx: z.core.$RefinementCtx) {
  const { entry, schema } = compiled;
  const { item } = entry;
  // notes take no answer (a value under a note id is reported as unknown); calculations are
  // computed afresh before the check
  if (!schema) return;
  const value = ownAnswer(answers, item.id);
  const visible = evaluateCondition(visibilityOf(entry), answers, checkingDay);
  const answered = isAnswered(value);
  if (!visible) {
    if (value !== undefined)
      addIssue(ctx, [item.id], 'hidden', 'must be left empty: the question is not shown');
  } else if (value !== undefined) {
    let valid = compiled.accepts?.(value) === true;
    if (!valid) {
      const result = schema.safeParse(value, PARSE);
      valid = result.success;
      if (!result.success) {
        for (const issue of result.error.issues) {
          ctx.addIssue({
            code: 'custom',
            path: [item.id, ...issue.path],
            message: issue.message,
            params: { kolo: issue.code },
          });
        }
      }
    }
    if (valid && (compiled.constraint || compiled.filter)) checkExpressions(compiled, value, answers, ctx);
  }
  if (visible && 'required' in item && item.required) {
    if (!answered) addIssue(ctx, [item.id], 'required', 'an answer is required');
    else if (item.kind === 'matrix' && typeof value === 'object' && value !== null) {
      for (const row of item.rows) {
        if (!isAnswered(ownAnswer(value as Record<string, unknown>, row.id)))
          addIssue(ctx, [item.id, row.id], 'required', 'an answer is required');
      }
    }
  }
  if (compiled.otherKey) {
    const text = ownAnswer(answers, compiled.otherKey);
    const chose = visible && (value === OTHER_VALUE || (Array.isArray(value) && value.includes(OTHER_VALUE)));
    if (!chose && text !== undefined)
      addIssue(ctx, [compiled.otherKey], 'hidden', 'must be left empty: "other" is not chosen');
    if (chose && text === undefined) addIssue(ctx, [compiled.otherKey], 'required', 'please specify "other"');
    if (chose && text !== undefined) {
      const result = OTHER_TEXT.safeParse(text, PARSE);
      if (!result.success)
        for (const issue of result.error.issues)
          addIssue(ctx, [compiled.otherKey], issue.code, issue.message);
    }
  }
}

/** The item's constraint and choice filter, run only on a value of the right shape. */
function checkExpressions(
  compiled: CompiledItem,
  value: unknown,
  answers: AnswerRecord,
  ctx: z.core.$RefinementCtx,
): void {
  const { item } = compiled.entry;
  const today = checkingDay ?? todayUtc();
  if (compiled.filter) {
    const { node, choices } = compiled.filter;
    for (const code of Array.isArray(value) ? value : [value]) {
      const choice = typeof code === 'string' ? choices.get(code) : undefined;
      if (choice && !offersChoice(node, choice, answers, today))
        addIssue(ctx, [item.id], 'filtered', `"${code}" is not offered for the earlier answers`);
    }
  }
  if (compiled.constraint && !meetsConstraint(compiled.constraint, value, answers, today))
    addIssue(ctx, [item.id], 'constraint', compiled.constraintMessage);
}

function isAnswerObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function build(definition: SurveyDefinition): CompiledSurvey {
  const items: CompiledItem[] = surveyItems(definition).map((entry) => {
    const { item } = entry;
    const hasOther =
      (item.kind === 'single_choice' || item.kind === 'multi_choice') && item.other !== undefined;
    const filter = choiceFilterOf(item);
    return {
      entry,
      schema: valueSchema(definition, item),
      accepts: fastAccept(definition, item),
      otherKey: hasOther ? otherKey(item.id) : undefined,
      constraint: constraintOf(item),
      constraintMessage:
        ('constraintMessage' in item ? item.constraintMessage?.en : undefined) ?? CONSTRAINT_MESSAGE,
      filter: filter && {
        node: filter,
        choices: new Map(choicesOf(definition, item).map((c) => [c.value, c])),
      },
    };
  });
  const known = new Set<string>();
  for (const { entry, schema, otherKey: other } of items) {
    if (schema || entry.item.kind === 'calculate') known.add(entry.item.id);
    if (other) known.add(other);
  }
  const calculations = compileCalculations(definition);
  // the object is checked here rather than by z.record, which would parse every key and value
  // only to copy them: that was most of the time validation took
  const check = z.unknown().check(
    z.superRefine((answers, ctx) => {
      if (!isAnswerObject(answers)) {
        ctx.addIssue({ code: 'invalid_type', expected: 'record', input: answers });
        return;
      }
      for (const key of Object.keys(answers)) {
        if (!known.has(key))
          addIssue(ctx, [key], 'unknown_question', `"${key}" is not a question of this survey`);
      }
      for (const item of items) checkItem(item, answers, ctx);
    }),
  );
  if (calculations.length === 0)
    return { definition, schema: check as unknown as z.ZodMiniType<Record<string, unknown>> };
  // calculated values are computed here, whatever the client sent, and checked and returned with
  // the answers: the stored value is always the server's
  const calculate = z.transform((answers: unknown) =>
    isAnswerObject(answers) ? applyCalculations(calculations, answers, { today: checkingDay }) : answers,
  );
  return {
    definition,
    schema: z.pipe(calculate, check) as unknown as z.ZodMiniType<Record<string, unknown>>,
  };
}

const byObject = new WeakMap<SurveyDefinition, CompiledSurvey>();
const byVersion = new Map<string, { json: string; compiled: CompiledSurvey }>();
const CACHE_SIZE = 256;

/**
 * Compile a checked definition into answer validation, once per survey id and version (a changed
 * draft with the same version is compiled again).
 * @example const { schema } = compileSurvey(survey); schema.safeParse(answers);
 */
export function compileSurvey(definition: SurveyDefinition): CompiledSurvey {
  const hit = byObject.get(definition);
  if (hit) return hit;
  const key = `${definition.id}@${definition.version}`;
  const json = JSON.stringify(definition);
  const cached = byVersion.get(key);
  let compiled = cached?.json === json ? cached.compiled : undefined;
  if (!compiled) {
    compiled = build(definition);
    byVersion.delete(key);
    byVersion.set(key, { json, compiled });
    if (byVersion.size > CACHE_SIZE) {
      const oldest = byVersion.keys().next().value;
      if (oldest !== undefined) byVersion.delete(oldest);
    }
  }
  byObject.set(definition, compiled);
  return compiled;
}

/** One answer problem, keyed by question path (`q3`, `matrix.row`, `services_other`). */
export interface AnswerIssue {
  readonly path: string;
  /** `required`, `hidden`, `unknown_question`, `constraint`, `filtered`, or a zod issue code such as `too_big`. */
  readonly code: string;
  readonly message: string;
}

/** Messages grouped by question path, the shape of a 422 body's `errors`. */
export type AnswerErrors = Record<string, string[]>;

export type ValidateAnswersResult<TAnswers> =
  | { readonly success: true; readonly answers: TAnswers }
  | { readonly success: false; readonly issues: readonly AnswerIssue[]; readonly errors: AnswerErrors };

/** Turn zod issues from a compiled schema into located answer issues. */
export function answerIssues(error: z.core.$ZodError): AnswerIssue[] {
  return error.issues.map((issue) => {
    const params = 'params' in issue ? (issue.params as { kolo?: string } | undefined) : undefined;
    return {
      path: formatPath(issue.path).replace(/\[(\d+)\]/g, '.$1') || '(answers)',
      code: params?.kolo ?? issue.code,
      message: issue.message,
    };
  });
}

/** How to validate: `today` is the day `today()` means, the collection day on the server (UTC by default). */
export interface ValidateAnswersOptions {
  readonly today?: string | undefined;
}

/**
 * Validate one submission's answers against a definition; on success `answers` carries the
 * calculated values as computed here (store these, not the client's).
 * @example
 * const result = validateAnswers(survey, { service_type: 'nsp' });
 * if (!result.success) reply(422, { errors: result.errors });
 */
export function validateAnswers<TAnswers = Record<string, unknown>>(
  definition: SurveyDefinition,
  answers: unknown,
  options: ValidateAnswersOptions = {},
): ValidateAnswersResult<TAnswers> {
  const schema = compileSurvey(definition).schema;
  checkingDay = options.today;
  let result: ReturnType<typeof schema.safeParse>;
  try {
    result = schema.safeParse(answers, PARSE);
  } finally {
    checkingDay = undefined;
  }
  if (result.success) return { success: true, answers: result.data as TAnswers };
  const issues = answerIssues(result.error);
  // grouped in a Map, not an object: a path such as `constructor` or `__proto__` is only a key
  const grouped = new Map<string, string[]>();
  for (const issue of issues) {
    const list = grouped.get(issue.path);
    if (list) list.push(issue.message);
    else grouped.set(issue.path, [issue.message]);
  }
  // fromEntries defines own properties, so even `__proto__` is an ordinary key of the result
  return { success: false, issues, errors: Object.fromEntries(grouped) };
}
