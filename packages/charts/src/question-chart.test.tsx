import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { QuestionChart } from './question-chart.tsx';
import { questionResultOf } from './results.ts';
import { itemOf, results, survey, visits } from './test-fixtures.ts';

function chartFor(id: string, variant?: 'ladder' | 'diverging') {
  return render(
    <QuestionChart
      definition={survey}
      item={itemOf(id)}
      result={questionResultOf(results, id)}
      locale="en"
      k={results.k}
      variant={variant}
    />,
  );
}

function legend(container: HTMLElement): string[] {
  return [...container.querySelectorAll('.kolo-chart-legend li')].map((li) => li.textContent ?? '');
}

describe('QuestionChart', () => {
  it('should choose bars for single choice, multi choice and yes/no', () => {
    for (const id of ['service_type', 'barriers', 'tested']) {
      const { container, unmount } = chartFor(id);
      expect(container.querySelector('.recharts-bar')).not.toBeNull();
      expect(container.querySelectorAll('svg.recharts-surface')).toHaveLength(1);
      unmount();
    }
  });

  it('should choose a diverging bar for likert items and a ladder for the participation matrix', () => {
    const likert = chartFor('respected');
    expect(legend(likert.container)[0]).toBe('Strongly disagree');
    likert.unmount();
    const ladder = chartFor('ladder');
    expect(legend(ladder.container)[0]).toBe('Not involved');
  });

  it('should draw any scale as a ladder when asked', () => {
    const { container } = chartFor('aaaq', 'ladder');
    expect(legend(container).slice(0, 5)).toEqual([
      'Strongly disagree',
      'Disagree',
      'Neither agree nor disagree',
      'Agree',
      'Strongly agree',
    ]);
    expect(container.querySelector('path[fill="#FDE725"]')).not.toBeNull();
  });

  it('should choose a distribution for ratings and numbers', () => {
    chartFor('visits');
    expect(screen.getByText('Mean 12.5 · Median 10 · Middle half 6–18')).toBeInTheDocument();
  });

  it('should summarise a numeric calculation like a number question', () => {
    render(
      <QuestionChart
        definition={survey}
        item={{
          id: 'visits',
          kind: 'calculate',
          label: { en: 'Age' },
          calculation: '1',
          valueType: 'number',
        }}
        result={{ ...visits, kind: 'calculate' }}
        locale="en"
        k={results.k}
      />,
    );
    expect(screen.getByText('Mean 12.5 · Median 10 · Middle half 6–18')).toBeInTheDocument();
  });

  it('should only count free-text answers', () => {
    chartFor('comment');
    expect(screen.getByText('n = 17')).toBeInTheDocument();
    expect(screen.getByText('Free-text answers are not shown on dashboards.')).toBeInTheDocument();
  });

  it('should say there is no data yet without a result', () => {
    render(<QuestionChart definition={survey} item={itemOf('respected')} result={undefined} locale="pl" />);
    expect(screen.getByText('Brak danych')).toBeInTheDocument();
  });

  it('should take over its strings from a messages prop', () => {
    render(
      <QuestionChart
        definition={survey}
        item={itemOf('service_type')}
        result={questionResultOf(results, 'service_type')}
        locale="en"
        messages={{ showTable: 'Data table' }}
      />,
    );
    expect(screen.getByRole('button', { name: 'Data table' })).toHaveAttribute('aria-pressed', 'false');
  });
});
