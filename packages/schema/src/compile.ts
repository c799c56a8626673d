import { DEFAULT_TEXT_MAX, otherTextCheck, type ValueCheck, valueCheck, wrongType } from './answer-checks.ts';
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

export { DEFAULT_TEXT_MAX };

interface CompiledItem {
  readonly entry: ItemEntry;
  /** The value's own rules (type, list, bounds, format), worded; none for notes and calculations. */
  readonly check: ValueCheck | undefined;
  /**
   * A quicker test that accepts only values `check` accepts (it may send valid values on to
   * `check`, never the other way round): most answers are valid, and most kinds are a set lookup
   * or a range, so `check` runs only to word a problem. Validation runs on every submission.
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

/** See {@link CompiledItem.accepts}; `undefined` for kinds that always go through `check`. */
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

/** What checking a whole answer object gives: the answers with calculated values, or the issues. */
export type AnswerCheckResult =
  | { readonly success: true; readonly data: Record<string, unknown> }
  | { readonly success: false; readonly issues: readonly AnswerIssue[] };

/** Answer validation compiled from a definition; build it with {@link compileSurvey}. */
export interface CompiledSurvey {
  readonly definition: SurveyDefinition;
  /**
   * The check of a whole answer object, plain TypeScript that runs the same in the browser and on
   * the server (no zod: it is on every phone's collect path). {@link validateAnswers} groups its issues.
   */
  readonly schema: {
    /** Check answers; `today` is the day `today()` means (UTC by default). */
    readonly safeParse: (answers: unknown, options?: ValidateAnswersOptions) => AnswerCheckResult;
  };
}

/** An issue found while checking, its path still a list (`['partners', 1, 'partner_age']`). */
interface RawIssue {
  readonly path: readonly (string | number)[];
  readonly code: string;
  readonly message: string;
}

type Issues = RawIssue[];

function addIssue(out: Issues, path: readonly (string | number)[], code: string, message: string) {
  out.push({ path, code, message });
}

/**
 * Where one item's answer is checked: `view` is what its conditions and expressions read (the
 * answers, or inside a repeat the instance over them), `record` holds its value, `at` prefixes
 * issue paths (`['partners', 1]`).
 */
interface Place {
  readonly view: AnswerRecord;
  readonly record: AnswerRecord;
  readonly at: readonly (string | number)[];
  readonly context: RepeatContext;
}

function checkItem(compiled: CompiledItem, place: Place, out: Issues) {
  const { entry, check } = compiled;
  const { item } = entry;
  // notes take no answer (a value under a note id is reported as unknown); calculations are
  // computed afresh before the check
  if (!check) return;
  const { view, record, at, context } = place;
  const value = ownAnswer(record, item.id);
  const visible = evaluateCondition(visibilityOf(entry), view, checkingDay, context);
  const answered = isAnswered(value);
  if (!visible) {
    if (value !== undefined)
      addIssue(out, [...at, item.id], 'hidden', 'must be left empty: the question is not shown');
  } else if (value !== undefined) {
    let valid = compiled.accepts?.(value) === true;
    if (!valid) {
      const found = check(value);
      valid = found.length === 0;
      for (const issue of found) addIssue(out, [...at, item.id, ...issue.path], issue.code, issue.message);
    }
    if (valid && (compiled.constraint || compiled.filter)) checkExpressions(compiled, value, place, out);
  }
  if (visible && 'required' in item && item.required) {
    if (!answered) addIssue(out, [...at, item.id], 'required', 'an answer is required');
    else if (item.kind === 'matrix' && typeof value === 'object' && value !== null) {
      for (const row of item.rows) {
        if (!isAnswered(ownAnswer(value as Record<string, unknown>, row.id)))
          addIssue(out, [...at, item.id, row.id], 'required', 'an answer is required');
      }
    }
  }
  if (compiled.otherKey) {
    const key = compiled.otherKey;
    const text = ownAnswer(record, key);
    const chose = visible && (value === OTHER_VALUE || (Array.isArray(value) && value.includes(OTHER_VALUE)));
    if (!chose && text !== undefined)
      addIssue(out, [...at, key], 'hidden', 'must be left empty: "other" is not chosen');
    if (chose && text === undefined) addIssue(out, [...at, key], 'required', 'please specify "other"');
    if (chose && text !== undefined)
      for (const issue of otherTextCheck(text)) addIssue(out, [...at, key], issue.code, issue.message);
  }
}

/** The item's constraint and choice filter, run only on a value of the right shape. */
function checkExpressions(compiled: CompiledItem, value: unknown, place: Place, out: Issues): void {
  const { item } = compiled.entry;
  const { view, at, context } = place;
  const today = checkingDay ?? todayUtc();
  if (compiled.filter) {
    const { node, choices } = compiled.filter;
    for (const code of Array.isArray(value) ? value : [value]) {
      const choice = typeof code === 'string' ? choices.get(code) : undefined;
      if (choice && !offersChoice(node, choice, view, today, context))
        addIssue(out, [...at, item.id], 'filtered', `"${code}" is not offered for the earlier answers`);
    }
  }
  if (compiled.constraint && !meetsConstraint(compiled.constraint, value, view, today, context))
    addIssue(out, [...at, item.id], 'constraint', compiled.constraintMessage);
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
  out: Issues,
): void {
  const { section } = repeat;
  const value = ownAnswer(answers, section.id);
  const empty = value === undefined || (Array.isArray(value) && value.length === 0);
  if (!evaluateCondition(section.showIf, answers, checkingDay, survey)) {
    if (!empty) addIssue(out, [section.id], 'hidden', 'must be left empty: the section is not shown');
    return;
  }
  if (value !== undefined && !Array.isArray(value)) {
    addIssue(out, [section.id], 'invalid_type', 'must be a list of instances, each an object of answers');
    return;
  }
  const instances: readonly unknown[] = value ?? [];
  const { min, max } = repeatBounds(section);
  const counted = countedInstances(section, answers, { ...survey, today: checkingDay });
  if (counted !== undefined && instances.length !== counted)
    addIssue(
      out,
      [section.id],
      'repeat_count',
      `must have exactly ${instanceWord(counted)} (set by the answers it is counted from), not ${instances.length}`,
    );
  else if (instances.length < min)
    addIssue(out, [section.id], 'too_small', `add at least ${instanceWord(min)}`);
  else if (instances.length > max)
    addIssue(out, [section.id], 'too_big', `must have at most ${instanceWord(max)}`);
  instances.slice(0, max).forEach((instance, index) => {
    if (!isAnswerObject(instance)) {
      addIssue(out, [section.id, index], 'invalid_type', 'must be an object of answers keyed by question id');
      return;
    }
    const at = [section.id, index];
    for (const key of Object.keys(instance)) {
      if (!repeat.known.has(key))
        addIssue(out, [...at, key], 'unknown_question', `"${key}" is not a question of this section`);
    }
    const place: Place = {
      view: instanceAnswers(answers, section, instance),
      record: instance,
      at,
      context: { ...survey, position: index + 1 },
    };
    for (const item of repeat.items) checkItem(item, place, out);
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
      check: valueCheck(definition, item),
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
    for (const { entry, check, otherKey: other } of compiled) {
      if (check || entry.item.kind === 'calculate') keys.add(entry.item.id);
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
  const checkAll = (answers: Record<string, unknown>, out: Issues) => {
    for (const key of Object.keys(answers)) {
      if (!known.has(key))
        addIssue(out, [key], 'unknown_question', `"${key}" is not a question of this survey`);
    }
    const place: Place = { view: answers, record: answers, at: [], context: survey };
    for (const item of topLevel) checkItem(item, place, out);
    for (const repeat of repeatSections) checkRepeat(repeat, answers, survey, out);
  };
  const safeParse = (input: unknown, options: ValidateAnswersOptions = {}): AnswerCheckResult => {
    checkingDay = options.today;
    try {
      // calculated values are computed here, whatever the client sent, and checked and returned
      // with the answers: the stored value is always the server's
      const answers =
        calculations.length > 0 && isAnswerObject(input)
          ? applyCalculations(calculations, input, { ...survey, today: checkingDay })
          : input;
      const out: Issues = [];
      if (!isAnswerObject(answers)) addIssue(out, [], 'invalid_type', wrongType('record', answers));
      else checkAll(answers, out);
      if (out.length === 0) return { success: true, data: answers as Record<string, unknown> };
      return { success: false, issues: out.map(located) };
    } finally {
      checkingDay = undefined;
    }
  };
  return { definition, schema: { safeParse } };
}

/** An issue with its path written `partners.1.partner_age` (`(answers)` for the object itself). */
function located(issue: RawIssue): AnswerIssue {
  return {
    path: formatPath(issue.path).replace(/\[(\d+)\]/g, '.$1') || '(answers)',
    code: issue.code,
    message: issue.message,
  };
}

const byObject = new WeakMap<SurveyDefinition, CompiledSurvey>();
const byVersion = new Map<string, { json: string; compiled: CompiledSurvey }>();
const CACHE_SIZE = 256;

/**
 * Compile a checked definition into answer validation, once per survey id and version (a changed
 * draft with the same version is compiled again).
 * @example const { schema } = compileSurvey(survey); schema.safeParse(answers, { today: '2026-12-07' });
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

/** One answer problem, keyed by question path (`q3`, `matrix.row`, `services_other`, `partners.1.partner_age`). */
export interface AnswerIssue {
  readonly path: string;
  /**
   * `required`, `hidden`, `unknown_question`, `constraint`, `filtered`, `repeat_count`, or one of
   * the codes zod used (`invalid_type`, `too_small`, `too_big`, `invalid_format`, `custom`,
   * `unrecognized_keys`; `too_small`/`too_big` also a repeat section's instance bounds).
   */
  readonly code: string;
  readonly message: string;
}

/** Messages grouped by question path, the shape of a 422 body's `errors`. */
export type AnswerErrors = Record<string, string[]>;

export type ValidateAnswersResult<TAnswers> =
  | { readonly success: true; readonly answers: TAnswers }
  | { readonly success: false; readonly issues: readonly AnswerIssue[]; readonly errors: AnswerErrors };

/**
 * Turn raw issues (`path` a list, kolo's own code in `params.kolo` if any, as zod issues carry it)
 * into located answer issues.
 */
export function answerIssues(error: {
  readonly issues: readonly {
    readonly path: readonly PropertyKey[];
    readonly code: string;
    readonly message: string;
    readonly params?: unknown;
  }[];
}): AnswerIssue[] {
  return error.issues.map((issue) => {
    const params = issue.params as { kolo?: string } | undefined;
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
  const result = compileSurvey(definition).schema.safeParse(answers, options);
  if (result.success) return { success: true, answers: result.data as TAnswers };
  const { issues } = result;
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
