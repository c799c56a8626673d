import type { SurveyResults } from '@kolo/db';
import { followUpVerdict } from '@kolo/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { followUpWindow, targetFigure } from './follow-up.ts';

/** The verdict as the issue states it, written independently of the contract's function. */
function oracle(
  before: { value: number | null; n: number | null },
  after: { value: number | null; n: number | null } | null,
  better: 'higher' | 'lower',
  scale: 'percent' | 'count',
): string {
  if (after === null || after.n === 0) return 'waiting';
  if (before.value === null || after.value === null) return 'too_few';
  const gain = (after.value - before.value) * (better === 'higher' ? 1 : -1);
  const margin = scale === 'percent' ? 5 : Math.max(1, Math.abs(before.value) / 10);
  if (gain >= margin) return 'improved';
  if (-gain >= margin) return 'worse';
  return 'unchanged';
}

const figure = fc.record({
  value: fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null }),
  n: fc.option(fc.nat(500), { nil: null }),
});

describe('the follow-up verdict', () => {
  it('should agree with the oracle on any figures before and after, direction and scale', () => {
    fc.assert(
      fc.property(
        figure,
        fc.option(figure, { nil: null }),
        fc.constantFrom('higher' as const, 'lower' as const),
        fc.constantFrom('percent' as const, 'count' as const),
        (before, after, better, scale) => {
          expect(followUpVerdict(before, after, { better, scale })).toBe(
            oracle(before, after, better, scale),
          );
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('should say too_few whenever either figure was withheld and the round has data', () => {
    fc.assert(
      fc.property(figure, fc.integer({ min: 1, max: 500 }), (before, n) => {
        expect(
          followUpVerdict(
            { ...before, value: null },
            { value: 50, n },
            { better: 'higher', scale: 'percent' },
          ),
        ).toBe('too_few');
        expect(followUpVerdict(before, { value: null, n }, { better: 'lower', scale: 'count' })).toBe(
          'too_few',
        );
      }),
    );
  });
});

describe('the follow-up window', () => {
  const evidence = (from?: string, to?: string) => ({
    filters: { ...(from ? { from } : {}), ...(to ? { to } : {}) },
  });

  it('should wait until the day after the due date', () => {
    expect(followUpWindow(evidence(), '2027-03-31', '2027-03-31')).toBeNull();
    expect(followUpWindow(evidence(), '2027-03-31', '2027-04-01')).toEqual({
      from: '2027-03-31',
      to: '2027-04-01',
    });
  });

  it('should be as long as the evidence period when the time since the due date is longer', () => {
    expect(followUpWindow(evidence('2027-01-01', '2027-01-31'), '2027-03-01', '2027-09-01')).toEqual({
      from: '2027-03-01',
      to: '2027-03-31',
    });
    expect(followUpWindow(evidence('2027-01-01', '2027-06-30'), '2027-03-01', '2027-04-10')).toEqual({
      from: '2027-03-01',
      to: '2027-04-10',
    });
  });
});

describe("the follow-up's figure", () => {
  const results = {
    k: 5,
    rounding: null,
    respondents: { n: 40, suppressed: false },
    indicators: [
      { id: 'would_recommend', kind: 'share', n: 40, value: 62.5, suppressed: false },
      { id: 'small', kind: 'share', n: null, value: null, suppressed: true },
    ],
    questions: [
      {
        id: 'recommend',
        kind: 'single_choice',
        n: 40,
        suppressed: false,
        counts: [
          { value: 'yes', n: 25, suppressed: false, share: 0.625 },
          { value: 'no', n: null, suppressed: true, share: null },
        ],
      },
    ],
    timeline: [],
  } as unknown as SurveyResults;

  it('should read an indicator, a withheld indicator and an answer share in points', () => {
    expect(targetFigure(results, { kind: 'indicator', indicatorId: 'would_recommend' })).toEqual({
      value: 62.5,
      n: 40,
      withheld: false,
    });
    expect(targetFigure(results, { kind: 'indicator', indicatorId: 'small' }).withheld).toBe(true);
    expect(targetFigure(results, { kind: 'question', questionId: 'recommend', value: 'yes' })).toEqual({
      value: 62.5,
      n: 40,
      withheld: false,
    });
    expect(targetFigure(results, { kind: 'question', questionId: 'recommend', value: 'no' })).toEqual({
      value: null,
      n: 40,
      withheld: true,
    });
  });
});
