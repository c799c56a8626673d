import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { RespondentsChart } from './respondents-chart.tsx';
import { results, survey } from './test-fixtures.ts';
import { TrendChart } from './trend-chart.tsx';

describe('TrendChart', () => {
  it("should draw one line per indicator with a legend in the reader's language", () => {
    const { container } = render(
      <TrendChart
        definition={survey}
        timeline={results.timeline}
        indicatorIds={['acceptability', 'tested_share']}
        locale="uk"
      />,
    );
    expect(container.querySelectorAll('.recharts-line')).toHaveLength(2);
    const legend = [...container.querySelectorAll('.kolo-chart-legend li')].map((li) => li.textContent);
    expect(legend).toEqual(['Прийнятність', 'Запропонували тест']);
  });

  it('should label months with Intl and show a withheld month as "<5", never 0', async () => {
    render(
      <TrendChart
        definition={survey}
        timeline={results.timeline}
        indicatorIds={['acceptability']}
        locale="en"
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Show as table' }));
    const table = screen.getByRole('table');
    expect(within(table).getByText('Acceptability', { selector: 'caption' })).toBeInTheDocument();
    const february = within(table).getByRole('rowheader', { name: 'Feb 2025' }).closest('tr') as HTMLElement;
    const cells = within(february).getAllByRole('cell');
    expect(cells[1]).toHaveTextContent('<5');
    for (const cell of cells) expect(cell.textContent).not.toMatch(/\b0\b/);
    expect(within(table).getByText('76.3')).toBeInTheDocument();
  });

  it('should name quarters when the periods are three months apart', async () => {
    const quarterly = [
      { period: '2025-01-01', n: 30, suppressed: false, indicators: { acceptability: 60 } },
      { period: '2025-04-01', n: 32, suppressed: false, indicators: { acceptability: 64 } },
    ];
    render(
      <TrendChart definition={survey} timeline={quarterly} indicatorIds={['acceptability']} locale="uk" />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Показати таблицею' }));
    expect(screen.getByRole('rowheader', { name: '2 кв. 2025' })).toBeInTheDocument();
  });
});

describe('RespondentsChart', () => {
  it('should draw respondents per period with withheld periods marked "<5"', async () => {
    const { container } = render(<RespondentsChart timeline={results.timeline} />);
    expect(container.querySelector('svg.recharts-surface')).not.toBeNull();
    expect(screen.getByText('<5')).toBeInTheDocument();
    expect(screen.getByText('25')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Show as table' }));
    const row = screen.getByRole('rowheader', { name: 'Feb 2025' }).closest('tr') as HTMLElement;
    expect(within(row).getByRole('cell')).toHaveTextContent('<5fewer than 5 responses');
  });

  it('should say there is no data yet for an empty timeline', () => {
    render(<RespondentsChart timeline={[]} locale="ru" />);
    expect(screen.getByText('Данных пока нет')).toBeInTheDocument();
  });
});
