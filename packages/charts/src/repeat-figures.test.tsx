import type { SurveyDefinition } from '@kolo/schema';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { resultsToCsv } from './csv.ts';
import { CHART_MESSAGES, type ChartMessages, fillMessage } from './messages.ts';
import { QuestionChart } from './question-chart.tsx';
import type { QuestionResult } from './results.ts';

const partners: SurveyDefinition = {
  id: 'partners',
  version: 1,
  locales: ['en', 'uk'],
  title: { en: 'Partners', uk: 'Партнери' },
  sections: [
    {
      id: 'partners',
      title: { en: 'Your partners', uk: 'Ваші партнери' },
      repeat: { instanceLabel: { en: 'Partner', uk: 'Партнер' } },
      items: [
        {
          id: 'partner_tested',
          kind: 'yes_no',
          label: { en: 'Has this partner been tested?', uk: 'Чи проходив цей партнер тест?' },
        },
        { id: 'partner_age', kind: 'number', label: { en: 'Partner age', uk: 'Вік партнера' } },
      ],
    },
  ],
};
const [section] = partners.sections;
const tested = section?.items[0] as NonNullable<typeof section>['items'][number];
const age = section?.items[1] as NonNullable<typeof section>['items'][number];

const testedResult: QuestionResult = {
  id: 'partner_tested',
  kind: 'yes_no',
  repeat: 'partners',
  n: 12,
  suppressed: false,
  counts: [
    { value: 'yes', n: 12, share: 1, suppressed: false },
    { value: 'no', n: 6, share: 0.5, suppressed: false },
  ],
  instances: {
    n: 30,
    suppressed: false,
    counts: [
      { value: 'yes', n: 18, share: 0.6, suppressed: false },
      { value: 'no', n: 12, share: 0.4, suppressed: false },
    ],
  },
};

describe('a question of a repeated section', () => {
  it('should say how many people and how many entries, in English and Ukrainian', () => {
    const { unmount } = render(
      <QuestionChart definition={partners} item={tested} result={testedResult} locale="en" k={5} />,
    );
    expect(screen.getAllByText('Partner: 30 from 12 people').length).toBeGreaterThan(0);
    unmount();
    render(<QuestionChart definition={partners} item={tested} result={testedResult} locale="uk" k={5} />);
    expect(screen.getAllByText('Партнер: 30 від 12 осіб').length).toBeGreaterThan(0);
  });

  it('should label the bars as shares of people and table people and entries side by side', () => {
    const { container } = render(
      <QuestionChart definition={partners} item={tested} result={testedResult} locale="en" k={5} />,
    );
    expect(container.textContent).toContain('% of respondents');
    const table = container.querySelector('.kolo-chart-repeat table');
    const headers = [...(table?.querySelectorAll('thead th') ?? [])].map((th) => th.textContent);
    expect(headers).toEqual([
      'Answer',
      'Respondents',
      '% of respondents',
      'Entries (Partner)',
      '% of entries (Partner)',
    ]);
    const yes = [...(table?.querySelectorAll('tbody tr') ?? [])].find((tr) =>
      tr.textContent?.startsWith('Yes'),
    );
    expect([...(yes?.querySelectorAll('td') ?? [])].map((td) => td.textContent)).toEqual([
      '12',
      '100%',
      '18',
      '60%',
    ]);
  });

  it('should show a withheld entry count as fewer than k, never a number', () => {
    const withheld: QuestionResult = {
      ...testedResult,
      instances: {
        n: 30,
        suppressed: false,
        counts: [
          { value: 'yes', n: null, share: null, suppressed: true },
          { value: 'no', n: null, share: null, suppressed: true },
        ],
      },
    };
    const { container } = render(
      <QuestionChart definition={partners} item={tested} result={withheld} locale="en" k={5} />,
    );
    const rows = [...(container.querySelectorAll('.kolo-chart-repeat tbody tr') ?? [])];
    expect(rows[0]?.textContent).not.toContain('18');
    expect(rows[0]?.textContent).toMatch(/<\s*5|fewer than 5/);
  });

  it('should tell funders that entries stay inside the organization', () => {
    const restricted: QuestionResult = {
      ...testedResult,
      instances: { n: null, suppressed: false, counts: [], restricted: true },
    };
    render(<QuestionChart definition={partners} item={tested} result={restricted} locale="en" k={5} />);
    expect(screen.getByText('Counts of entries are not shared outside the organization.')).toBeTruthy();
    expect(screen.queryByText(/Partner: /)).toBeNull();
  });

  it('should carry people and entries with their shares in the CSV', () => {
    const lines = resultsToCsv(partners, tested, testedResult, 'en').split('\r\n');
    expect(lines[0]).toBe(
      'Answer,value,Respondents,% of respondents,Entries (Partner),% of entries (Partner),Note',
    );
    expect(lines).toContain('Yes,yes,12,100,18,60,');
    expect(lines).toContain('No,no,6,50,12,40,');
    const number: QuestionResult = {
      id: 'partner_age',
      kind: 'number',
      repeat: 'partners',
      n: 12,
      suppressed: false,
      counts: [],
      stats: { mean: 30, sd: 5, median: 29, q1: 25, q3: 34 },
      instances: { n: 30, suppressed: false, counts: [] },
    };
    expect(resultsToCsv(partners, age, number, 'uk')).toContain('Записи (Партнер),30,');
  });

  it.each(Object.entries(CHART_MESSAGES))('should name people and entries in %s', (locale, messages) => {
    const m = messages as ChartMessages;
    for (const n of [1, 2, 5, 21]) {
      const text = fillMessage(m.repeatSummary, { label: 'X', m: 40, n }, locale, n);
      expect(text).toContain('X');
      expect(text).toContain('40');
      expect(text).toContain(String(n));
      expect(text).not.toMatch(/\{\w+\}/);
    }
    expect(fillMessage(m.instances, { label: 'X' }, locale)).toContain('X');
    expect(fillMessage(m.shareOfInstances, { label: 'X' }, locale)).toContain('X');
  });
});
