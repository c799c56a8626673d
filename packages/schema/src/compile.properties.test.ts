// biome-ignore-all lint/suspicious/noTemplateCurlyInString: XLSForm expressions write references as ${name}
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSurvey } from './check-survey.ts';
import { validateAnswers } from './compile.ts';
import { validateAnswersWithZod } from './compile-zod-oracle.test-support.ts';
import type { AskedItem, SurveyDefinition } from './definition.ts';
import { answersArb, surveyDefinitionArb } from './fixtures/arbitraries.ts';
import { clinicVisit } from './fixtures/clinic-visit.ts';
import { expressionSurvey } from './fixtures/expression-survey.ts';
import { lookupSurvey } from './fixtures/lookup-survey.ts';
import { repeatSurvey } from './fixtures/repeat-survey.ts';
import { sixtyQuestions } from './fixtures/sixty-questions.ts';
import { allowedValues, OTHER_VALUE, otherKey, surveyItems } from './walk.ts';

/**
 * A survey with every item kind and every rule answer validation has: bounds, integers, dates,
 * "other", exclusive options, a matrix whose row is named like an Object member, conditions,
 * constraints, a choice filter, calculations, a repeat with bounds and one counted from an answer.
 */
const everything = {
  id: 'everything',
  version: 3,
  locales: ['en'],
  title: { en: 'Everything' },
  choiceLists: {
    services: [
      { value: 'nsp', label: { en: 'Needles' } },
      { value: 'ost', label: { en: 'OST' } },
      { value: 'none', label: { en: 'None' }, exclusive: true },
    ],
    cities: [
      { value: 'osh', label: { en: 'Osh' }, properties: { country: 'kg' } },
      { value: 'kyiv', label: { en: 'Kyiv' }, properties: { country: 'ua' } },
    ],
  },
  sections: [
    {
      id: 'main',
      title: { en: 'Main' },
      items: [
        { id: 'note_1', kind: 'note', label: { en: 'Hello' } },
        {
          id: 'visit',
          kind: 'single_choice',
          required: true,
          label: { en: 'Visit' },
          options: [
            { value: 'yes', label: { en: 'Yes' } },
            { value: 'no', label: { en: 'No' } },
          ],
          other: {},
        },
        {
          id: 'services',
          kind: 'multi_choice',
          choices: 'services',
          maxSelections: 2,
          other: {},
          label: { en: 'Services' },
          showIf: { question: 'visit', op: 'neq', value: 'no' },
        },
        { id: 'stars', kind: 'rating', max: 5, required: true, label: { en: 'Stars' } },
        { id: 'stars_zero', kind: 'rating', min: 0, max: 3, label: { en: 'Stars' } },
        { id: 'age', kind: 'number', integer: true, min: 14, max: 99, label: { en: 'Age' } },
        { id: 'spent', kind: 'number', min: -2.5, label: { en: 'Spent' }, constraint: '. != 7' },
        { id: 'free', kind: 'number', label: { en: 'Free' } },
        { id: 'said', kind: 'text', maxLength: 3, label: { en: 'Said' } },
        { id: 'long_text', kind: 'text', required: true, label: { en: 'Long' } },
        { id: 'day', kind: 'date', min: '2024-01-01', max: '2026-12-31', label: { en: 'Day' } },
        { id: 'any_day', kind: 'date', label: { en: 'Any day' } },
        { id: 'ok', kind: 'yes_no', dontKnow: true, label: { en: 'OK' } },
        {
          id: 'grid',
          kind: 'matrix',
          required: true,
          choices: 'services',
          rows: [
            { id: 'r1', label: { en: 'One' } },
            { id: 'constructor', label: { en: 'Two' } },
          ],
          label: { en: 'Grid' },
        },
        {
          id: 'country',
          kind: 'single_choice',
          options: [
            { value: 'kg', label: { en: 'Kyrgyzstan' } },
            { value: 'ua', label: { en: 'Ukraine' } },
          ],
          label: { en: 'Country' },
        },
        {
          id: 'city',
          kind: 'single_choice',
          choices: 'cities',
          choiceFilter: 'country = ${country}',
          label: { en: 'City' },
        },
        { id: 'doubled', kind: 'calculate', calculation: '${age} * 2', label: { en: 'Doubled' } },
        { id: 'kids', kind: 'number', integer: true, min: 0, max: 3, label: { en: 'Kids' } },
      ],
    },
    {
      id: 'partners',
      title: { en: 'Partners' },
      showIf: { question: 'visit', op: 'eq', value: 'yes' },
      repeat: { min: 1, max: 2 },
      items: [
        { id: 'partner_age', kind: 'number', integer: true, min: 14, required: true, label: { en: 'Age' } },
        {
          id: 'partner_service',
          kind: 'single_choice',
          choices: 'services',
          other: {},
          label: { en: 'Service' },
          showIf: { question: 'partner_age', op: 'gt', value: 20 },
        },
        { id: 'gap', kind: 'calculate', calculation: '${age} - ${partner_age}', label: { en: 'Gap' } },
      ],
    },
    {
      id: 'children',
      title: { en: 'Children' },
      repeat: { count: '${kids}', max: 3 },
      items: [{ id: 'child_age', kind: 'number', integer: true, max: 17, label: { en: 'Age' } }],
    },
  ],
} as unknown as SurveyDefinition;

const FIXTURES: readonly SurveyDefinition[] = [
  everything,
  clinicVisit,
  expressionSurvey as unknown as SurveyDefinition,
  lookupSurvey,
  repeatSurvey as unknown as SurveyDefinition,
  sixtyQuestions as unknown as SurveyDefinition,
];

const EMOJI = '\u{1F600}';

/** Values no question takes, or takes only at its edges: each kind must refuse or accept them alike. */
const HOSTILE: readonly unknown[] = [
  '',
  ' ',
  '   ',
  ' yes ',
  'x',
  OTHER_VALUE,
  'none',
  'nsp',
  '1',
  '2024-02-29',
  '2023-02-29',
  '2026-02-30',
  '2026-13-01',
  '2026-1-01',
  '0000-01-01',
  '1900-02-29',
  '2000-02-29',
  '2023-12-31',
  '2027-01-01',
  '99999-01-01',
  '2026-02-28T00:00:00Z',
  0,
  -0,
  1,
  -1,
  0.5,
  2.5,
  7,
  14,
  13.999,
  99,
  100,
  1e21,
  -1e21,
  2 ** 53,
  -(2 ** 53),
  2 ** 53 - 1,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  null,
  undefined,
  true,
  false,
  [],
  [''],
  ['nsp', 'nsp'],
  ['none', 'nsp'],
  ['nsp', 'ost', OTHER_VALUE],
  [1, 'nsp'],
  [null],
  {},
  { length: 0 },
  { length: 9 },
  'x'.repeat(2000),
  ` ${'x'.repeat(2000)} `,
  'x'.repeat(2001),
  EMOJI.repeat(2000),
  `${EMOJI.repeat(1999)}xy`,
  EMOJI.repeat(3),
  `${EMOJI}\uD83D`,
  'abcd',
  ' abc ',
];

/** An object with own keys in this order, `__proto__` and `constructor` included (as JSON.parse gives). */
function record(entries: ReadonlyArray<readonly [string, unknown]>, bare = false): Record<string, unknown> {
  const target: Record<string, unknown> = bare ? Object.create(null) : {};
  for (const [key, value] of entries)
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  return target;
}

const UNKNOWN_KEYS = ['nope', '__proto__', 'constructor', 'toString', '', 'a[1]'];

function hostileScalarArb(): fc.Arbitrary<unknown> {
  return fc.oneof(
    { arbitrary: fc.constantFrom(...HOSTILE), weight: 4 },
    { arbitrary: fc.jsonValue({ maxDepth: 2 }), weight: 1 },
    // what only a caller in the same process can send: boxed values, dates, maps, null prototypes
    {
      arbitrary: fc.anything({
        maxDepth: 2,
        withNullPrototype: true,
        withBoxedValues: true,
        withDate: true,
        withMap: true,
        withSet: true,
        withSparseArray: true,
        withObjectString: true,
      }),
      weight: 1,
    },
    // a list with holes: each hole is an element that is not text
    {
      arbitrary: fc
        .array(fc.constantFrom('nsp', 'ost', 'none', OTHER_VALUE, 'x'), { maxLength: 3 })
        .map((codes) => {
          const holey = [...codes];
          holey.length += 2;
          return holey;
        }),
      weight: 1,
    },
    { arbitrary: fc.string({ maxLength: 6 }), weight: 1 },
    { arbitrary: fc.double(), weight: 1 },
  );
}

/** What one question may be sent: its own values (duplicated, mixed) and anything else. */
function itemValueArb(definition: SurveyDefinition, item: AskedItem): fc.Arbitrary<unknown> {
  const allowed = allowedValues(definition, item) ?? [];
  const own: fc.Arbitrary<unknown>[] = [hostileScalarArb()];
  if (allowed.length > 0) {
    const some = fc.constantFrom(...allowed, OTHER_VALUE, 'nope');
    own.push(some, fc.array(some, { maxLength: 4 }));
  }
  if ('min' in item && item.min !== undefined) own.push(fc.constant(item.min));
  if ('max' in item && item.max !== undefined) own.push(fc.constant(item.max));
  if (item.kind === 'number' || item.kind === 'rating') {
    const low = Math.floor(item.min ?? 0) - 3;
    own.push(fc.integer({ min: low, max: Math.max(low, Math.ceil(item.max ?? 100)) + 3 }));
  }
  if (item.kind === 'text') {
    const max = item.maxLength ?? 2000;
    own.push(
      fc.constantFrom(
        'x'.repeat(max),
        EMOJI.repeat(max),
        `${'x'.repeat(max)}${EMOJI}`,
        ` ${'y'.repeat(max)} `,
      ),
    );
  }
  if (item.kind === 'matrix') {
    const rows = [...item.rows.map((r) => r.id), 'nope', '__proto__', 'toString'];
    const cell = fc.oneof(fc.constantFrom(...allowed, 'nope', ''), hostileScalarArb());
    own.push(
      fc
        .tuple(fc.array(fc.tuple(fc.constantFrom(...rows), cell), { maxLength: 4 }), fc.boolean())
        .map(([entries, bare]) => record(entries, bare)),
    );
  }
  return fc.oneof(...own);
}

/** Keys and value arbitraries of one record: a survey's top level or one repeat instance. */
function keysOf(definition: SurveyDefinition, sectionId: string | undefined) {
  const keys = new Map<string, fc.Arbitrary<unknown>>();
  for (const { item, section } of surveyItems(definition)) {
    if ((section.repeat ? section.id : undefined) !== sectionId) continue;
    if (item.kind === 'note' || item.kind === 'calculate') keys.set(item.id, hostileScalarArb());
    else keys.set(item.id, itemValueArb(definition, item));
    if ((item.kind === 'single_choice' || item.kind === 'multi_choice') && item.other)
      keys.set(otherKey(item.id), fc.oneof(fc.constantFrom('a friend', '  ', ''), hostileScalarArb()));
  }
  for (const key of UNKNOWN_KEYS) keys.set(key, hostileScalarArb());
  return keys;
}

/** Hostile answers for a definition: a valid base, sometimes, changed at random keys. */
function hostileAnswersArb(definition: SurveyDefinition, base: fc.Arbitrary<Record<string, unknown>>) {
  const top = keysOf(definition, undefined);
  for (const section of definition.sections) {
    if (!section.repeat) continue;
    const inside = keysOf(definition, section.id);
    const instance = fc.oneof(
      { arbitrary: recordArb(inside, fc.constant({})), weight: 5 },
      { arbitrary: hostileScalarArb(), weight: 1 },
    );
    top.set(
      section.id,
      fc.oneof(
        { arbitrary: fc.array(instance, { maxLength: (section.repeat.max ?? 3) + 2 }), weight: 5 },
        { arbitrary: hostileScalarArb(), weight: 1 },
      ),
    );
  }
  return fc.oneof(
    { arbitrary: recordArb(top, base), weight: 12 },
    { arbitrary: hostileScalarArb(), weight: 1 },
  );
}

function recordArb(
  keys: ReadonlyMap<string, fc.Arbitrary<unknown>>,
  base: fc.Arbitrary<Record<string, unknown>>,
): fc.Arbitrary<Record<string, unknown>> {
  const names = [...keys.keys()];
  const change = fc.constantFrom(...names).chain((key) =>
    fc.oneof(
      (keys.get(key) ?? hostileScalarArb()).map((value) => ({ key, value, remove: false })),
      fc.constant({ key, value: undefined, remove: true }),
    ),
  );
  return fc.tuple(base, fc.array(change, { maxLength: 8 }), fc.boolean()).map(([start, changes, bare]) => {
    const entries = new Map<string, unknown>(Object.entries(start));
    for (const { key, value, remove } of changes) {
      if (remove) entries.delete(key);
      else entries.set(key, value);
    }
    return record([...entries], bare);
  });
}

const todayArb = fc.constantFrom(undefined, '2026-12-07', '2025-01-15');

/** The new checks and the zod oracle, on the same input, give deep-equal results (or both throw). */
function expectSame(definition: SurveyDefinition, answers: unknown, today: string | undefined) {
  const run = (validate: typeof validateAnswers) => {
    try {
      return { result: validate(definition, answers, { today }) };
    } catch (error) {
      return { threw: String(error) };
    }
  };
  const plain = run(validateAnswers);
  const oracle = run(validateAnswersWithZod);
  // node's strict deep equality: -0 is not 0, prototypes count, and an own `constructor` key is
  // only a key (vitest's toStrictEqual reads it as the object's class)
  if (isDeepStrictEqual(plain, oracle)) return;
  // toEqual shows the difference; a prototype or -0 it does not see still fails below
  expect({ answers, plain }).toEqual({ answers, plain: oracle });
  expect.fail('the results differ beyond what toEqual shows (a prototype, -0)');
}

// thousands of generated cases: allowed a minute on a loaded machine (no figure is asserted)
describe('validateAnswers against the zod oracle (differential property)', { timeout: 60_000 }, () => {
  it('should accept the fixture of every rule as a valid survey', () => {
    const parsed = parseSurvey(everything);
    expect(parsed.success ? [] : parsed.errors).toEqual([]);
  });

  it.each(FIXTURES.map((d) => [d.id, d] as const))(
    'should give exactly what zod gave for hostile answers to %s',
    (_id, definition) => {
      fc.assert(
        fc.property(hostileAnswersArb(definition, fc.constant({})), todayArb, (answers, today) =>
          expectSame(definition, answers, today),
        ),
        { numRuns: 1000 },
      );
    },
  );

  it('should give exactly what zod gave for random surveys and answers, valid or changed', () => {
    const pair = surveyDefinitionArb().chain((definition) =>
      fc.tuple(fc.constant(definition), hostileAnswersArb(definition, answersArb(definition)), todayArb),
    );
    fc.assert(
      fc.property(pair, ([definition, answers, today]) => expectSame(definition, answers, today)),
      { numRuns: 600 },
    );
  });

  it('should give exactly what zod gave for valid answers to random surveys', () => {
    const pair = surveyDefinitionArb().chain((definition) =>
      fc.tuple(fc.constant(definition), answersArb(definition)),
    );
    fc.assert(
      fc.property(pair, ([definition, answers]) => expectSame(definition, answers, '2026-12-07')),
      { numRuns: 200 },
    );
  });
});
