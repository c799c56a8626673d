import { describe, expect, it } from 'vitest';
import { DisaggregationTally } from './disaggregation-rollups.ts';
import { FactCounts, FactNumbers } from './fact-counts.ts';
import type { Fact } from './facts.ts';
import { DailyTally } from './rollups.ts';

describe('fact numbers and counts', () => {
  it('should number each distinct question and value once, in the order first met', () => {
    const numbers = new FactNumbers();
    const a: Fact[] = [
      { q: '@', v: '*' },
      { q: 'service', v: '*' },
      { q: 'service', v: 'nsp' },
    ];
    const b: Fact[] = [
      { q: '@', v: '*' },
      { q: 'service', v: 'ost' },
      { q: 'score', v: '*', x: 4 },
    ];
    expect([...numbers.of(a)]).toEqual([0, 1, 2]);
    expect([...numbers.of(b)]).toEqual([0, 3, 4]);
    expect(numbers.of(a)).toBe(numbers.of(a));
    expect(numbers.list).toEqual([
      ['@', '*'],
      ['service', '*'],
      ['service', 'nsp'],
      ['service', 'ost'],
      ['score', '*'],
    ]);
  });

  it('should count, sum and square per number, growing past its first size', () => {
    const numbers = new FactNumbers();
    const many: Fact[] = Array.from({ length: 200 }, (_, i) => ({ q: `q${i}`, v: '*', x: i }));
    const counts = new FactCounts();
    counts.add(many, numbers.of(many));
    counts.add(many.slice(150), numbers.of(many.slice(150)));
    expect([...counts.numbers()]).toHaveLength(200);
    expect([counts.n[10], counts.x[10], counts.xx[10]]).toEqual([1, 10, 100]);
    expect([counts.n[199], counts.x[199], counts.xx[199]]).toEqual([2, 398, 2 * 199 * 199]);
  });

  it("should number a fold's facts once for its daily and disaggregated tallies", () => {
    const numbers = new FactNumbers();
    const facts: Fact[] = [
      { q: '@', v: '*' },
      { q: 'gender', v: 'f' },
    ];
    const source = {
      orgId: 'o',
      surveyId: 's',
      siteId: 't',
      collectedAt: new Date('2026-03-02T10:00:00Z'),
      facts,
      by: [['gender', 'f']] as const,
    };
    new DailyTally(numbers).add([source]);
    new DisaggregationTally(numbers).add([source]);
    expect(numbers.list).toHaveLength(2);
  });
});
