import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LikertChart } from './likert-chart.tsx';
import { aaaq, itemOf, respected, survey } from './test-fixtures.ts';

/** The value labels drawn in the panel set apart (neutral, "not applicable / don't know"). */
function apartLabels(container: HTMLElement): string[] {
  const apart = container.querySelectorAll('svg.recharts-surface')[1];
  return [...(apart?.querySelectorAll('.recharts-label-list text') ?? [])]
    .map((t) => t.textContent ?? '')
    .filter((t) => t.includes('%'));
}

describe('scale chart value labels', () => {
  it('should label every "don\'t know / not applicable" bar, 0% and small shares too', () => {
    const { container } = render(
      <LikertChart definition={survey} item={itemOf('aaaq')} result={aaaq} locale="en" />,
    );
    // the row shown has neutral 20% and n/a 0%; the withheld row has no labels
    expect(apartLabels(container).sort()).toEqual(['0%', '20%']);
  }, 20_000);

  it('should write a share of 2% or less past its bar like any other', () => {
    const small = {
      ...respected,
      n: 100,
      counts: respected.counts.map((c) =>
        c.value === 'na' ? { ...c, n: 1, share: 0.01, suppressed: false } : c,
      ),
    };
    const { container } = render(
      <LikertChart definition={survey} item={itemOf('respected')} result={small} locale="en" />,
    );
    expect(apartLabels(container)).toContain('1%');
  });
});
