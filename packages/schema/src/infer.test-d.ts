import { describe, expectTypeOf, it } from 'vitest';
import type { ValidateAnswersResult } from './compile.ts';
import { validateAnswers } from './compile.ts';
import { defineSurvey } from './define.ts';
import type { SurveyDefinition } from './definition.ts';
import { clinicVisit } from './fixtures/clinic-visit.ts';
import type { repeatSurvey } from './fixtures/repeat-survey.ts';
import type { AnswerOf, AnswersOf } from './infer.ts';

type Agree5 = '1' | '2' | '3' | '4' | '5' | 'na';
type ClinicAnswers = AnswersOf<typeof clinicVisit>;

const en = (text: string) => ({ en: text });

const outreach = defineSurvey({
  id: 'outreach',
  version: 1,
  locales: ['en'],
  title: { en: 'Outreach' },
  choiceLists: {
    often: [
      { value: 'never', label: { en: 'Never' } },
      { value: 'sometimes', label: { en: 'Sometimes' } },
      { value: 'always', label: { en: 'Always' } },
    ],
  },
  sections: [
    {
      id: 'contact',
      title: { en: 'Contact' },
      items: [
        { id: 'tested', kind: 'yes_no', required: true, label: { en: 'Tested?' } },
        { id: 'safe', kind: 'likert', choices: 'often', required: true, label: { en: 'Safe?' } },
        {
          id: 'supplies',
          kind: 'multi_choice',
          required: true,
          other: { label: { en: 'Something else' } },
          label: { en: 'Supplies' },
          options: [
            { value: 'syringes', label: { en: 'Syringes' } },
            { value: 'naloxone', label: { en: 'Naloxone' } },
          ],
        },
        { id: 'calm', kind: 'rating', max: 5, required: true, label: { en: 'Calm' } },
        { id: 'when', kind: 'date', required: true, label: { en: 'When' } },
        {
          id: 'why',
          kind: 'text',
          required: true,
          showIf: { question: 'tested', op: 'eq', value: 'no' },
          label: { en: 'Why not?' },
        },
      ],
    },
    {
      id: 'result',
      title: { en: 'Result' },
      showIf: { question: 'tested', op: 'eq', value: 'yes' },
      items: [
        { id: 'intro', kind: 'note', label: { en: 'About your result' } },
        { id: 'result_known', kind: 'yes_no', dontKnow: true, required: true, label: { en: 'Known?' } },
      ],
    },
  ],
});

/** Written `as const` without defineSurvey. */
const quick = {
  id: 'quick',
  version: 1,
  locales: ['en'],
  title: { en: 'Quick' },
  sections: [
    {
      id: 'only',
      title: { en: 'Only' },
      items: [
        {
          id: 'place',
          kind: 'single_choice',
          required: true,
          label: { en: 'Where?' },
          options: [
            { value: 'dic', label: { en: 'Drop-in centre' } },
            { value: 'van', label: { en: 'Van' } },
          ],
        },
        { id: 'age', kind: 'number', min: 16, integer: true, label: { en: 'Age' } },
      ],
    },
  ],
} as const;

describe('AnswersOf', () => {
  it('should infer the exact answers of clinicVisit', () => {
    expectTypeOf<ClinicAnswers>().toEqualTypeOf<{
      service: 'nsp' | 'ost' | 'other';
      respect: Agree5;
      received?: Array<'syringes' | 'naloxone' | 'condoms' | 'nothing'>;
      overall?: number;
      recommend?: 'yes' | 'no' | 'dont_know';
      visits?: number;
      comment?: string;
      last_visit?: string;
      aspects?: { hours?: Agree5; privacy?: Agree5 };
      service_other?: string;
    }>();
  });

  it('should make a likert the union of its choice values, from a named choice list too', () => {
    expectTypeOf<ClinicAnswers['respect']>().toEqualTypeOf<Agree5>();
    expectTypeOf<AnswersOf<typeof outreach>['safe']>().toEqualTypeOf<'never' | 'sometimes' | 'always'>();
  });

  it('should make a multi choice an array of its values, "other" included when offered', () => {
    expectTypeOf<AnswersOf<typeof outreach>['supplies']>().toEqualTypeOf<
      Array<'syringes' | 'naloxone' | 'other'>
    >();
    expectTypeOf<AnswersOf<typeof outreach>>()
      .toHaveProperty('supplies_other')
      .toEqualTypeOf<string | undefined>();
    expectTypeOf<ClinicAnswers>().not.toHaveProperty('received_other');
  });

  it('should add "dont_know" to a yes/no only when the question offers it', () => {
    expectTypeOf<AnswersOf<typeof outreach>['tested']>().toEqualTypeOf<'yes' | 'no'>();
    expectTypeOf<ClinicAnswers['recommend']>().toEqualTypeOf<'yes' | 'no' | 'dont_know' | undefined>();
  });

  it('should make numbers and ratings numbers, texts and dates strings, a matrix an object of rows', () => {
    expectTypeOf<AnswersOf<typeof outreach>['calm']>().toEqualTypeOf<number>();
    expectTypeOf<AnswersOf<typeof outreach>['when']>().toEqualTypeOf<string>();
    expectTypeOf<NonNullable<ClinicAnswers['visits']>>().toEqualTypeOf<number>();
    expectTypeOf<NonNullable<ClinicAnswers['comment']>>().toEqualTypeOf<string>();
    expectTypeOf<NonNullable<ClinicAnswers['aspects']>>().toEqualTypeOf<{
      hours?: Agree5;
      privacy?: Agree5;
    }>();
  });

  it('should make a question optional when it may be hidden or is not required', () => {
    expectTypeOf<AnswersOf<typeof outreach>>().toEqualTypeOf<{
      tested: 'yes' | 'no';
      safe: 'never' | 'sometimes' | 'always';
      supplies: Array<'syringes' | 'naloxone' | 'other'>;
      calm: number;
      when: string;
      why?: string;
      result_known?: 'yes' | 'no' | 'dont_know';
      supplies_other?: string;
    }>();
  });

  it('should leave notes out of the answers', () => {
    expectTypeOf<AnswersOf<typeof outreach>>().not.toHaveProperty('intro');
    expectTypeOf<ClinicAnswers>().not.toHaveProperty('intro');
  });

  it('should infer from a definition written `as const` without defineSurvey', () => {
    expectTypeOf<AnswersOf<typeof quick>>().toEqualTypeOf<{ place: 'dic' | 'van'; age?: number }>();
  });

  it('should type one item with AnswerOf', () => {
    type Item = (typeof quick)['sections'][0]['items'][0];
    expectTypeOf<AnswerOf<typeof quick, Item>>().toEqualTypeOf<'dic' | 'van'>();
  });
});

describe('defineSurvey', () => {
  it('should return a definition that the rest of the API takes', () => {
    expectTypeOf(outreach).toExtend<SurveyDefinition>();
    expectTypeOf(validateAnswers<AnswersOf<typeof outreach>>)
      .parameter(0)
      .toEqualTypeOf<SurveyDefinition>();
    expectTypeOf(validateAnswers<ClinicAnswers>(clinicVisit, {})).toEqualTypeOf<
      ValidateAnswersResult<ClinicAnswers>
    >();
  });

  it('should refuse a definition of the wrong shape', () => {
    defineSurvey({
      id: 'x',
      version: 1,
      locales: ['en'],
      title: en('X'),
      sections: [
        {
          id: 's',
          title: en('S'),
          items: [
            {
              id: 'q',
              // @ts-expect-error: "slider" is not an item kind
              kind: 'slider',
              label: en('Q'),
            },
          ],
        },
      ],
    });
  });
});

describe('AnswersOf with calculations', () => {
  it('should type a number calculation as an optional number and any other as optional text', () => {
    const calc = defineSurvey({
      id: 'calc',
      version: 1,
      locales: ['en'],
      title: { en: 'Calc' },
      sections: [
        {
          id: 's',
          title: { en: 'S' },
          items: [
            { id: 'born', kind: 'number', required: true, label: { en: 'Born' } },
            {
              id: 'age',
              kind: 'calculate',
              label: { en: 'Age' },
              calculation: '2026 - 1990',
              valueType: 'number',
            },
            { id: 'tag', kind: 'calculate', label: { en: 'Tag' }, calculation: "'x'" },
          ],
        },
      ],
    });
    expectTypeOf<AnswersOf<typeof calc>>().toEqualTypeOf<{ born: number; age?: number; tag?: string }>();
  });
});

describe('AnswersOf with a repeat section', () => {
  type RepeatAnswers = AnswersOf<typeof repeatSurvey>;

  it('should type a repeat section as a list of instance records', () => {
    expectTypeOf<RepeatAnswers['partners']>().toEqualTypeOf<
      Array<{
        partner_age: number;
        age_gap?: number;
        partner_tested?: 'yes' | 'no';
        partner_test_place?: string;
      }>
    >();
  });

  it('should keep the items of a repeat section out of the top level', () => {
    expectTypeOf<RepeatAnswers>().not.toHaveProperty('partner_age');
    expectTypeOf<RepeatAnswers>().toHaveProperty('age').toEqualTypeOf<number>();
    expectTypeOf<RepeatAnswers>().toHaveProperty('partner_count').toEqualTypeOf<number | undefined>();
  });
});
