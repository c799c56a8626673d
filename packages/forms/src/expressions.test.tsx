import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expressionSurvey } from '../../schema/src/fixtures/expression-survey.ts';
import { group, renderForm } from './test-utils.tsx';

const AGE = new Date().getUTCFullYear() - 1990;

describe('expressions in the form', () => {
  it('should show a read-only calculation as the respondent answers', async () => {
    const { user } = renderForm(expressionSurvey);
    const age = screen.getByRole('status', { name: 'Age' });
    expect(age).toHaveTextContent('—');
    await user.type(screen.getByLabelText(/Year of birth/), '1990');
    expect(age).toHaveTextContent(String(AGE));
  });

  it("should pipe the chosen service's label into the next question, in the respondent's language", async () => {
    const { user, rerender } = renderForm(expressionSurvey);
    expect(group(/How was …\?/)).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Needle exchange' }));
    expect(group('How was Needle exchange?')).toBeInTheDocument();
    rerender({ locale: 'uk' });
    expect(group('Як вам Обмін голок?')).toBeInTheDocument();
  });

  it('should show the localized constraint message when two answers do not fit', async () => {
    const { user, press, rerender } = renderForm(expressionSurvey);
    await user.type(screen.getByLabelText(/Year of birth/), '1990');
    await user.click(screen.getByRole('radio', { name: 'Needle exchange' }));
    await user.type(screen.getByLabelText('First visit'), '2026-05-01');
    await user.type(screen.getByLabelText('Last visit'), '2026-04-01');
    await press('Next');
    expect(screen.getByLabelText('Last visit')).toHaveAccessibleDescription(
      'The last visit cannot be before the first',
    );
    rerender({ locale: 'uk' });
    expect(screen.getByLabelText('Останній візит')).toHaveAccessibleDescription(
      'Останній візит не може бути раніше першого',
    );
  });

  it('should word a range constraint with its own message and a "none" constraint generically', async () => {
    const { user, press } = renderForm(expressionSurvey);
    await user.type(screen.getByLabelText(/Year of birth/), '1800');
    await user.click(screen.getByRole('checkbox', { name: 'Nothing' }));
    await user.click(screen.getByRole('checkbox', { name: 'Food' }));
    await press('Next');
    expect(screen.getByLabelText(/Year of birth/)).toHaveAccessibleDescription(
      'Enter a year between 1920 and 2012',
    );
  });

  it('should offer only the cities of the chosen country and drop a city no longer offered', async () => {
    const { user } = renderForm(expressionSurvey);
    const city = () => within(group('City'));
    expect(city().queryAllByRole('radio')).toHaveLength(0);
    expect(group('City')).toHaveTextContent('No options match your earlier answers');
    await user.click(screen.getByRole('radio', { name: 'Kyrgyzstan' }));
    expect(
      city()
        .getAllByRole('radio')
        .map((r) => r.getAttribute('value')),
    ).toEqual(['bishkek', 'osh']);
    await user.click(city().getByRole('radio', { name: 'Osh' }));
    await user.click(screen.getByRole('radio', { name: 'Ukraine' }));
    expect(
      city()
        .getAllByRole('radio')
        .map((r) => r.getAttribute('value')),
    ).toEqual(['kyiv']);
    expect(city().getByRole('radio', { name: 'Kyiv' })).not.toBeChecked();
  });

  it('should submit the calculated value with the answers', async () => {
    const { user, press, onSubmit } = renderForm(expressionSurvey);
    await user.type(screen.getByLabelText(/Year of birth/), '1990');
    await user.click(screen.getByRole('radio', { name: 'Substitution therapy' }));
    await user.click(screen.getByRole('radio', { name: 'Kyrgyzstan' }));
    await user.click(screen.getByRole('radio', { name: 'Bishkek' }));
    await press('Next');
    expect(screen.getByText('Check your answers')).toBeInTheDocument();
    await press('Submit');
    expect(onSubmit.mock.calls[0]?.[0]).toEqual({
      birth_year: 1990,
      age: AGE,
      service: 'ost',
      country: 'kg',
      city: 'bishkek',
    });
  });
});
