// biome-ignore-all lint/suspicious/noTemplateCurlyInString: XLSForm expressions write references as ${name}
import { parseSurvey, type SurveyDefinition, validateAnswers } from '@kolo/schema';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderForm } from './test-utils.tsx';

/** Every second household is asked a follow-up, as an imported XLSForm samples with `mod`. */
function sampledSurvey(): SurveyDefinition {
  const parsed = parseSurvey({
    id: 'sampled',
    version: 1,
    locales: ['en'],
    title: { en: 'Sampled' },
    choiceLists: {
      services: [
        { value: 'nsp', label: { en: 'Needle exchange' } },
        { value: 'ost', label: { en: 'Substitution therapy' } },
      ],
    },
    sections: [
      {
        id: 's',
        title: { en: 'Visit' },
        items: [
          { id: 'household', kind: 'number', integer: true, label: { en: 'Household number' } },
          { id: 'services', kind: 'multi_choice', choices: 'services', label: { en: 'Services used' } },
          {
            id: 'follow_up',
            kind: 'text',
            label: { en: 'Follow-up question' },
            showIf: { expression: '${household} mod 2 = 0 and count-selected(${services}) > 1' },
          },
        ],
      },
    ],
  });
  if (!parsed.success) throw new Error(JSON.stringify(parsed.errors));
  return parsed.survey;
}

describe('expression conditions in the form', () => {
  it('should show a question when its expression holds, as the server decides', async () => {
    const survey = sampledSurvey();
    const { user } = renderForm(survey);
    const followUp = () => screen.queryByLabelText('Follow-up question');
    expect(followUp()).toBeNull();
    await user.type(screen.getByLabelText('Household number'), '4');
    await user.click(screen.getByRole('checkbox', { name: 'Needle exchange' }));
    expect(followUp()).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: 'Substitution therapy' }));
    expect(followUp()).toBeInTheDocument();
    await user.clear(screen.getByLabelText('Household number'));
    await user.type(screen.getByLabelText('Household number'), '5');
    expect(followUp()).toBeNull();
    // the server hides it for the same answers: an answer sent anyway is refused
    const both = ['nsp', 'ost'];
    expect(validateAnswers(survey, { household: 4, services: both, follow_up: 'x' }).success).toBe(true);
    expect(validateAnswers(survey, { household: 5, services: both, follow_up: 'x' }).success).toBe(false);
  });
});
