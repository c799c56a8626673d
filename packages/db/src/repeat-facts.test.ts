import { describe, expect, it } from 'vitest';
import type { Fact } from './facts.ts';
import { submissionFacts } from './facts.ts';
import { partnersSurvey } from './testing/repeat-survey.ts';

const count = (facts: readonly Fact[], q: string, v: string) =>
  facts.filter((f) => f.q === q && f.v === v).length;

describe('facts of a repeated section', () => {
  const facts = submissionFacts(partnersSurvey, {
    age: 30,
    partners: [
      { partner_age: 31, partner_tested: 'yes', partner_kind: ['regular'] },
      { partner_age: 27, partner_tested: 'yes', partner_kind: ['casual', 'regular'] },
      { partner_age: 31, partner_tested: 'no' },
    ],
  });

  it('should count a choice once per instance and the respondent once per value given', () => {
    expect(count(facts, 'partner_tested[]', '*')).toBe(3);
    expect(count(facts, 'partner_tested[]', 'yes')).toBe(2);
    expect(count(facts, 'partner_tested[]', 'no')).toBe(1);
    expect(count(facts, '~partner_tested', '*')).toBe(1);
    expect(count(facts, '~partner_tested', 'yes')).toBe(1);
    expect(count(facts, '~partner_tested', 'no')).toBe(1);
    expect(count(facts, 'partner_kind[]', 'regular')).toBe(2);
    expect(count(facts, '~partner_kind', 'regular')).toBe(1);
    expect(count(facts, '~partner_kind', 'client')).toBe(0);
  });

  it('should sum a number per instance and count the respondent once per value without a sum', () => {
    const sums = facts.filter((f) => f.q === 'partner_age[]' && f.v === '*').map((f) => f.x);
    expect(sums).toEqual([31, 27, 31]);
    expect(count(facts, 'partner_age[]', '31')).toBe(2);
    expect(facts.filter((f) => f.q === '~partner_age')).toEqual([
      { q: '~partner_age', v: '*' },
      { q: '~partner_age', v: '31' },
      { q: '~partner_age', v: '27' },
    ]);
  });

  it('should count the instances per respondent as a number with its distribution and at least one', () => {
    expect(facts.filter((f) => f.q === 'partners[]')).toEqual([
      { q: 'partners[]', v: '*', x: 3 },
      { q: 'partners[]', v: '3' },
      { q: 'partners[]', v: '+' },
    ]);
    const none = submissionFacts(partnersSurvey, { age: 30, partners: [] });
    expect(none.filter((f) => f.q === 'partners[]')).toEqual([
      { q: 'partners[]', v: '*', x: 0 },
      { q: 'partners[]', v: '0' },
    ]);
    const notAsked = submissionFacts(partnersSurvey, { age: 30 });
    expect(notAsked.filter((f) => f.q.includes('partner'))).toEqual([]);
  });

  it('should never key a repeat fact like a top-level item, a matrix row or an indicator', () => {
    const identifier = /^[a-z][a-z0-9_]*(\.[a-z0-9_]+)?$/;
    const repeatKeys = facts.filter((f) => f.q.includes('partner')).map((f) => f.q);
    expect(repeatKeys.length).toBeGreaterThan(0);
    for (const key of repeatKeys) expect(key).not.toMatch(identifier);
    for (const key of repeatKeys) expect(key.startsWith('@')).toBe(false);
    // a stray top-level key named like a repeat item is not an answer of it
    const stray = submissionFacts(partnersSurvey, { partner_tested: 'yes' });
    expect(stray.filter((f) => f.q.includes('partner_tested'))).toEqual([]);
  });

  it('should compute a share or count indicator over a repeat item per respondent, not per instance', () => {
    expect(facts).toContainEqual({ q: '@any_tested', v: '*', x: 100 });
    expect(facts).toContainEqual({ q: '@named_tested', v: '*', x: 1 });
    const noneTested = submissionFacts(partnersSurvey, {
      partners: [{ partner_tested: 'no' }, { partner_tested: 'no' }],
    });
    expect(noneTested).toContainEqual({ q: '@any_tested', v: '*', x: 0 });
    expect(noneTested).toContainEqual({ q: '@named_tested', v: '*', x: 0 });
    const unanswered = submissionFacts(partnersSurvey, { partners: [{ partner_age: 40 }] });
    expect(unanswered.filter((f) => f.q === '@any_tested')).toEqual([]);
  });
});
