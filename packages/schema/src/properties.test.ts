import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSurvey } from './check-survey.ts';
import { compileSurvey, validateAnswers } from './compile.ts';
import { type Comparison, type Condition, evaluateCondition } from './condition.ts';
import type { AskedItem as QuestionItem, SurveyDefinition } from './definition.ts';
import { answersArb, invalidAnswerArb, surveyDefinitionArb } from './fixtures/arbitraries.ts';
import { lintSurvey } from './lint.ts';
import { computeIndicators } from './score.ts';
import { surveyItems, visibilityOf } from './walk.ts';

const RUNS = { numRuns: 100 };

/** Every condition of a definition, sections' and items'. */
function conditionsOf(definition: SurveyDefinition): Condition[] {
  const found: Condition[] = [];
  for (const section of definition.sections) {
    if (section.showIf) found.push(section.showIf);
    for (const item of section.items) if (item.showIf) found.push(item.showIf);
  }
  return found;
}

/** A definition with one of its own valid answer sets. */
const surveyWithAnswers = surveyDefinitionArb().chain((definition) =>
  answersArb(definition).map((answers) => ({ definition, answers })),
);

// --- an independent reference evaluator, written from the documented semantics -------------------

function hasAnswer(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return false;
  if (Array.isArray(value)) return value.length !== 0;
  if (typeof value === 'object') return Object.keys(value).length !== 0;
  return true;
}

function lookUp(answers: Record<string, unknown>, question: string): unknown {
  const [id = question, ...rest] = question.split('.');
  const answer = answers[id];
  if (rest.length === 0) return answer;
  if (typeof answer !== 'object' || answer === null || Array.isArray(answer)) return undefined;
  return (answer as Record<string, unknown>)[rest.join('.')];
}

/** A numeral is a string that is not blank and reads as a number. */
const numeral = (s: string) => (s.trim() === '' ? Number.NaN : Number(s));

function equal(answer: unknown, value: unknown): boolean {
  if (typeof answer === typeof value) return answer === value;
  for (const [x, y] of [
    [answer, value],
    [value, answer],
  ]) {
    if (typeof x === 'number' && typeof y === 'string') return numeral(y) === x;
    if (typeof x === 'boolean' && typeof y === 'string') return (x ? 'true' : 'false') === y;
  }
  return false;
}

/** Sign of answer - value, or null when they cannot be ordered (a string answer against a number). */
function ordering(answer: unknown, value: unknown): number | null {
  if (typeof answer === 'number' && typeof value === 'number') return Math.sign(answer - value);
  if (typeof answer === 'number' && typeof value === 'string') {
    const n = numeral(value);
    return Number.isNaN(n) ? null : Math.sign(answer - n);
  }
  if (typeof answer === 'string' && typeof value === 'string')
    return answer === value ? 0 : answer < value ? -1 : 1;
  return null;
}

function referenceComparison(c: Comparison, answers: Record<string, unknown>): boolean {
  const answer = lookUp(answers, c.question);
  if (c.op === 'answered') return hasAnswer(answer);
  if (!hasAnswer(answer)) return false;
  const values: unknown[] = c.value === undefined ? [] : Array.isArray(c.value) ? c.value : [c.value];
  const matches = (a: unknown) => values.some((v) => equal(a, v));
  if (Array.isArray(answer)) {
    const includes = answer.some(matches);
    if (c.op === 'eq' || c.op === 'in' || c.op === 'selected') return includes;
    if (c.op === 'neq' || c.op === 'notIn') return !includes;
    return false;
  }
  const first = values[0];
  const sign = ordering(answer, first);
  switch (c.op) {
    case 'eq':
    case 'selected':
      return equal(answer, first);
    case 'neq':
      return !equal(answer, first);
    case 'in':
      return matches(answer);
    case 'notIn':
      return !matches(answer);
    case 'gt':
      return sign === 1;
    case 'gte':
      return sign === 1 || sign === 0;
    case 'lt':
      return sign === -1;
    case 'lte':
      return sign === -1 || sign === 0;
  }
}

function reference(condition: Condition, answers: Record<string, unknown>): boolean {
  if ('all' in condition) return condition.all.every((c) => reference(c, answers));
  if ('any' in condition) return condition.any.some((c) => reference(c, answers));
  if ('not' in condition) return !reference(condition.not, answers);
  if ('expression' in condition) throw new Error('the arbitraries make no expression conditions');
  return referenceComparison(condition, answers);
}

// --- loose conditions and answers, including shapes a valid survey never produces ---------------

const scalarArb = fc.constantFrom<string | number | boolean>(
  '1',
  '2',
  '01',
  ' ',
  'x',
  'true',
  '2024-01-01',
  1,
  2,
  0,
  true,
);
const looseAnswerArb = fc.oneof(
  scalarArb,
  fc.constantFrom('', null, undefined),
  fc.array(fc.constantFrom('1', '2', 'x', 'true'), { maxLength: 3 }),
  fc.dictionary(fc.constantFrom('r1', 'r2'), fc.constantFrom('1', '2', 'x', '')),
);
const looseAnswersArb = fc.record(
  { a: looseAnswerArb, b: looseAnswerArb, m: looseAnswerArb },
  { requiredKeys: [] },
);
const looseComparisonArb: fc.Arbitrary<Comparison> = fc.record(
  {
    question: fc.constantFrom('a', 'b', 'm', 'm.r1', 'm.r2', 'a.r1', 'zz'),
    op: fc.constantFrom('eq', 'neq', 'in', 'notIn', 'gt', 'gte', 'lt', 'lte', 'answered', 'selected'),
    value: fc.oneof(scalarArb, fc.array(scalarArb, { maxLength: 3 })),
  },
  { requiredKeys: ['question', 'op'] },
);
const looseConditionArb = fc.letrec<{ condition: Condition }>((tie) => ({
  condition: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    looseComparisonArb,
    fc.array(tie('condition'), { minLength: 1, maxLength: 3 }).map((all) => ({ all })),
    fc.array(tie('condition'), { minLength: 1, maxLength: 3 }).map((any) => ({ any })),
    tie('condition').map((not) => ({ not })),
  ),
})).condition;

describe('survey definitions (property)', () => {
  it('should always accept, compile and lint a random valid definition', () => {
    fc.assert(
      fc.property(surveyDefinitionArb(), (definition) => {
        const parsed = parseSurvey(definition);
        expect(parsed.success ? [] : parsed.errors).toEqual([]);
        expect(compileSurvey(definition).schema.safeParse({}).success).toBeTypeOf('boolean');
        expect(Array.isArray(lintSurvey(definition))).toBe(true);
      }),
      RUNS,
    );
  });

  it('should change nothing when a definition goes to JSON and back', () => {
    fc.assert(
      fc.property(surveyDefinitionArb(), (definition) => {
        const again = parseSurvey(JSON.parse(JSON.stringify(definition)));
        expect(again.success).toBe(true);
        if (!again.success) return;
        expect(again.survey).toEqual(definition);
        // parsing puts keys in the model's order, once: after that the JSON is stable to the byte
        const json = JSON.stringify(again.survey);
        const twice = parseSurvey(JSON.parse(json));
        expect(twice.success && JSON.stringify(twice.survey)).toBe(json);
      }),
      RUNS,
    );
  });
});

describe('answers (property)', () => {
  it('should accept every answer set generated from a definition', () => {
    fc.assert(
      fc.property(surveyWithAnswers, ({ definition, answers }) => {
        const result = validateAnswers(definition, answers);
        expect(result.success ? [] : result.issues).toEqual([]);
        const indicators = computeIndicators(definition, answers);
        for (const value of Object.values(indicators)) {
          if (value !== null) expect(Number.isFinite(value)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('should refuse an invalid value at exactly the path of the answer it replaced', () => {
    const flipped = surveyWithAnswers
      .filter(({ answers }) => Object.keys(answers).some((key) => !key.endsWith('_other')))
      .chain(({ definition, answers }) => {
        const questions = surveyItems(definition)
          .map((e) => e.item)
          .filter(
            (item): item is QuestionItem =>
              item.kind !== 'note' && item.kind !== 'calculate' && answers[item.id] !== undefined,
          );
        return fc.constantFrom(...questions).chain((item) =>
          invalidAnswerArb(definition, item, answers[item.id]).map((bad) => ({
            definition,
            answers,
            item,
            bad,
          })),
        );
      });
    fc.assert(
      fc.property(flipped, ({ definition, answers, item, bad }) => {
        const result = validateAnswers(definition, { ...answers, [item.id]: bad.value });
        expect(result.success).toBe(false);
        if (result.success) return;
        expect(result.issues.map((i) => i.path)).toContain(bad.path);
      }),
      RUNS,
    );
  });

  it('should refuse an answer to a hidden question and a missing answer to a shown required one', () => {
    fc.assert(
      fc.property(surveyWithAnswers, ({ definition, answers }) => {
        for (const entry of surveyItems(definition)) {
          const { item } = entry;
          if (item.kind === 'note' || item.kind === 'calculate') continue;
          const shown = evaluateCondition(visibilityOf(entry), answers);
          if (!shown && answers[item.id] === undefined) {
            const result = validateAnswers(definition, { ...answers, [item.id]: 'x' });
            expect(result.success ? [] : result.issues).toContainEqual(
              expect.objectContaining({ path: item.id, code: 'hidden' }),
            );
          }
          if (shown && item.required && answers[item.id] !== undefined) {
            const { [item.id]: _, ...without } = answers;
            const result = validateAnswers(definition, without);
            expect(result.success ? [] : result.issues).toContainEqual(
              expect.objectContaining({ path: item.id, code: 'required' }),
            );
          }
        }
      }),
      { numRuns: 50 },
    );
  });
});

describe('evaluateCondition (property)', () => {
  it('should agree with a reference evaluator on loose conditions and answers', () => {
    fc.assert(
      fc.property(looseConditionArb, looseAnswersArb, (condition, answers) => {
        expect(evaluateCondition(condition, answers)).toBe(reference(condition, answers));
      }),
      { numRuns: 1000 },
    );
  });

  it('should agree with a reference evaluator on the conditions and answers of random surveys', () => {
    fc.assert(
      fc.property(surveyWithAnswers, ({ definition, answers }) => {
        for (const condition of conditionsOf(definition)) {
          expect(evaluateCondition(condition, answers)).toBe(reference(condition, answers));
        }
      }),
      RUNS,
    );
  });
});

describe('validateAnswers with prototype-named keys (property)', () => {
  const prototypeKey = fc.constantFrom('constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__');

  it('should refuse any answers holding a prototype-named key as that unknown question, never throw', () => {
    fc.assert(
      fc.property(surveyWithAnswers, prototypeKey, fc.jsonValue(), ({ definition, answers }, key, value) => {
        const withKey = JSON.parse(
          `{${JSON.stringify(key)}:${JSON.stringify(value)},${JSON.stringify(answers).slice(1)}`.replace(
            /,}$/,
            '}',
          ),
        ) as unknown;
        const result = validateAnswers(definition, withKey);
        expect(result.success).toBe(false);
        if (!result.success) expect(Object.hasOwn(result.errors, key)).toBe(true);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      RUNS,
    );
  });
});
