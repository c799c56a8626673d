// biome-ignore-all lint/suspicious/noTemplateCurlyInString: XLSForm expressions write references as ${name}
import { type SurveyDefinition, validateAnswers } from '@kolo/schema';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { lookupSurvey } from '../../schema/src/fixtures/lookup-survey.ts';
import { renderForm } from './test-utils.tsx';

/** The lookup survey with its coordinates shown, piped into a note and a table that sets a repeat count. */
function visibleLookups(): SurveyDefinition {
  const survey = structuredClone(lookupSurvey);
  const [area, people] = survey.sections;
  if (!area || !people) throw new Error('fixture changed');
  area.items = area.items.map((item) =>
    item.kind === 'calculate' ? { ...item, display: 'read_only' as const } : item,
  );
  area.items.push({ id: 'where', kind: 'note', label: { en: 'Go to ${lat}, ${lon}' } });
  survey.lookups = { ...survey.lookups, teams: { columns: ['district', 'size'], rows: [['Bong', '2']] } };
  return survey;
}

describe('pulldata() in the form', () => {
  it("should show the chosen area's looked-up coordinates, in a calculation and piped into a note", async () => {
    const { user } = renderForm(visibleLookups());
    await user.click(screen.getByRole('radio', { name: 'EA 30010102' }));
    expect(screen.getByRole('status', { name: 'Latitude' })).toHaveTextContent('6.2907');
    expect(screen.getByRole('status', { name: 'Longitude' })).toHaveTextContent('-10.7605');
    expect(screen.getByText('Go to 6.2907, -10.7605')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'EA 40020201' }));
    expect(screen.getByText('Go to 7, -9.5')).toBeInTheDocument();
  });

  it('should hide a question by a looked-up value and count instances from a table', async () => {
    const { user, press } = renderForm(visibleLookups());
    await user.click(screen.getByRole('radio', { name: 'EA 30010101' }));
    expect(screen.getByLabelText(/Households visited/)).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'EA 40020201' }));
    expect(screen.queryByLabelText(/Households visited/)).not.toBeInTheDocument();
    await press('Next');
    // teams.csv gives Bong's team size: two instances, asked one after the other
    expect(screen.getAllByLabelText('Age')).toHaveLength(2);
  });

  it('should submit the looked-up values with the answers, as the server computes them', async () => {
    const survey = visibleLookups();
    const { user, press, onSubmit } = renderForm(survey);
    await user.click(screen.getByRole('radio', { name: 'EA 30010101' }));
    await press('Next');
    await press('Next');
    await press('Submit');
    const submitted = onSubmit.mock.calls[0]?.[0];
    expect(submitted).toEqual({ ea: '30010101', lat: 6.3156, lon: -10.8074, people: [{}, {}] });
    expect(validateAnswers(survey, { ...submitted, lat: 0 })).toEqual({ success: true, answers: submitted });
  });
});
