import type { Indicator } from '@kolo/schema';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { IndicatorCard } from './indicator-card.tsx';
import { survey } from './test-fixtures.ts';

const [acceptability, testedShare] = survey.indicators as [Indicator, Indicator];

describe('IndicatorCard', () => {
  it('should show a 0..100 index with its change against the previous period', () => {
    render(
      <IndicatorCard
        indicator={acceptability}
        result={{ id: 'acceptability', kind: 'scale_mean', n: 35, value: 72.5, suppressed: false }}
        previous={70}
        locale="en"
      />,
    );
    expect(screen.getByRole('heading', { name: 'Acceptability' })).toBeInTheDocument();
    expect(screen.getByText('72.5 / 100')).toBeInTheDocument();
    expect(screen.getByText('+2.5 since the previous period')).toBeInTheDocument();
    expect(screen.getByText('n = 35')).toBeInTheDocument();
  });

  it('should format a share and a fall in percentage points for uk', () => {
    render(
      <IndicatorCard
        indicator={testedShare}
        result={{ id: 'tested_share', kind: 'share', n: 8, value: 12.5, suppressed: false }}
        previous={{ value: 20, suppressed: false }}
        locale="uk"
      />,
    );
    expect(screen.getByText(/^12,5\s?%$/)).toBeInTheDocument();
    expect(screen.getByText('-7,5 в. п. порівняно з попереднім періодом')).toBeInTheDocument();
  });

  it('should show a withheld indicator as "fewer than 5 responses", with no value or change', () => {
    const { container } = render(
      <IndicatorCard
        indicator={acceptability}
        result={{ id: 'acceptability', kind: 'scale_mean', n: null, value: null, suppressed: true }}
        previous={70}
        locale="en"
      />,
    );
    expect(screen.getByText('fewer than 5 responses')).toBeInTheDocument();
    expect(container.textContent).not.toMatch(/\b0\b|since the previous/);
  });
});
