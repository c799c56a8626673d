import type { RepeatResult, SurveyDefinition } from '@kolo/schema';
import { render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { repeatSurvey } from '../../../../packages/schema/src/fixtures/repeat-survey.ts';
import { i18n } from '../i18n/index.ts';
import { addInsightsMessages } from './messages/index.ts';
import { RepeatSummary, repeatLine } from './repeat-summary.tsx';
import type { ResultsResponse } from './use-results.ts';

const definition = repeatSurvey as SurveyDefinition;
const repeat = (instances: number | null, people: number | null, asked = 40): RepeatResult => ({
  id: 'partners',
  n: asked,
  suppressed: false,
  withInstances: { n: people, suppressed: people === null },
  instances,
  stats: null,
});
const results = (repeats: RepeatResult[] | undefined, rounding: number | null = null) =>
  ({ k: 5, rounding, repeats }) as unknown as ResultsResponse;

describe('RepeatSummary', () => {
  beforeAll(() => {
    addInsightsMessages(i18n);
  });
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('should say per repeated section how many entries came from how many people', () => {
    render(<RepeatSummary definition={definition} results={results([repeat(30, 12)])} locale="en" />);
    expect(screen.getByRole('heading', { name: 'Repeated sections' })).toBeInTheDocument();
    expect(screen.getByRole('listitem')).toHaveTextContent('Your partners: 30 entries from 12 people');
  });

  it('should say it in Ukrainian, with the section title in the survey’s language', async () => {
    await i18n.changeLanguage('uk');
    render(<RepeatSummary definition={definition} results={results([repeat(30, 12)])} locale="uk" />);
    expect(screen.getByRole('listitem')).toHaveTextContent('Ваші партнери: 30 записів від 12 осіб');
  });

  it('should show withheld figures as withheld, never a number', () => {
    const t = i18n.getFixedT('en');
    const line = (r: RepeatResult) => repeatLine(t, 'Partners', r, { k: 5, rounding: null, locale: 'en' });
    expect(line(repeat(null, null))).toBe('Partners: hidden to protect people (fewer than 5)');
    expect(line({ ...repeat(null, null, 3), n: null, suppressed: true })).toBe(
      'Partners: hidden to protect people (fewer than 5)',
    );
    expect(line(repeat(30, null))).toBe(
      'Partners: 30 entries; the number of people is hidden to protect them',
    );
    expect(line(repeat(0, 0))).toBe('Partners: no entries');
  });

  it('should mark rounded counts as approximate', () => {
    const t = i18n.getFixedT('en');
    expect(repeatLine(t, 'Partners', repeat(30, 10), { k: 5, rounding: 5, locale: 'en' })).toBe(
      'Partners: ≈30 entries from ≈10 people',
    );
  });

  it.each([
    [
      'en',
      [
        '1 entry from 1 person',
        '2 entries from 2 people',
        '5 entries from 5 people',
        '21 entries from 21 people',
      ],
    ],
    [
      'uk',
      [
        '1 запис від 1 особи',
        '2 записи від 2 осіб',
        '5 записів від 5 осіб',
        '21 запис від 21 особи',
        '22 записи від 22 осіб',
        '25 записів від 25 осіб',
      ],
    ],
    [
      'ru',
      [
        '1 запись от 1 человека',
        '2 записи от 2 человек',
        '5 записей от 5 человек',
        '21 запись от 21 человека',
        '22 записи от 22 человек',
        '25 записей от 25 человек',
      ],
    ],
    [
      'pl',
      [
        '1 wpis od 1 osoby',
        '2 wpisy od 2 osób',
        '5 wpisów od 5 osób',
        '21 wpisów od 21 osób',
        '22 wpisy od 22 osób',
        '25 wpisów od 25 osób',
      ],
    ],
    ['ky', ['1 адамдан 1 жазуу', '2 адамдан 2 жазуу', '5 адамдан 5 жазуу', '21 адамдан 21 жазуу']],
    [
      'ro',
      [
        '1 înregistrare de la 1 persoană',
        '2 înregistrări de la 2 persoane',
        '5 înregistrări de la 5 persoane',
        '21 de înregistrări de la 21 de persoane',
        '22 de înregistrări de la 22 de persoane',
      ],
    ],
    [
      'sr',
      [
        '1 унос од 1 особе',
        '2 уноса од 2 особе',
        '5 уноса од 5 особа',
        '21 унос од 21 особе',
        '22 уноса од 22 особе',
        '25 уноса од 25 особа',
      ],
    ],
  ] as const)('should agree the words with the counts in %s', (language, expected) => {
    const t = i18n.getFixedT(language);
    for (const text of expected) {
      const n = Number(text.match(/\d+/)?.[0]);
      expect(repeatLine(t, 'S', repeat(n, n), { k: 1, rounding: null, locale: language })).toBe(`S: ${text}`);
    }
  });

  it('should show nothing for a survey without repeated sections', () => {
    const { container } = render(
      <RepeatSummary definition={definition} results={results(undefined)} locale="en" />,
    );
    expect(container).toBeEmptyDOMElement();
  });
});
