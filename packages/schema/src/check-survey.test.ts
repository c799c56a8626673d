import { describe, expect, it } from 'vitest';
import { parseSurvey } from './check-survey.ts';
import type { SurveyDefinition } from './definition.ts';
import { clinicVisit } from './fixtures/clinic-visit.ts';
import { sixtyQuestions } from './fixtures/sixty-questions.ts';
import type { SurveyError } from './survey-errors.ts';
import { formatSurveyErrors } from './survey-errors.ts';
import { surveyItems } from './walk.ts';

// clinicVisit, in order: sections[0]: service, received, respect, overall, recommend;
// sections[1]: intro (note), visits, comment, last_visit, aspects (matrix, rows hours and privacy)

function draft(): SurveyDefinition {
  return structuredClone(clinicVisit) as SurveyDefinition;
}

function itemAt(definition: SurveyDefinition, section: number, index: number): Record<string, unknown> {
  const item = definition.sections[section]?.items[index];
  if (!item) throw new Error(`no item at sections[${section}].items[${index}]`);
  return item;
}

/** A copy of clinicVisit with one item changed (`undefined` removes a key). */
function withItem(section: number, index: number, patch: Record<string, unknown>): SurveyDefinition {
  const definition = draft();
  const item = itemAt(definition, section, index);
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) delete item[key];
    else item[key] = value;
  }
  return definition;
}

function errorsOf(input: unknown): readonly SurveyError[] {
  const result = parseSurvey(input);
  if (result.success) throw new Error('expected the definition to be refused');
  return result.errors;
}

const en = (text: string) => ({ en: text, uk: text });

describe('parseSurvey', () => {
  it('should accept the benchmark survey of sixty questions', () => {
    expect(parseSurvey(sixtyQuestions)).toEqual({ success: true, survey: sixtyQuestions });
    expect(surveyItems(sixtyQuestions)).toHaveLength(60);
  });

  it('should accept the clinic visit survey unchanged', () => {
    const result = parseSurvey(clinicVisit);
    expect(result.success).toBe(true);
    if (result.success) expect(result.survey).toEqual(clinicVisit);
  });

  describe('invalid_shape', () => {
    it.each<[string, unknown, string, string]>([
      ['a string', 'survey', '', 'Invalid input: expected object, received string'],
      ['null', null, '', 'Invalid input: expected object, received null'],
      [
        'a bad survey id',
        { ...draft(), id: 'Bad Id' },
        'id',
        'must be lowercase letters, digits and "-" (e.g. "service-satisfaction")',
      ],
      ['version 0', { ...draft(), version: 0 }, 'version', 'Too small: expected number to be >=1'],
      ['no locale', { ...draft(), locales: [] }, 'locales', 'declare at least one locale'],
      [
        'a bad locale',
        { ...draft(), locales: ['EN'] },
        'locales[0]',
        'must be a language code such as "en", "uk" or "pt-BR"',
      ],
      ['no section', { ...draft(), sections: [] }, 'sections', 'a survey needs at least one section'],
      [
        'an unknown key on an item',
        withItem(0, 0, { colour: 'red' }),
        'sections[0].items[0]',
        'Unrecognized key: "colour"',
      ],
      [
        'a bad item id',
        withItem(0, 0, { id: '9lives' }),
        'sections[0].items[0].id',
        'must start with a lowercase letter and use only a-z, 0-9 and _ (at most 63)',
      ],
      [
        'an unknown kind',
        withItem(0, 0, { kind: 'slider' }),
        'sections[0].items[0].kind',
        "Invalid discriminator value. Expected 'single_choice' | 'multi_choice' | 'likert' | 'rating' | 'yes_no' | 'number' | 'text' | 'date' | 'matrix' | 'note' | 'calculate'",
      ],
      [
        'a blank label',
        withItem(0, 0, { label: { en: ' ', uk: 'Так' } }),
        'sections[0].items[0].label.en',
        'must not be empty',
      ],
      [
        'a bad choice value',
        withItem(0, 0, { options: [{ value: 'a b', label: en('A') }] }),
        'sections[0].items[0].options[0].value',
        'must be 1-64 letters, digits, "_", "." or "-"',
      ],
      [
        'a rating above 10',
        withItem(0, 3, { max: 11 }),
        'sections[0].items[3].max',
        'Too big: expected number to be <=10',
      ],
      [
        'a rating of one step',
        withItem(0, 3, { min: 1, max: 1 }),
        'sections[0].items[3].max',
        'Too small: expected number to be >=2',
      ],
      [
        'a date bound not written YYYY-MM-DD',
        withItem(1, 3, { min: '2020-1-1' }),
        'sections[1].items[3].min',
        'must be a date written YYYY-MM-DD',
      ],
      [
        'an empty "all"',
        withItem(0, 1, { showIf: { all: [] } }),
        'sections[0].items[1].showIf.all',
        'needs at least one condition',
      ],
      [
        'an unknown operator',
        withItem(0, 1, { showIf: { question: 'service', op: 'like', value: 'n' } }),
        'sections[0].items[1].showIf',
        'Invalid input',
      ],
      [
        'a note marked required',
        withItem(1, 0, { required: true }),
        'sections[1].items[0]',
        'Unrecognized key: "required"',
      ],
    ])('should refuse %s', (_, input, path, message) => {
      expect(errorsOf(input)).toEqual([{ path, code: 'invalid_shape', message }]);
    });

    it('should refuse a section without items', () => {
      const definition = draft();
      const section = definition.sections[1];
      if (section) section.items = [];
      expect(errorsOf(definition)).toEqual([
        { path: 'sections[1].items', code: 'invalid_shape', message: 'a section needs at least one item' },
      ]);
    });
  });

  describe('duplicate_id', () => {
    it('should refuse an item id used twice, naming where it was first used', () => {
      expect(errorsOf(withItem(1, 2, { id: 'respect' }))).toContainEqual({
        path: 'sections[1].items[2].id',
        code: 'duplicate_id',
        message: 'item id "respect" is already used at sections[0].items[2]',
      });
    });

    it('should refuse a section id used twice', () => {
      const definition = draft();
      const section = definition.sections[1];
      if (section) section.id = 'visit';
      expect(errorsOf(definition)).toEqual([
        { path: 'sections[1].id', code: 'duplicate_id', message: 'section id "visit" is used twice' },
      ]);
    });

    it('should refuse a matrix row id used twice', () => {
      const definition = withItem(1, 4, {
        rows: [
          { id: 'hours', label: en('Hours') },
          { id: 'privacy', label: en('Privacy') },
          { id: 'hours', label: en('Hours again') },
        ],
      });
      expect(errorsOf(definition)).toEqual([
        {
          path: 'sections[1].items[4].rows[2].id',
          code: 'duplicate_id',
          message: 'row id "hours" is used twice',
        },
      ]);
    });

    it('should refuse an indicator id used twice', () => {
      const definition = draft();
      const [first, second] = definition.indicators ?? [];
      if (first && second) second.id = first.id;
      expect(errorsOf(definition)).toEqual([
        {
          path: 'indicators[1].id',
          code: 'duplicate_id',
          message: 'indicator id "acceptability" is used twice',
        },
      ]);
    });

    it('should refuse an "other" option whose text key is already an item id', () => {
      expect(errorsOf(withItem(1, 2, { id: 'service_other' }))).toEqual([
        {
          path: 'sections[0].items[0].other',
          code: 'duplicate_id',
          message: 'the "please specify" answer is stored as "service_other", which is already an item id',
        },
      ]);
    });
  });

  describe('duplicate_choice', () => {
    it('should refuse an inline option value used twice', () => {
      const options = [
        { value: 'nsp', label: en('NSP') },
        { value: 'ost', label: en('OST') },
        { value: 'nsp', label: en('NSP again') },
      ];
      expect(errorsOf(withItem(0, 0, { options }))).toEqual([
        {
          path: 'sections[0].items[0].options[2].value',
          code: 'duplicate_choice',
          message: 'choice value "nsp" is used twice',
        },
      ]);
    });

    it('should refuse a value used twice in a choice list', () => {
      const definition = draft();
      const list = definition.choiceLists?.agree5;
      list?.push({ value: '3', label: en('Neutral again') });
      expect(errorsOf(definition)).toEqual([
        {
          path: 'choiceLists.agree5[6].value',
          code: 'duplicate_choice',
          message: 'choice value "3" is used twice',
        },
      ]);
    });

    it('should refuse an "other" option beside a choice valued "other"', () => {
      const options = [
        { value: 'nsp', label: en('NSP') },
        { value: 'other', label: en('Other') },
      ];
      expect(errorsOf(withItem(0, 0, { options }))).toEqual([
        {
          path: 'sections[0].items[0].other',
          code: 'duplicate_choice',
          message: 'choice value "other" clashes with the "other, please specify" option',
        },
      ]);
    });
  });

  describe('invalid_choices', () => {
    it('should refuse both options and a choice list', () => {
      expect(errorsOf(withItem(0, 0, { choices: 'agree5' }))).toEqual([
        {
          path: 'sections[0].items[0]',
          code: 'invalid_choices',
          message: 'give either "options" or "choices", not both',
        },
      ]);
    });

    it('should refuse a choice question without options', () => {
      expect(errorsOf(withItem(0, 2, { choices: undefined }))).toEqual([
        {
          path: 'sections[0].items[2]',
          code: 'invalid_choices',
          message: 'give the answer options ("options") or a choice list name ("choices")',
        },
      ]);
    });

    it('should refuse a scale with fewer than two scored choices', () => {
      const options = [
        { value: '1', label: en('Yes') },
        { value: 'na', label: en('N/A'), notApplicable: true },
      ];
      expect(errorsOf(withItem(0, 2, { choices: undefined, options }))).toEqual([
        {
          path: 'sections[0].items[2]',
          code: 'invalid_choices',
          message: 'a scale needs at least two choices that are not "not applicable"',
        },
      ]);
    });
  });

  describe('invalid_bounds', () => {
    it('should refuse a number whose max is below its min', () => {
      expect(errorsOf(withItem(1, 1, { min: 10, max: 5 }))).toEqual([
        {
          path: 'sections[1].items[1].max',
          code: 'invalid_bounds',
          message: 'max (5) must not be below min (10)',
        },
      ]);
    });

    it('should accept a number whose min equals its max', () => {
      expect(parseSurvey(withItem(1, 1, { min: 5, max: 5 })).success).toBe(true);
    });

    it('should refuse a date whose max is before its min', () => {
      expect(errorsOf(withItem(1, 3, { min: '2024-02-01', max: '2024-01-31' }))).toEqual([
        {
          path: 'sections[1].items[3].max',
          code: 'invalid_bounds',
          message: 'max (2024-01-31) must not be below min (2024-02-01)',
        },
      ]);
    });

    it('should refuse maxSelections above the number of options', () => {
      expect(errorsOf(withItem(0, 1, { maxSelections: 5 }))).toEqual([
        {
          path: 'sections[0].items[1].maxSelections',
          code: 'invalid_bounds',
          message: 'maxSelections is 5 but there are only 4 options',
        },
      ]);
    });

    it('should count the "other" option among the options maxSelections may cover', () => {
      expect(parseSurvey(withItem(0, 1, { maxSelections: 5, other: {} })).success).toBe(true);
    });
  });

  describe('unknown_reference', () => {
    it('should refuse an unknown choice list', () => {
      expect(errorsOf(withItem(0, 2, { choices: 'agree7' }))).toEqual([
        {
          path: 'sections[0].items[2].choices',
          code: 'unknown_reference',
          message: 'choice list "agree7" does not exist',
        },
      ]);
    });

    it.each([
      ['an unknown question', 'nobody'],
      ['an unknown matrix row', 'aspects.parking'],
      ['a row of a question that is not a matrix', 'respect.hours'],
      ['a path two levels deep', 'aspects.hours.extra'],
    ])('should refuse a condition on %s', (_, question) => {
      const definition = draft();
      const section = definition.sections[1];
      if (section) section.items.push({ id: 'late', kind: 'text', label: en('Late'), sensitive: true });
      Object.assign(itemAt(definition, 1, 5), { showIf: { question, op: 'answered' } });
      expect(errorsOf(definition)).toEqual([
        {
          path: 'sections[1].items[5].showIf',
          code: 'unknown_reference',
          message: `question "${question}" does not exist`,
        },
      ]);
    });

    it('should refuse an indicator over an unknown question or row', () => {
      const definition = draft();
      definition.indicators = [
        { id: 'a', kind: 'scale_mean', items: ['respect', 'aspects.parking'], label: en('A') },
        { id: 'b', kind: 'share', item: 'nobody', values: ['yes'], label: en('B') },
        { id: 'c', kind: 'count', item: 'intro', label: en('C') },
      ];
      expect(errorsOf(definition)).toEqual([
        {
          path: 'indicators[0].items[1]',
          code: 'unknown_reference',
          message: 'question "aspects.parking" does not exist',
        },
        {
          path: 'indicators[1].item',
          code: 'unknown_reference',
          message: 'question "nobody" does not exist',
        },
        { path: 'indicators[2].item', code: 'unknown_reference', message: 'question "intro" does not exist' },
      ]);
    });
  });

  describe('forward_reference', () => {
    it('should refuse a condition on a later question, located at the condition', () => {
      const definition = withItem(1, 3, { showIf: { question: 'aspects', op: 'answered' } });
      expect(errorsOf(definition)).toEqual([
        {
          path: 'sections[1].items[3].showIf',
          code: 'forward_reference',
          message: 'question "aspects" comes later in the survey',
        },
      ]);
    });

    it('should locate a comparison nested in all, any and not', () => {
      const showIf = {
        any: [
          { question: 'visits', op: 'gte', value: 2 },
          {
            not: {
              all: [
                { question: 'service', op: 'answered' },
                { question: 'aspects.hours', op: 'eq', value: '1' },
              ],
            },
          },
        ],
      };
      expect(errorsOf(withItem(1, 3, { showIf }))).toEqual([
        {
          path: 'sections[1].items[3].showIf.any[1].not.all[1]',
          code: 'forward_reference',
          message: 'question "aspects" comes later in the survey',
        },
      ]);
    });

    it('should refuse a section condition on a question of the same section', () => {
      const definition = draft();
      const section = definition.sections[1];
      if (section) section.showIf = { question: 'visits', op: 'gt', value: 0 };
      expect(errorsOf(definition)).toEqual([
        {
          path: 'sections[1].showIf',
          code: 'forward_reference',
          message: 'question "visits" comes later in the survey',
        },
      ]);
    });

    it('should accept a section condition on an earlier section', () => {
      const definition = draft();
      const section = definition.sections[1];
      if (section) section.showIf = { question: 'service', op: 'eq', value: 'nsp' };
      expect(parseSurvey(definition).success).toBe(true);
    });
  });

  describe('self_reference', () => {
    it('should refuse a question that depends on itself, or on one of its own rows', () => {
      expect(errorsOf(withItem(1, 1, { showIf: { question: 'visits', op: 'answered' } }))).toEqual([
        {
          path: 'sections[1].items[1].showIf',
          code: 'self_reference',
          message: 'a question cannot depend on itself ("visits")',
        },
      ]);
      const matrix = withItem(1, 4, { showIf: { question: 'aspects.hours', op: 'eq', value: '1' } });
      expect(errorsOf(matrix)).toEqual([
        {
          path: 'sections[1].items[4].showIf',
          code: 'self_reference',
          message: 'a question cannot depend on itself ("aspects")',
        },
      ]);
    });
  });

  describe('invalid_operator', () => {
    // each condition is placed on `comment` (sections[1].items[2]), after every question it names but aspects
    it.each<[string, Record<string, unknown>, string]>([
      ['a note', { question: 'intro', op: 'answered' }, '"intro" is a note and has no answer'],
      [
        '"selected" on a single choice',
        { question: 'service', op: 'selected', value: 'nsp' },
        '"selected" is for multiple-choice questions; "service" is single_choice',
      ],
      [
        '"gt" on a likert',
        { question: 'respect', op: 'gt', value: '3' },
        '"gt" compares numbers, ratings and dates; "respect" is likert',
      ],
      [
        '"lte" on yes/no',
        { question: 'recommend', op: 'lte', value: 'yes' },
        '"lte" compares numbers, ratings and dates; "recommend" is yes_no',
      ],
      [
        '"in" on a whole matrix',
        { question: 'aspects', op: 'in', value: ['1'] },
        'name a row ("aspects.<row>") to compare a matrix answer',
      ],
    ])('should refuse %s', (_, condition, message) => {
      const definition = draft();
      const section = definition.sections[1];
      if (section) section.items.push({ id: 'late', kind: 'text', label: en('Late'), sensitive: true });
      Object.assign(itemAt(definition, 1, 5), { showIf: condition });
      expect(errorsOf(definition)).toEqual([
        { path: 'sections[1].items[5].showIf', code: 'invalid_operator', message },
      ]);
    });

    it('should refuse any operator but answered, eq and neq on text', () => {
      const definition = withItem(1, 3, { showIf: { question: 'comment', op: 'in', value: ['x'] } });
      expect(errorsOf(definition)).toEqual([
        {
          path: 'sections[1].items[3].showIf',
          code: 'invalid_operator',
          message: 'text question "comment" can be tested with "answered", "eq" or "neq" only',
        },
      ]);
      expect(
        parseSurvey(withItem(1, 3, { showIf: { question: 'comment', op: 'neq', value: 'x' } })).success,
      ).toBe(true);
    });

    it('should refuse a scale indicator over a question that has no scale', () => {
      const definition = draft();
      definition.indicators = [
        { id: 'a', kind: 'scale_mean', items: ['comment', 'received', 'overall', 'service'], label: en('A') },
      ];
      expect(errorsOf(definition)).toEqual([
        {
          path: 'indicators[0].items[0]',
          code: 'invalid_operator',
          message: '"comment" is text and cannot be scored on a scale',
        },
        {
          path: 'indicators[0].items[1]',
          code: 'invalid_operator',
          message: '"received" is multi_choice and cannot be scored on a scale',
        },
      ]);
    });

    it('should accept a scale indicator over a number only when it has both bounds', () => {
      const scaled = draft();
      scaled.indicators = [{ id: 'a', kind: 'scale_mean', items: ['visits'], label: en('A') }];
      expect(parseSurvey(scaled).success).toBe(true);
      const open = withItem(1, 1, { max: undefined });
      open.indicators = [{ id: 'a', kind: 'scale_mean', items: ['visits'], label: en('A') }];
      expect(errorsOf(open)).toEqual([
        {
          path: 'indicators[0].items[0]',
          code: 'invalid_operator',
          message: '"visits" is number and cannot be scored on a scale',
        },
      ]);
    });
  });

  describe('invalid_value', () => {
    it.each<[string, Record<string, unknown>, string]>([
      [
        '"answered" with a value',
        { question: 'service', op: 'answered', value: 'x' },
        '"answered" takes no value',
      ],
      ['"eq" without a value', { question: 'service', op: 'eq' }, '"eq" needs a value'],
      ['"in" with one value', { question: 'service', op: 'in', value: 'nsp' }, '"in" needs a list of values'],
      [
        '"eq" with a list',
        { question: 'service', op: 'eq', value: ['nsp'] },
        '"eq" compares with one value, not a list',
      ],
      [
        'a value that is not an option',
        { question: 'service', op: 'eq', value: 'dic' },
        '"dic" is not an answer of question "service"',
      ],
      [
        'a choice-list value that is not in the list',
        { question: 'respect', op: 'notIn', value: ['4', '6'] },
        '"6" is not an answer of question "respect"',
      ],
      [
        'a multi-choice value that is not an option',
        { question: 'received', op: 'selected', value: 'food' },
        '"food" is not an answer of question "received"',
      ],
      [
        'a number compared with text',
        { question: 'overall', op: 'gte', value: '7' },
        'question "overall" is a number: compare it with a number',
      ],
      [
        'a number compared with text in a list',
        { question: 'visits', op: 'in', value: [1, '2'] },
        'question "visits" is a number: compare it with a number',
      ],
    ])('should refuse %s', (_, condition, message) => {
      expect(errorsOf(withItem(1, 2, { showIf: condition }))).toEqual([
        { path: 'sections[1].items[2].showIf', code: 'invalid_value', message },
      ]);
    });

    it('should accept "other" as an answer of a question with an "other" option', () => {
      const condition = { question: 'service', op: 'eq', value: 'other' };
      expect(parseSurvey(withItem(1, 2, { showIf: condition })).success).toBe(true);
      const definition = withItem(1, 2, { showIf: condition });
      delete itemAt(definition, 0, 0).other;
      expect(errorsOf(definition)).toEqual([
        {
          path: 'sections[1].items[2].showIf',
          code: 'invalid_value',
          message: '"other" is not an answer of question "service"',
        },
      ]);
    });

    it('should refuse a date compared with something that is not a date', () => {
      const definition = withItem(1, 4, {
        showIf: {
          any: [
            { question: 'last_visit', op: 'gt', value: '01/02/2024' },
            { question: 'last_visit', op: 'lt', value: 20240101 },
          ],
        },
      });
      const message = 'question "last_visit" is a date: compare it with a date written YYYY-MM-DD';
      expect(errorsOf(definition)).toEqual([
        { path: 'sections[1].items[4].showIf.any[0]', code: 'invalid_value', message },
        { path: 'sections[1].items[4].showIf.any[1]', code: 'invalid_value', message },
      ]);
    });

    it('should refuse text compared with a number', () => {
      expect(errorsOf(withItem(1, 3, { showIf: { question: 'comment', op: 'eq', value: 3 } }))).toEqual([
        {
          path: 'sections[1].items[3].showIf',
          code: 'invalid_value',
          message: 'question "comment" is text: compare it with text',
        },
      ]);
    });

    it('should accept a yes/no "dont_know" only when the question offers it', () => {
      const condition = { question: 'recommend', op: 'eq', value: 'dont_know' };
      expect(parseSurvey(withItem(1, 2, { showIf: condition })).success).toBe(true);
      const definition = withItem(1, 2, { showIf: condition });
      Object.assign(itemAt(definition, 0, 4), { dontKnow: false });
      expect(errorsOf(definition)).toEqual([
        {
          path: 'sections[1].items[2].showIf',
          code: 'invalid_value',
          message: '"dont_know" is not an answer of question "recommend"',
        },
        {
          path: 'indicators[1].exclude[0]',
          code: 'invalid_value',
          message: '"dont_know" is not an answer of question "recommend"',
        },
      ]);
    });

    it('should check a matrix row value against the matrix choices', () => {
      const definition = draft();
      const section = definition.sections[1];
      if (section) section.items.push({ id: 'late', kind: 'text', label: en('Late'), sensitive: true });
      Object.assign(itemAt(definition, 1, 5), {
        showIf: {
          all: [
            { question: 'aspects.hours', op: 'in', value: ['1', 2] },
            { question: 'aspects.privacy', op: 'eq', value: '9' },
          ],
        },
      });
      expect(errorsOf(definition)).toEqual([
        {
          path: 'sections[1].items[5].showIf.all[1]',
          code: 'invalid_value',
          message: '"9" is not an answer of question "aspects.privacy"',
        },
      ]);
    });

    it('should refuse indicator values that are not answers of the question', () => {
      const definition = draft();
      definition.indicators = [
        {
          id: 'a',
          kind: 'share',
          item: 'recommend',
          values: ['yes', 'maybe'],
          exclude: ['never'],
          label: en('A'),
        },
        { id: 'b', kind: 'count', item: 'service', values: ['other', 'dic'], label: en('B') },
        { id: 'c', kind: 'share', item: 'aspects.hours', values: ['4', '5'], label: en('C') },
      ];
      expect(errorsOf(definition)).toEqual([
        {
          path: 'indicators[0].values[1]',
          code: 'invalid_value',
          message: '"maybe" is not an answer of question "recommend"',
        },
        {
          path: 'indicators[0].exclude[0]',
          code: 'invalid_value',
          message: '"never" is not an answer of question "recommend"',
        },
        {
          path: 'indicators[1].values[1]',
          code: 'invalid_value',
          message: '"dic" is not an answer of question "service"',
        },
      ]);
    });
  });

  describe('missing_translation', () => {
    it('should locate every text missing a declared locale', () => {
      const definition = withItem(0, 2, { label: { en: 'Staff respected me' } });
      const list = definition.choiceLists?.agree5;
      if (list?.[0]) list[0].label = { uk: 'Зовсім не згоден/згодна' };
      definition.locales = ['en', 'uk', 'ru'];
      const errors = errorsOf(definition);
      expect(errors.every((e) => e.code === 'missing_translation')).toBe(true);
      expect(errors).toContainEqual({
        path: 'sections[0].items[2].label',
        code: 'missing_translation',
        message: 'missing translation for "uk", "ru"',
      });
      expect(errors).toContainEqual({
        path: 'choiceLists.agree5[0].label',
        code: 'missing_translation',
        message: 'missing translation for "en", "ru"',
      });
      expect(errors).toContainEqual({
        path: 'title',
        code: 'missing_translation',
        message: 'missing translation for "ru"',
      });
      expect(errors).toContainEqual({
        path: 'indicators[2].label',
        code: 'missing_translation',
        message: 'missing translation for "ru"',
      });
    });

    it('should check hints, units, rating labels and "other" labels too', () => {
      const definition = draft();
      Object.assign(itemAt(definition, 0, 0), {
        other: { label: { en: 'Other' } },
        hint: { uk: 'Підказка' },
      });
      Object.assign(itemAt(definition, 0, 3), { minLabel: { en: 'Bad' } });
      Object.assign(itemAt(definition, 1, 1), { unit: { en: 'visits' } });
      expect(errorsOf(definition).map((e) => `${e.path}: ${e.message}`)).toEqual([
        'sections[0].items[0].hint: missing translation for "en"',
        'sections[0].items[0].other.label: missing translation for "uk"',
        'sections[0].items[3].minLabel: missing translation for "uk"',
        'sections[1].items[1].unit: missing translation for "uk"',
      ]);
    });
  });

  it('should report every error at once', () => {
    const definition = withItem(1, 3, { showIf: { question: 'aspects', op: 'answered' }, min: '2031-01-01' });
    Object.assign(itemAt(definition, 0, 2), { choices: 'agree7' });
    expect(errorsOf(definition).map((e) => e.code)).toEqual([
      'unknown_reference',
      'invalid_bounds',
      'forward_reference',
    ]);
  });
});

describe('formatSurveyErrors', () => {
  it('should write one error a line, path first', () => {
    expect(
      formatSurveyErrors([
        {
          path: 'sections[1].items[3].showIf',
          code: 'forward_reference',
          message: 'question "q9" comes later in the survey',
        },
        { path: '', code: 'invalid_shape', message: 'Invalid input' },
      ]),
    ).toBe('sections[1].items[3].showIf: question "q9" comes later in the survey\nInvalid input');
  });
});
