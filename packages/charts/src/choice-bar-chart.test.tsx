import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ChoiceBarChart } from './choice-bar-chart.tsx';
import { barriers, itemOf, serviceType, survey, tested } from './test-fixtures.ts';

async function openTable() {
  const toggle = screen.getByRole('button', { name: /table|таблиц/i });
  expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await userEvent.click(toggle);
  expect(toggle).toHaveAttribute('aria-pressed', 'true');
  return screen.getByRole('table');
}

function rowHeaders(table: HTMLElement): string[] {
  return within(table)
    .getAllByRole('rowheader')
    .map((th) => th.textContent ?? '');
}

describe('ChoiceBarChart', () => {
  it('should draw an SVG bar chart inside a figure captioned with the question and n', () => {
    const { container } = render(
      <ChoiceBarChart definition={survey} item={itemOf('service_type')} result={serviceType} locale="en" />,
    );
    const figure = screen.getByRole('figure');
    expect(within(figure).getByText('Which service did you use?')).toBeInTheDocument();
    expect(within(figure).getByText('n = 40')).toBeInTheDocument();
    expect(container.querySelector('svg.recharts-surface')).not.toBeNull();
    expect(container.querySelectorAll('.recharts-bar-rectangle').length).toBeGreaterThan(0);
  });

  it('should keep a single choice in the order of its list and put "other" last', async () => {
    render(
      <ChoiceBarChart definition={survey} item={itemOf('service_type')} result={serviceType} locale="en" />,
    );
    const table = await openTable();
    expect(rowHeaders(table)).toEqual([
      'Needle and syringe programme',
      'Opioid substitution therapy',
      'Drop-in centre',
      'HIV testing',
      'Something else',
    ]);
  });

  it('should show withheld answers as "fewer than 5 responses", never as 0', async () => {
    render(
      <ChoiceBarChart definition={survey} item={itemOf('service_type')} result={serviceType} locale="en" />,
    );
    expect(screen.getAllByText('fewer than 5 responses').length).toBeGreaterThan(0);
    const table = await openTable();
    const row = within(table).getByRole('rowheader', { name: 'Drop-in centre' }).closest('tr') as HTMLElement;
    const cells = within(row).getAllByRole('cell');
    expect(cells[0]).toHaveTextContent('<5');
    expect(cells[0]).toHaveTextContent('fewer than 5 responses');
    for (const cell of cells) expect(cell.textContent).not.toMatch(/\b0\b/);
    expect(screen.getByText(/Hidden to protect respondents/)).toBeInTheDocument();
  });

  it('should swap the chart for the table and back with the toggle', async () => {
    const { container } = render(
      <ChoiceBarChart definition={survey} item={itemOf('service_type')} result={serviceType} locale="en" />,
    );
    await openTable();
    expect(container.querySelector('svg.recharts-surface')).toBeNull();
    const table = screen.getByRole('table');
    expect(within(table).getByText('Which service did you use?').tagName).toBe('CAPTION');
    expect(within(table).getAllByRole('columnheader')[0]).toHaveAttribute('scope', 'col');
    await userEvent.click(screen.getByRole('button', { name: 'Show as table' }));
    expect(screen.queryByRole('table')).toBeNull();
    expect(container.querySelector('svg.recharts-surface')).not.toBeNull();
  });

  it('should label in Ukrainian and format shares with Intl for uk', async () => {
    render(
      <ChoiceBarChart definition={survey} item={itemOf('service_type')} result={serviceType} locale="uk" />,
    );
    expect(screen.getByText('Якою послугою ви скористалися?')).toBeInTheDocument();
    expect(screen.getAllByText('менше ніж 5 відповідей').length).toBeGreaterThan(0);
    const table = await openTable();
    expect(within(table).getByText('Програма обміну шприців')).toBeInTheDocument();
    expect(within(table).getByText(/^12,5\s?%$/)).toBeInTheDocument();
    expect(within(table).getByText(/^17,5\s?%$/)).toBeInTheDocument();
  });

  it('should give multi-choice shares of respondents, which may add up to more than 100%', async () => {
    render(<ChoiceBarChart definition={survey} item={itemOf('barriers')} result={barriers} locale="en" />);
    expect(screen.getByText(/more than 100%/)).toBeInTheDocument();
    const table = await openTable();
    expect(within(table).getByRole('columnheader', { name: '% of respondents' })).toBeInTheDocument();
    expect(rowHeaders(table)).toEqual(['Opening hours', 'Police near the site', 'Cost', 'Nothing']);
    expect(within(table).getByText('75%')).toBeInTheDocument();
    expect(within(table).getByText('60%')).toBeInTheDocument();
  });

  it('should keep yes / no in their natural order with translated labels', async () => {
    render(<ChoiceBarChart definition={survey} item={itemOf('tested')} result={tested} locale="uk" />);
    const table = await openTable();
    expect(rowHeaders(table)).toEqual(['Так', 'Ні', 'Не знаю']);
  });

  it('should say there is no data yet when nobody answered', () => {
    render(
      <ChoiceBarChart
        definition={survey}
        item={itemOf('service_type')}
        result={{ ...serviceType, n: 0, counts: [] }}
        locale="en"
      />,
    );
    expect(screen.getByText('No data yet')).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
  });
});
