import type { SurveyDefinition } from '@kolo/schema';
import { render, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { repeatSurvey } from '../../../../packages/schema/src/fixtures/repeat-survey.ts';
import { i18n } from '../i18n/index.ts';
import { addInsightsMessages } from './messages/index.ts';
import { ResultsView } from './results-view.tsx';
import type { ResultsResponse } from './use-results.ts';

const definition: SurveyDefinition = {
  id: 'fixture',
  version: 1,
  locales: ['en'],
  title: { en: 'Fixture' },
  sections: [
    {
      id: 'main',
      title: { en: 'Main' },
      items: [
        { id: 'q1', kind: 'yes_no', label: { en: 'First question' } },
        { id: 'q2', kind: 'yes_no', label: { en: 'Second question' } },
        { id: 'q3', kind: 'yes_no', label: { en: 'Third question' } },
      ],
    },
  ],
  indicators: [{ id: 'yes_share', kind: 'share', item: 'q1', values: ['yes'], label: { en: 'Yes share' } }],
};

const withheld = (id: string) => ({ id, kind: 'yes_no', n: null, suppressed: true, counts: [] });

/** What the API answers when the filters leave 3 respondents and k is 5. */
const fewRespondents = {
  survey: { id: 'fixture', version: 1, title: { en: 'Fixture' } },
  k: 5,
  rounding: null,
  respondents: { n: null, suppressed: true },
  questions: [withheld('q1'), withheld('q2'), withheld('q3')],
  indicators: [{ id: 'yes_share', value: null, n: null, suppressed: true }],
  timeline: [],
} as unknown as ResultsResponse;

describe('ResultsView', () => {
  beforeAll(async () => {
    addInsightsMessages(i18n);
    await i18n.changeLanguage('en');
  });

  it('should say once for the page, not on every chart, that too few respondents match', () => {
    render(<ResultsView definition={definition} results={fewRespondents} locale="en" />);
    expect(screen.getAllByText(/Too few respondents match these filters \(fewer than 5\)/)).toHaveLength(1);
    expect(screen.queryByText(/Hidden to protect respondents/)).toBeNull();
    expect(screen.queryAllByRole('figure')).toHaveLength(0);
  });

  it('should sum up each repeated section near the top, before the questions', () => {
    const withRepeats = {
      survey: { id: repeatSurvey.id, version: 1, title: repeatSurvey.title },
      k: 5,
      rounding: null,
      respondents: { n: 12, suppressed: false },
      questions: [],
      indicators: [],
      timeline: [],
      repeats: [
        {
          id: 'partners',
          n: 12,
          suppressed: false,
          withInstances: { n: 12, suppressed: false },
          instances: 30,
          stats: null,
        },
      ],
    } as unknown as ResultsResponse;
    render(<ResultsView definition={repeatSurvey as SurveyDefinition} results={withRepeats} locale="en" />);
    const line = screen.getByText('Your partners: 30 entries from 12 people');
    const questions = screen.getByRole('heading', { name: 'Questions' });
    expect(line.compareDocumentPosition(questions) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('should say it in the reader’s language', async () => {
    await i18n.changeLanguage('uk');
    render(<ResultsView definition={definition} results={fewRespondents} locale="uk" />);
    expect(screen.getByText(/замало респондентів \(менше ніж 5\)/)).toBeInTheDocument();
    await i18n.changeLanguage('en');
  });
});
