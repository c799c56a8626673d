import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DistributionChart } from './distribution-chart.tsx';
import { itemOf, overall, survey, visits } from './test-fixtures.ts';

describe('DistributionChart', () => {
  it('should draw a rating as columns with its mean, median and middle half', () => {
    const { container } = render(
      <DistributionChart definition={survey} item={itemOf('overall')} result={overall} locale="en" />,
    );
    expect(container.querySelector('svg.recharts-surface')).not.toBeNull();
    expect(screen.getByText('Mean 3.9 · Median 4 · Middle half 3–5')).toBeInTheDocument();
    expect(screen.getAllByText('<5')).toHaveLength(2);
    expect(screen.getByText('40%')).toBeInTheDocument();
  });

  it('should show a number only through its statistics, formatted for uk', async () => {
    render(<DistributionChart definition={survey} item={itemOf('visits')} result={visits} locale="uk" />);
    expect(screen.getByText('Середнє 12,5 · Медіана 10 · Середня половина 6–18')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Показати таблицею' }));
    const table = screen.getByRole('table');
    expect(within(table).getByRole('rowheader', { name: 'Стандартне відхилення' })).toBeInTheDocument();
    expect(within(table).getByText('6,25')).toBeInTheDocument();
  });

  it('should withhold a number question without statistics', () => {
    render(
      <DistributionChart
        definition={survey}
        item={itemOf('visits')}
        result={{ ...visits, n: null, suppressed: true, stats: null }}
        locale="en"
      />,
    );
    expect(screen.getAllByText(/fewer than 5 responses/).length).toBeGreaterThan(0);
    expect(screen.queryByRole('button')).toBeNull();
  });
});
