import { describe, expect, it } from 'vitest';
import { parseSurvey } from './check-survey.ts';
import { compileSurvey, DEFAULT_TEXT_MAX, validateAnswers } from './compile.ts';
import { defineSurvey } from './define.ts';
import type { SurveyDefinition } from './definition.ts';
import { clinicVisit } from './fixtures/clinic-visit.ts';

const en = (text: string) => ({ en: text });

/** Kinds and options clinicVisit does not use: a section condition, no bounds, exclusive list choices. */
const outreach = defineSurvey({
  id: 'outreach',
  version: 1,
  locales: ['en'],
  title: en('Outreach'),
  choiceLists: {
    supplies: [
      { value: 'syringes', label: en('Syringes') },
      { value: 'naloxone', label: en('Naloxone') },
      { value: 'none', label: en('None of these'), exclusive: true },
    ],
  },
  sections: [
    {
      id: 'contact',
      title: en('Contact'),
      items: [
        { id: 'tested', kind: 'yes_no', required: true, label: en('Tested for HIV?') },
        { id: 'supplies', kind: 'multi_choice', choices: 'supplies', other: {}, label: en('Supplies') },
        { id: 'calm', kind: 'rating', min: 0, max: 4, label: en('How calm was it?') },
        { id: 'spent', kind: 'number', label: en('Money spent') },
        { id: 'story', kind: 'text', long: true, sensitive: true, label: en('Tell us more') },
        { id: 'when', kind: 'date', label: en('When') },
      ],
    },
    {
      id: 'testing',
      title: en('Testing'),
      showIf: { question: 'tested', op: 'eq', value: 'yes' },
      items: [
        { id: 'result_known', kind: 'yes_no', dontKnow: true, required: true, label: en('Got the result?') },
        {
          id: 'next_step',
          kind: 'single_choice',
          required: true,
          showIf: { question: 'result_known', op: 'eq', value: 'yes' },
          label: en('Next step'),
          options: [
            { value: 'art', label: en('Started ART') },
            { value: 'prep', label: en('PrEP') },
          ],
        },
      ],
    },
  ],
});

const minimal = { service: 'nsp', respect: '4', recommend: 'yes', visits: 1 };

/** `path code` of every issue, or [] when the answers are valid. */
function issues(definition: SurveyDefinition, answers: unknown): string[] {
  const result = validateAnswers(definition, answers);
  return result.success ? [] : result.issues.map((i) => `${i.path} ${i.code}`);
}

const clinic = (answers: Record<string, unknown>) => issues(clinicVisit, { ...minimal, ...answers });
const visit = (answers: Record<string, unknown>) => issues(outreach, { tested: 'no', ...answers });

describe('validateAnswers', () => {
  it('should accept a complete, consistent submission', () => {
    const result = validateAnswers(clinicVisit, {
      service: 'nsp',
      respect: '4',
      received: ['syringes'],
      recommend: 'yes',
      visits: 1,
    });
    expect(result.success).toBe(true);
  });

  it('should report every problem keyed by question path', () => {
    const result = validateAnswers(clinicVisit, {
      service: 'ost',
      respect: '4',
      received: ['syringes'],
      comment: '',
      aspects: { hours: '2' },
      visits: 2.5,
      zzz: 1,
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(Object.keys(result.errors).sort()).toEqual([
      'aspects.privacy',
      'comment',
      'received',
      'visits',
      'zzz',
    ]);
    expect(result.issues.find((i) => i.path === 'received')?.code).toBe('hidden');
  });

  it('should return the answers it accepted', () => {
    const answers = { ...minimal, comment: 'Kind staff', last_visit: '2024-02-29', overall: 9 };
    expect(validateAnswers(clinicVisit, answers)).toEqual({ success: true, answers });
  });

  it('should group messages by path for a 422 body', () => {
    const result = validateAnswers(clinicVisit, { ...minimal, last_visit: '01/02/2024' });
    expect(result.success ? {} : result.errors).toEqual({
      last_visit: ['must be a date written YYYY-MM-DD', 'must be on or after 2020-01-01'],
    });
  });

  it.each([null, [], 'answers', 3])('should refuse %j as a whole', (answers) => {
    expect(issues(clinicVisit, answers)).toEqual(['(answers) invalid_type']);
  });

  describe('single choice', () => {
    it('should accept an option', () => {
      expect(clinic({ service: 'ost' })).toEqual([]);
    });

    it('should refuse a value that is not an option, or not a string', () => {
      expect(clinic({ service: 'dic' })).toEqual(['service custom']);
      expect(clinic({ service: 42 })).toEqual(['service invalid_type']);
      expect(clinic({ service: '' })).toEqual(['service custom', 'service required']);
    });

    it('should require "other" text under <id>_other when "other" is chosen', () => {
      expect(clinic({ service: 'other', service_other: 'Mobile clinic' })).toEqual([]);
      expect(clinic({ service: 'other' })).toEqual(['service_other required']);
      expect(clinic({ service: 'other', service_other: '  ' })).toEqual(['service_other too_small']);
      expect(clinic({ service: 'other', service_other: 'x'.repeat(501) })).toEqual(['service_other too_big']);
      expect(clinic({ service: 'other', service_other: 7 })).toEqual(['service_other invalid_type']);
    });

    it('should refuse "other" text when "other" is not chosen', () => {
      expect(clinic({ service_other: 'Mobile clinic' })).toEqual(['service_other hidden']);
    });
  });

  describe('multi choice', () => {
    it('should accept distinct options up to maxSelections', () => {
      expect(clinic({ received: ['syringes', 'naloxone'] })).toEqual([]);
      expect(clinic({ received: ['nothing'] })).toEqual([]);
    });

    it('should refuse duplicates, too many, none, unknown options and a non-list', () => {
      expect(clinic({ received: ['syringes', 'syringes'] })).toEqual(['received custom']);
      expect(clinic({ received: ['syringes', 'naloxone', 'condoms'] })).toEqual(['received custom']);
      expect(clinic({ received: [] })).toEqual(['received too_small']);
      expect(clinic({ received: ['syringes', 'food'] })).toEqual(['received.1 custom']);
      expect(clinic({ received: 'syringes' })).toEqual(['received invalid_type']);
    });

    it('should refuse an exclusive option combined with others, from a choice list too', () => {
      expect(clinic({ received: ['nothing', 'syringes'] })).toEqual(['received custom']);
      expect(visit({ supplies: ['none', 'naloxone'] })).toEqual(['supplies custom']);
      expect(visit({ supplies: ['none'] })).toEqual([]);
    });

    it('should require "other" text when "other" is among the choices', () => {
      expect(visit({ supplies: ['syringes', 'other'], supplies_other: 'Foil' })).toEqual([]);
      expect(visit({ supplies: ['syringes', 'other'] })).toEqual(['supplies_other required']);
      expect(visit({ supplies: ['syringes'], supplies_other: 'Foil' })).toEqual(['supplies_other hidden']);
    });

    it('should refuse "other" on a question without an "other" option', () => {
      expect(clinic({ received: ['other'] })).toEqual(['received.0 custom']);
      expect(clinic({ received: ['syringes'], received_other: 'x' })).toEqual([
        'received_other unknown_question',
      ]);
    });
  });

  describe('likert', () => {
    it('should accept a choice-list value, "not applicable" included', () => {
      expect(clinic({ respect: '1' })).toEqual([]);
      expect(clinic({ respect: 'na' })).toEqual([]);
    });

    it('should refuse a value outside the list, or a number', () => {
      expect(clinic({ respect: '6' })).toEqual(['respect custom']);
      expect(clinic({ respect: 4 })).toEqual(['respect invalid_type']);
    });
  });

  describe('rating', () => {
    it('should accept whole numbers from min (default 1) to max', () => {
      expect(clinic({ overall: 1 })).toEqual([]);
      expect(clinic({ overall: 10 })).toEqual([]);
      expect(visit({ calm: 0 })).toEqual([]);
    });

    it('should refuse out of bounds, fractions and text', () => {
      expect(clinic({ overall: 0 })).toEqual(['overall too_small']);
      expect(clinic({ overall: 11 })).toEqual(['overall too_big']);
      expect(clinic({ overall: 7.5 })).toEqual(['overall invalid_type']);
      expect(clinic({ overall: '7' })).toEqual(['overall invalid_type']);
      expect(visit({ calm: 5 })).toEqual(['calm too_big']);
    });
  });

  describe('yes/no', () => {
    it('should accept "dont_know" only when the question offers it', () => {
      expect(clinic({ recommend: 'no' })).toEqual([]);
      expect(clinic({ recommend: 'dont_know' })).toEqual([]);
      expect(visit({ tested: 'dont_know' })).toEqual(['tested custom']);
    });

    it('should refuse a boolean', () => {
      expect(visit({ tested: true })).toEqual(['tested invalid_type']);
    });
  });

  describe('number', () => {
    it('should accept any finite number within bounds', () => {
      expect(clinic({ visits: 0 })).toEqual([]);
      expect(clinic({ visits: 365, aspects: { hours: '5', privacy: '5' } })).toEqual([]);
      expect(visit({ spent: -12.5 })).toEqual([]);
    });

    it('should refuse out of bounds, a fraction when integer, text and infinity', () => {
      expect(clinic({ visits: -1 })).toEqual(['visits too_small']);
      expect(clinic({ visits: 366 })).toEqual(['visits too_big', 'aspects required']);
      expect(clinic({ visits: 1.5 })).toEqual(['visits invalid_type']);
      expect(clinic({ visits: '3' })).toEqual(['visits invalid_type']);
      expect(visit({ spent: Number.POSITIVE_INFINITY })).toEqual(['spent invalid_type']);
      expect(visit({ spent: Number.NaN })).toEqual(['spent invalid_type']);
    });
  });

  describe('text', () => {
    it('should accept text up to maxLength, or DEFAULT_TEXT_MAX', () => {
      expect(clinic({ comment: 'x'.repeat(200) })).toEqual([]);
      expect(visit({ story: 'x'.repeat(DEFAULT_TEXT_MAX) })).toEqual([]);
    });

    it('should refuse blank, too long and non-text answers', () => {
      expect(clinic({ comment: '' })).toEqual(['comment too_small']);
      expect(clinic({ comment: ' \n ' })).toEqual(['comment too_small']);
      expect(clinic({ comment: 'x'.repeat(201) })).toEqual(['comment too_big']);
      expect(visit({ story: 'x'.repeat(DEFAULT_TEXT_MAX + 1) })).toEqual(['story too_big']);
      expect(clinic({ comment: 5 })).toEqual(['comment invalid_type']);
    });
  });

  describe('date', () => {
    it('should accept real dates within bounds', () => {
      expect(clinic({ last_visit: '2020-01-01' })).toEqual([]);
      expect(clinic({ last_visit: '2030-12-31' })).toEqual([]);
      expect(visit({ when: '1999-12-31' })).toEqual([]);
    });

    it('should refuse dates before min, after max, impossible or not YYYY-MM-DD', () => {
      expect(clinic({ last_visit: '2019-12-31' })).toEqual(['last_visit custom']);
      expect(clinic({ last_visit: '2031-01-01' })).toEqual(['last_visit custom']);
      expect(clinic({ last_visit: '2023-02-29' })).toEqual(['last_visit invalid_format']);
      expect(visit({ when: '2024-13-01' })).toEqual(['when invalid_format']);
      expect(visit({ when: '2024-1-1' })).toEqual(['when invalid_format']);
      expect(visit({ when: 20240101 })).toEqual(['when invalid_type']);
    });
  });

  describe('matrix', () => {
    const shown = { visits: 2 };

    it('should accept a choice for every row of a required matrix', () => {
      expect(clinic({ ...shown, aspects: { hours: '1', privacy: 'na' } })).toEqual([]);
    });

    it('should require every row of a required matrix', () => {
      expect(clinic(shown)).toEqual(['aspects required']);
      expect(clinic({ ...shown, aspects: {} })).toEqual(['aspects required']);
      expect(clinic({ ...shown, aspects: { hours: '4' } })).toEqual(['aspects.privacy required']);
    });

    it('should refuse unknown rows, values outside the choices and non-objects', () => {
      expect(clinic({ ...shown, aspects: { hours: '4', privacy: '5', parking: '1' } })).toEqual([
        'aspects unrecognized_keys',
      ]);
      expect(clinic({ ...shown, aspects: { hours: '9', privacy: '5' } })).toEqual(['aspects.hours custom']);
      expect(clinic({ ...shown, aspects: 'agree' })).toEqual(['aspects invalid_type']);
      expect(clinic({ ...shown, aspects: ['4', '5'] })).toContain('aspects invalid_type');
    });
  });

  describe('notes and unknown keys', () => {
    it('should refuse an answer to a note', () => {
      expect(clinic({ intro: 'read' })).toEqual(['intro unknown_question']);
    });

    it('should refuse keys that are not questions', () => {
      expect(clinic({ age: 30, Service: 'nsp' })).toEqual([
        'age unknown_question',
        'Service unknown_question',
      ]);
    });
  });

  describe('conditions', () => {
    it('should refuse an answer to a hidden question', () => {
      expect(clinic({ service: 'ost', received: ['syringes'] })).toEqual(['received hidden']);
      expect(clinic({ aspects: { hours: '4', privacy: '4' } })).toEqual(['aspects hidden']);
    });

    it('should refuse even an empty answer to a hidden question', () => {
      expect(clinic({ aspects: {} })).toEqual(['aspects hidden']);
    });

    it('should apply required only when the question is shown', () => {
      expect(clinic({})).toEqual([]);
      expect(clinic({ visits: 5 })).toEqual(['aspects required']);
      const { recommend: _, ...noRecommend } = minimal;
      expect(issues(clinicVisit, noRecommend)).toEqual(['aspects required']);
      expect(issues(clinicVisit, { recommend: 'no' })).toEqual(['service required', 'respect required']);
    });

    it('should hide every item of a hidden section, required ones too', () => {
      expect(visit({})).toEqual([]);
      expect(visit({ result_known: 'yes' })).toEqual(['result_known hidden']);
      expect(visit({ tested: 'yes' })).toEqual(['result_known required']);
      expect(visit({ tested: 'yes', result_known: 'no' })).toEqual([]);
      expect(visit({ tested: 'yes', result_known: 'yes' })).toEqual(['next_step required']);
      expect(visit({ tested: 'yes', result_known: 'yes', next_step: 'art' })).toEqual([]);
      expect(visit({ tested: 'no', result_known: 'yes', next_step: 'art' })).toEqual([
        'result_known hidden',
        'next_step hidden',
      ]);
    });

    it('should refuse "other" text of a hidden question', () => {
      const answers = { service: 'ost', received: ['other'], received_other: 'x' };
      const definition = structuredClone(clinicVisit) as SurveyDefinition;
      const received = definition.sections[0]?.items[1];
      if (received?.kind === 'multi_choice') received.other = {};
      expect(issues(definition, { ...minimal, ...answers })).toEqual([
        'received hidden',
        'received_other hidden',
      ]);
    });
  });
});

describe('compileSurvey', () => {
  it('should compile once per survey version', () => {
    const compiled = compileSurvey(structuredClone(clinicVisit));
    expect(compileSurvey(structuredClone(clinicVisit))).toBe(compiled);
    expect(compileSurvey(JSON.parse(JSON.stringify(clinicVisit)))).toBe(compiled);
  });

  it('should compile a changed draft with the same version again', () => {
    const draft = structuredClone(clinicVisit) as SurveyDefinition;
    const visits = draft.sections[1]?.items[1];
    if (visits?.kind === 'number') visits.max = 10;
    expect(compileSurvey(draft)).not.toBe(compileSurvey(clinicVisit));
    expect(issues(draft, { ...minimal, visits: 11 })).toEqual(['visits too_big', 'aspects required']);
    expect(clinic({ visits: 11, aspects: { hours: '1', privacy: '1' } })).toEqual([]);
  });

  it('should give a zod schema that runs on its own', () => {
    const { schema } = compileSurvey(clinicVisit);
    expect(schema.safeParse(minimal).success).toBe(true);
    expect(schema.safeParse({ ...minimal, respect: '9' }).success).toBe(false);
  });

  it('should compile the test surveys, which are valid', () => {
    expect(parseSurvey(outreach).success).toBe(true);
  });
});

describe('validateAnswers with keys named like Object.prototype members', () => {
  const PROTOTYPE_KEYS = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__'];

  it.each(PROTOTYPE_KEYS)('should refuse "%s" as an unknown question, never throw', (key) => {
    // JSON.parse makes "__proto__" an own key, as a request body does
    const answers = JSON.parse(`{"tested":"no","${key}":"x"}`) as unknown;
    const result = validateAnswers(outreach, answers);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues.map((i) => `${i.path} ${i.code}`)).toEqual([`${key} unknown_question`]);
    expect(Object.hasOwn(result.errors, key)).toBe(true);
    expect(JSON.parse(JSON.stringify(result.errors))).toEqual(
      JSON.parse(`{"${key}":["\\"${key}\\" is not a question of this survey"]}`),
    );
  });

  it('should read only answers the object holds itself for a question whose id is a prototype name', () => {
    const survey = defineSurvey({
      id: 'proto-ids',
      version: 1,
      locales: ['en'],
      title: en('Prototype ids'),
      sections: [
        {
          id: 'main',
          title: en('Main'),
          items: [
            { id: 'constructor', kind: 'yes_no', label: en('Optional yes or no') },
            {
              id: 'follow_up',
              kind: 'text',
              showIf: { question: 'constructor', op: 'answered' },
              label: en('Shown once answered'),
            },
          ],
        },
      ],
    });
    expect(validateAnswers(survey, {}).success).toBe(true);
    expect(issues(survey, { follow_up: 'x' })).toEqual(['follow_up hidden']);
    expect(validateAnswers(survey, { constructor: 'yes', follow_up: 'x' }).success).toBe(true);
  });
});
