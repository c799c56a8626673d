import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ChoiceBarChart } from './choice-bar-chart.tsx';
import { LadderChart } from './ladder-chart.tsx';
import { LikertChart } from './likert-chart.tsx';
import { counts, itemOf, ladder, respected, serviceType, survey } from './test-fixtures.ts';

async function tableRows() {
  await userEvent.click(screen.getByRole('button', { name: /table|таблиц/i }));
  return within(screen.getByRole('table'))
    .getAllByRole('rowheader')
    .map((th) => th.textContent ?? '');
}

/** The texts drawn inside the charts' SVGs (bar labels, ticks). */
function svgTexts(container: HTMLElement): string[] {
  return [...container.querySelectorAll('svg text')].map((t) => t.textContent ?? '');
}

describe('ordered answers, zero rows and labels of the bars set apart', () => {
  it('should keep a single-choice question in the order of its choice list, "other" last', async () => {
    // the server's order mixed up, as a frequency sort would leave it
    const shuffled = { ...serviceType, counts: [...serviceType.counts].reverse() };
    render(
      <ChoiceBarChart definition={survey} item={itemOf('service_type')} result={shuffled} locale="en" />,
    );
    expect(await tableRows()).toEqual([
      'Needle and syringe programme',
      'Opioid substitution therapy',
      'Drop-in centre',
      'HIV testing',
      'Something else',
    ]);
  });

  it('should show an answer nobody chose as 0%, in the chart and the table', async () => {
    const result = {
      ...serviceType,
      counts: counts(40, { nsp: 20, ost: 0, dic: 10, testing: 10, other: 0 }),
    };
    const { container } = render(
      <ChoiceBarChart definition={survey} item={itemOf('service_type')} result={result} locale="en" />,
    );
    expect(svgTexts(container).filter((t) => t === '0%')).toHaveLength(2);
    // a choice missing from the counts altogether is a zero row too, not a missing one
    const { container: missing } = render(
      <ChoiceBarChart
        definition={survey}
        item={itemOf('service_type')}
        result={{ ...serviceType, counts: counts(40, { nsp: 20, dic: 20 }) }}
        locale="en"
      />,
    );
    expect(svgTexts(missing).filter((t) => t === '0%')).toHaveLength(2);
  });

  describe('in the narrow panel beside the scale, as on a phone', () => {
    const wide = Element.prototype.getBoundingClientRect;
    beforeEach(() => {
      Element.prototype.getBoundingClientRect = function narrow() {
        return { ...wide.call(this), width: 90, right: 90 };
      };
    });
    afterEach(() => {
      Element.prototype.getBoundingClientRect = wide;
    });

    it('should label the "don\'t know" bar of a likert chart', () => {
      const { container } = render(
        <LikertChart definition={survey} item={itemOf('respected')} result={respected} locale="en" />,
      );
      const apart = container.querySelectorAll('svg.recharts-surface')[1] as SVGElement;
      // na: 5 of 40, neutral: 6 of 40
      const labels = [...apart.querySelectorAll('text')].map((t) => t.textContent);
      expect(labels).toContain('12.5%');
      expect(labels).toContain('15%');
    });

    it('should label the "don\'t know" bars of a matrix (ladder) chart', () => {
      const { container } = render(
        <LadderChart definition={survey} item={itemOf('ladder')} result={ladder} locale="en" />,
      );
      const apart = container.querySelectorAll('svg.recharts-surface')[1] as SVGElement;
      const labels = [...apart.querySelectorAll('text')].map((t) => t.textContent ?? '');
      expect(labels.some((l) => /%$/.test(l) && l !== '0%')).toBe(true);
    });
  });
});
