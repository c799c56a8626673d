import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LadderChart } from './ladder-chart.tsx';
import { LikertChart } from './likert-chart.tsx';
import { aaaq, itemOf, ladder, respected, survey } from './test-fixtures.ts';

async function openTable() {
  await userEvent.click(screen.getByRole('button', { name: /table|таблиц/i }));
  return screen.getByRole('table');
}

describe('LikertChart', () => {
  it('should draw negatives left of the middle and positives right, neutral and n/a apart', () => {
    const { container } = render(
      <LikertChart definition={survey} item={itemOf('respected')} result={respected} locale="en" />,
    );
    const svgs = container.querySelectorAll('svg.recharts-surface');
    expect(svgs).toHaveLength(2);
    const [main, apart] = [...svgs];
    expect(main?.querySelector('path[fill="#2166AC"]')).not.toBeNull();
    expect(main?.querySelector('path[fill="#D4D4D4"]')).toBeNull();
    expect(apart?.querySelector('path[fill="#D4D4D4"]')).not.toBeNull();
    expect(apart?.querySelector('path[fill="#A6A6A6"]')).not.toBeNull();
    const legend = [...container.querySelectorAll('.kolo-chart-legend li')].map((li) => li.textContent);
    expect(legend).toEqual([
      'Strongly disagree',
      'Disagree',
      'Neither agree nor disagree',
      'Agree',
      'Strongly agree',
      'Not applicable / don’t know',
      'fewer than 5 responses',
    ]);
  });

  it('should hatch withheld cells and show them as "<5" or a dash in the table, never 0', async () => {
    const { container } = render(
      <LikertChart definition={survey} item={itemOf('respected')} result={respected} locale="en" />,
    );
    expect(container.querySelectorAll('path[fill^="url(#kolo-hatch"]').length).toBe(2);
    const table = await openTable();
    const cells = within(table).getAllByRole('cell');
    expect(cells[0]).toHaveTextContent('fewer than 5 responses');
    expect(cells[0]?.textContent).not.toMatch(/0/);
    expect(cells[3]).toHaveTextContent('35%');
  });

  it('should give each matrix row its own bar and withhold a small row as a whole', async () => {
    render(<LikertChart definition={survey} item={itemOf('aaaq')} result={aaaq} locale="uk" />);
    expect(screen.getByText('Як ви оцінюєте послугу?')).toBeInTheDocument();
    const table = await openTable();
    const row = within(table)
      .getByRole('rowheader', { name: 'Мою приватність захищено' })
      .closest('tr') as HTMLElement;
    const cells = within(row).getAllByRole('cell');
    for (const cell of cells) expect(cell.textContent).not.toMatch(/\b0/);
    expect(cells.at(-1)).toHaveTextContent('<5');
    expect(within(table).getAllByText(/^20\s?%$/).length).toBe(5);
  });
});

describe('LadderChart', () => {
  it('should stack the rungs in ladder order with "don\'t know" apart', () => {
    const { container } = render(
      <LadderChart definition={survey} item={itemOf('ladder')} result={ladder} locale="en" />,
    );
    const legend = [...container.querySelectorAll('.kolo-chart-legend li')].map((li) => li.textContent);
    expect(legend.slice(0, 7)).toEqual([
      'Not involved',
      'Informed',
      'Consulted',
      'Partnership',
      'Delegated power',
      'Community control',
      "Don't know",
    ]);
    expect(container.querySelectorAll('svg.recharts-surface')).toHaveLength(2);
    expect(screen.getAllByText('Design').length).toBeGreaterThan(0);
  });

  it('should list stages with Ukrainian rung labels in the table', async () => {
    render(<LadderChart definition={survey} item={itemOf('ladder')} result={ladder} locale="uk" />);
    const table = await openTable();
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(headers.slice(0, 3)).toEqual(['Рівень участі', 'Немає участі', 'Інформування']);
    expect(within(table).getByRole('rowheader', { name: 'Бюджет' })).toBeInTheDocument();
  });
});
