import { computeIndicators, validateAnswers } from '@kolo/schema';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { type ServiceSatisfactionAnswers, serviceSatisfaction } from './index.ts';

const base = {
  service_type: 'nsp',
  channel: 'street',
  first_visit: 'no',
  av_hours: '4',
  av_syringes: '1',
  av_naloxone: 'na',
  av_condoms: '5',
  av_waiting: '3',
  ac_distance: '5',
  ac_cost: '5',
  ac_documents: '5',
  ac_police: '2',
  acc_respect: '5',
  acc_stigma: '4',
  acc_confidential: '5',
  acc_peer: '5',
  acc_gender: 'na',
  q_need: '4',
  q_information: '4',
  referred: 'no',
  overall_satisfaction: '4',
  recommend: 'yes',
} satisfies ServiceSatisfactionAnswers;

describe('service satisfaction', () => {
  it('should infer answer types from the definition', () => {
    expectTypeOf<ServiceSatisfactionAnswers['service_type']>().toEqualTypeOf<
      | 'nsp'
      | 'ost'
      | 'dic'
      | 'hiv_testing'
      | 'prep'
      | 'hcv'
      | 'tb'
      | 'legal'
      | 'social'
      | 'psychological'
      | 'medical'
      | 'peer_support'
      | 'outreach'
      | 'nightlife'
      | 'online'
    >();
    expectTypeOf<ServiceSatisfactionAnswers['av_syringes']>().toEqualTypeOf<
      '1' | '2' | '3' | '4' | '5' | 'na' | undefined
    >();
    expectTypeOf<ServiceSatisfactionAnswers['recommend']>().toEqualTypeOf<'yes' | 'no' | 'dont_know'>();
    expectTypeOf<ServiceSatisfactionAnswers['key_population']>().toEqualTypeOf<
      Array<'pwud' | 'sex_workers' | 'msm' | 'trans' | 'plhiv' | 'none' | 'prefer_not'> | undefined
    >();
    expectTypeOf<ServiceSatisfactionAnswers['gender_other']>().toEqualTypeOf<string | undefined>();
  });

  it('should accept a typical visit to a needle and syringe programme', () => {
    expect(validateAnswers(serviceSatisfaction, base).success).toBe(true);
  });

  it('should ask about syringe stock-outs only where syringes are handed out', () => {
    const legal = { ...base, service_type: 'legal' };
    const result = validateAnswers(serviceSatisfaction, legal);
    expect(result.success ? [] : result.issues.map((i) => [i.path, i.code])).toEqual([
      ['av_syringes', 'hidden'],
      ['av_naloxone', 'hidden'],
      ['av_condoms', 'hidden'],
    ]);
    const { av_syringes: _s, av_naloxone: _n, av_condoms: _c, ...withoutSupplies } = legal;
    expect(validateAnswers(serviceSatisfaction, withoutSupplies).success).toBe(true);
  });

  it('should skip distance and police for online services', () => {
    const { ac_distance: _d, ac_police: _p, ...online } = { ...base, channel: 'online' };
    expect(validateAnswers(serviceSatisfaction, online).success).toBe(true);
  });

  it('should ask how a referral worked only after one was made', () => {
    const referred = { ...base, referred: 'yes' };
    const result = validateAnswers(serviceSatisfaction, referred);
    expect(result.success ? [] : result.issues.map((i) => [i.path, i.code])).toEqual([
      ['q_referral', 'required'],
    ]);
    expect(validateAnswers(serviceSatisfaction, { ...referred, q_referral: '5' }).success).toBe(true);
  });

  it('should let respondents decline the context questions', () => {
    const answers = { ...base, age_band: 'prefer_not', gender: 'prefer_not', key_population: ['prefer_not'] };
    expect(validateAnswers(serviceSatisfaction, answers).success).toBe(true);
    const mixed = { ...base, key_population: ['pwud', 'prefer_not'] };
    expect(validateAnswers(serviceSatisfaction, mixed).success).toBe(false);
  });

  it('should keep a self-described gender under gender_other', () => {
    const answers = { ...base, gender: 'other', gender_other: 'genderqueer' };
    expect(validateAnswers(serviceSatisfaction, answers).success).toBe(true);
    expect(validateAnswers(serviceSatisfaction, { ...base, gender: 'other' }).success).toBe(false);
  });

  it('should score the AAAQ domains leaving "not applicable" out', () => {
    expect(computeIndicators(serviceSatisfaction, base)).toEqual({
      availability: (75 + 0 + 100 + 50) / 4,
      accessibility: (100 + 100 + 100 + 25) / 4,
      acceptability: (100 + 75 + 100 + 100) / 4,
      quality: 75,
      satisfaction: 75,
      would_recommend: 100,
    });
  });

  it('should leave a domain empty when every answer is "not applicable"', () => {
    const values = computeIndicators(serviceSatisfaction, {
      ...base,
      q_need: 'na',
      q_information: 'na',
      recommend: 'dont_know',
    });
    expect(values.quality).toBeNull();
    expect(values.would_recommend).toBeNull();
  });
});
