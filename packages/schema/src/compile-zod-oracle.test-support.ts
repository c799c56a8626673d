/**
 * The answer validation kolo ran before 7 Dec 2026, built on zod/mini, kept verbatim as the oracle of
 * `compile.properties.test.ts`: the plain checks in compile.ts must give exactly what this gives.
 * Tests only; nothing on the server or the phone imports it.
 */
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
import type { Choice, Item, Section, SurveyDefinition } from './definition.ts';
import type { ExpressionNode } from './expression/ast.ts';
import { type RepeatContext, todayUtc } from './expression/evaluate.ts';
import { formatPath } from './path.ts';
import { countedInstances, repeatBounds } from './repeat-count.ts';
import {
  allowedValues,
  choicesOf,
  type ItemEntry,
  instanceAnswers,
  OTHER_VALUE,
  otherKey,
  repeatLayout,
  surveyItems,
  visibilityOf,
} from './walk.ts';

/** Longest free text kept when an item sets no `maxLength`. */
const DEFAULT_TEXT_MAX = 2000;
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

/**
 * Where one item's answer is checked: `view` is what its conditions and expressions read (the
 * answers, or inside a repeat the instance over them), `record` holds its value, `at` prefixes
 * issue paths (`['partners', 1]`).
 */
interface Place {
  readonly view: AnswerRecord;
  readonly record: AnswerRecord;
  readonly at: readonly PropertyKey[];
  readonly context: RepeatContext;
}

function checkItem(compiled: CompiledItem, place: Place, ctx: z.core.$RefinementCtx) {
  const { entry, schema } = compiled;
  const { item } = entry;
  // notes take no answer (a value under a note id is reported as unknown); calculations are
  // computed afresh before the check
  if (!schema) return;
  const { view, record, at, context } = place;
  const value = ownAnswer(record, item.id);
  const visible = evaluateCondition(visibilityOf(entry), view, checkingDay, context);
  const answered = isAnswered(value);
  if (!visible) {
    if (value !== undefined)
      addIssue(ctx, [...at, item.id], 'hidden', 'must be left empty: the question is not shown');
  } else if (value !== undefined) {
    let valid = compiled.accepts?.(value) === true;
    if (!valid) {
      const result = schema.safeParse(value, PARSE);
      valid = result.success;
      if (!result.success) {
        for (const issue of result.error.issues) {
          ctx.addIssue({
            code: 'custom',
            path: [...at, item.id, ...issue.path],
            message: issue.message,
            params: { kolo: issue.code },
          });
        }
      }
    }
    if (valid && (compiled.constraint || compiled.filter)) checkExpressions(compiled, value, place, ctx);
  }
  if (visible && 'required' in item && item.required) {
    if (!answered) addIssue(ctx, [...at, item.id], 'required', 'an answer is required');
    else if (item.kind === 'matrix' && typeof value === 'object' && value !== null) {
      for (const row of item.rows) {
        if (!isAnswered(ownAnswer(value as Record<string, unknown>, row.id)))
          addIssue(ctx, [...at, item.id, row.id], 'required', 'an answer is required');
      }
    }
  }
  if (compiled.otherKey) {
    const key = compiled.otherKey;
    const text = ownAnswer(record, key);
    const chose = visible && (value === OTHER_VALUE || (Array.isArray(value) && value.includes(OTHER_VALUE)));
    if (!chose && text !== undefined)
      addIssue(ctx, [...at, key], 'hidden', 'must be left empty: "other" is not chosen');
    if (chose && text === undefined) addIssue(ctx, [...at, key], 'required', 'please specify "other"');
    if (chose && text !== undefined) {
      const result = OTHER_TEXT.safeParse(text, PARSE);
      if (!result.success)
        for (const issue of result.error.issues) addIssue(ctx, [...at, key], issue.code, issue.message);
    }
  }
}

/** The item's constraint and choice filter, run only on a value of the right shape. */
function checkExpressions(
  compiled: CompiledItem,
  value: unknown,
  place: Place,
  ctx: z.core.$RefinementCtx,
): void {
  const { item } = compiled.entry;
  const { view, at, context } = place;
  const today = checkingDay ?? todayUtc();
  if (compiled.filter) {
    const { node, choices } = compiled.filter;
    for (const code of Array.isArray(value) ? value : [value]) {
      const choice = typeof code === 'string' ? choices.get(code) : undefined;
      if (choice && !offersChoice(node, choice, view, today, context))
        addIssue(ctx, [...at, item.id], 'filtered', `"${code}" is not offered for the earlier answers`);
    }
  }
  if (compiled.constraint && !meetsConstraint(compiled.constraint, value, view, today, context))
    addIssue(ctx, [...at, item.id], 'constraint', compiled.constraintMessage);
}

/** A repeat section compiled: its items and the keys an instance may hold. */
interface CompiledRepeat {
  readonly section: Section;
  readonly items: readonly CompiledItem[];
  readonly known: ReadonlySet<string>;
}

function instanceWord(n: number): string {
  return n === 1 ? '1 instance' : `${n} instances`;
}

/**
 * A repeat section's list: absent or empty when the section is hidden; otherwise a list of answer
 * records, as many as `count` gives or between min and max, each checked like the top-level
 * answers with issue paths `partners.1.partner_age`.
 */
function checkRepeat(
  repeat: CompiledRepeat,
  answers: Record<string, unknown>,
  survey: RepeatContext,
  ctx: z.core.$RefinementCtx,
): void {
  const { section } = repeat;
  const value = ownAnswer(answers, section.id);
  const empty = value === undefined || (Array.isArray(value) && value.length === 0);
  if (!evaluateCondition(section.showIf, answers, checkingDay, survey)) {
    if (!empty) addIssue(ctx, [section.id], 'hidden', 'must be left empty: the section is not shown');
    return;
  }
  if (value !== undefined && !Array.isArray(value)) {
    addIssue(ctx, [section.id], 'invalid_type', 'must be a list of instances, each an object of answers');
    return;
  }
  const instances: readonly unknown[] = value ?? [];
  const { min, max } = repeatBounds(section);
  const counted = countedInstances(section, answers, { ...survey, today: checkingDay });
  if (counted !== undefined && instances.length !== counted)
    addIssue(
      ctx,
      [section.id],
      'repeat_count',
      `must have exactly ${instanceWord(counted)} (set by the answers it is counted from), not ${instances.length}`,
    );
  else if (instances.length < min)
    addIssue(ctx, [section.id], 'too_small', `add at least ${instanceWord(min)}`);
  else if (instances.length > max)
    addIssue(ctx, [section.id], 'too_big', `must have at most ${instanceWord(max)}`);
  instances.slice(0, max).forEach((instance, index) => {
    if (!isAnswerObject(instance)) {
      addIssue(ctx, [section.id, index], 'invalid_type', 'must be an object of answers keyed by question id');
      return;
    }
    const at = [section.id, index];
    for (const key of Object.keys(instance)) {
      if (!repeat.known.has(key))
        addIssue(ctx, [...at, key], 'unknown_question', `"${key}" is not a question of this section`);
    }
    const place: Place = {
      view: instanceAnswers(answers, section, instance),
      record: instance,
      at,
      context: { ...survey, position: index + 1 },
    };
    for (const item of repeat.items) checkItem(item, place, ctx);
  });
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
  const keysOf = (compiled: readonly CompiledItem[]) => {
    const keys = new Set<string>();
    for (const { entry, schema, otherKey: other } of compiled) {
      if (schema || entry.item.kind === 'calculate') keys.add(entry.item.id);
      if (other) keys.add(other);
    }
    return keys;
  };
  const topLevel = items.filter((i) => !i.entry.section.repeat);
  const repeatSections: CompiledRepeat[] = definition.sections.flatMap((section) => {
    if (!section.repeat) return [];
    const own = items.filter((i) => i.entry.section === section);
    return [{ section, items: own, known: keysOf(own) }];
  });
  const known = keysOf(topLevel);
  for (const { section } of repeatSections) known.add(section.id);
  // what every expression of this survey reads besides answers: the repeat layout, lookup tables
  const survey: RepeatContext = { repeats: repeatLayout(definition), lookups: definition.lookups };
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
      const place: Place = { view: answers, record: answers, at: [], context: survey };
      for (const item of topLevel) checkItem(item, place, ctx);
      for (const repeat of repeatSections) checkRepeat(repeat, answers, survey, ctx);
    }),
  );
  if (calculations.length === 0)
    return { definition, schema: check as unknown as z.ZodMiniType<Record<string, unknown>> };
  // calculated values are computed here, whatever the client sent, and checked and returned with
  // the answers: the stored value is always the server's
  const calculate = z.transform((answers: unknown) =>
    isAnswerObject(answers)
      ? applyCalculations(calculations, answers, { ...survey, today: checkingDay })
      : answers,
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
export function compileSurveyWithZod(definition: SurveyDefinition): CompiledSurvey {
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

/** One answer problem, keyed by question path (`q3`, `matrix.row`, `services_other`, `partners.1.partner_age`). */
export interface AnswerIssue {
  readonly path: string;
  /**
   * `required`, `hidden`, `unknown_question`, `constraint`, `filtered`, `repeat_count`, or a zod
   * issue code such as `too_big` (also a repeat section's instance bounds).
   */
  readonly code: string;
  readonly message: string;
}

/** Messages grouped by question path, the shape of a 422 body's `errors`. */
export type AnswerErrors = Record<string, string[]>;

export type ValidateAnswersResult<TAnswers> =
  | { readonly success: true; readonly answers: TAnswers }
  | { readonly success: false; readonly issues: readonly AnswerIssue[]; readonly errors: AnswerErrors };

/** Turn zod issues from a compiled schema into located answer issues. */
function answerIssues(error: z.core.$ZodError): AnswerIssue[] {
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
export function validateAnswersWithZod<TAnswers = Record<string, unknown>>(
  definition: SurveyDefinition,
  answers: unknown,
  options: ValidateAnswersOptions = {},
): ValidateAnswersResult<TAnswers> {
  const schema = compileSurveyWithZod(definition).schema;
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
