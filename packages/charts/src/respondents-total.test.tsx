import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RespondentsChart } from './respondents-chart.tsx';
import type { TimelinePoint } from './results.ts';

const timeline: TimelinePoint[] = ['2026-01', '2026-02', '2026-03'].map((period) => ({
  period,
  n: 7,
  suppressed: false,
  indicators: {},
}));

describe('RespondentsChart total', () => {
  it('should caption the published total, not the sum of the rounded periods', () => {
    render(<RespondentsChart timeline={timeline} total={17} approximate locale="en" />);
    expect(screen.getByText('n = ≈17')).toBeInTheDocument();
    expect(screen.queryByText('n = 21')).toBeNull();
  });

  it('should keep the sum when no total is given', () => {
    render(<RespondentsChart timeline={timeline} locale="en" />);
    expect(screen.getByText('n = 21')).toBeInTheDocument();
  });
});
