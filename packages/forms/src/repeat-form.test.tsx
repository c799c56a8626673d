import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { repeatSurvey } from '../../schema/src/fixtures/repeat-survey.ts';
import { renderForm, settle } from './test-utils.tsx';

const instance = (n: number) => screen.getByRole('region', { name: `Partner ${n}` });

describe('SurveyForm with a repeat section', () => {
  it('should number instances, add one with focus on its first question, and compute per instance', async () => {
    const { user, press } = renderForm(repeatSurvey, { defaultValues: { age: 40 }, initialStep: 1 });
    await settle();
    expect(instance(1)).toBeInTheDocument();
    await user.type(within(instance(1)).getByRole('textbox', { name: /Partner age/ }), '31');
    expect(within(instance(1)).getByText('9')).toBeInTheDocument();
    await press(/Add another/);
    await settle();
    expect(within(instance(2)).getByRole('textbox', { name: /Partner age/ })).toHaveFocus();
    // a new instance is not marked wrong before the respondent has had a chance to answer
    expect(within(instance(2)).getByRole('textbox', { name: /Partner age/ })).not.toHaveAccessibleDescription(
      /Please answer/,
    );
    await user.type(within(instance(2)).getByRole('textbox', { name: /Partner age/ }), '27');
    expect(within(instance(2)).getByText('13')).toBeInTheDocument();
    // piping inside an instance reads that instance
    expect(within(instance(2)).getByRole('group', { name: /aged 27 been tested/ })).toBeInTheDocument();
  });

  it('should ask before removing, say what is lost, and move focus sensibly', async () => {
    const { user, press } = renderForm(repeatSurvey, {
      defaultValues: { age: 40, partners: [{ partner_age: 31 }, { partner_age: 27, partner_tested: 'no' }] },
      initialStep: 1,
    });
    await settle();
    await press('Remove Partner 1');
    const dialog = screen.getByRole('alertdialog', { name: 'Remove Partner 1?' });
    expect(dialog).toHaveAccessibleDescription('1 answer given for Partner 1 will be deleted.');
    expect(within(dialog).getByRole('button', { name: 'Keep it' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    await press('Remove Partner 1');
    await press('Yes, remove');
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(screen.queryByRole('region', { name: 'Partner 2' })).not.toBeInTheDocument();
    expect(within(instance(1)).getByRole('textbox', { name: /Partner age/ })).toHaveValue('27');
    expect(screen.getByRole('heading', { name: 'Partner 1' })).toHaveFocus();
    // at the min (1) the last instance cannot be removed
    expect(screen.queryByRole('button', { name: /Remove Partner/ })).not.toBeInTheDocument();
  });

  it('should hide "Add another" at the max and say why', async () => {
    renderForm(repeatSurvey, {
      defaultValues: { age: 40, partners: [1, 2, 3, 4].map((n) => ({ partner_age: 20 + n })) },
      initialStep: 1,
    });
    await settle();
    expect(screen.queryByRole('button', { name: /Add another/ })).not.toBeInTheDocument();
    expect(screen.getByText('You have added the most allowed here (4).')).toBeInTheDocument();
  });

  it('should point "Next" to the instance with a missing answer', async () => {
    const { press } = renderForm(repeatSurvey, {
      defaultValues: { age: 40, partners: [{ partner_age: 31 }, {}] },
      initialStep: 1,
    });
    await settle();
    await press('Next');
    const age = within(instance(2)).getByRole('textbox', { name: /Partner age/ });
    expect(age).toHaveAccessibleDescription(/Please answer this question/);
    expect(age).toHaveFocus();
  });

  it('should submit the instances as a list with the calculations and keep them in drafts', async () => {
    const onDraftChange = vi.fn();
    const { user, onSubmit, press } = renderForm(repeatSurvey, {
      defaultValues: { age: 40, partners: [{ partner_age: 31 }] },
      initialStep: 1,
      onDraftChange,
    });
    await settle();
    await press(/Add another/);
    await user.type(within(instance(2)).getByRole('textbox', { name: /Partner age/ }), '27');
    await user.click(within(instance(2)).getByRole('radio', { name: 'No' }));
    await press('Next');
    await press('Next');
    expect(screen.getByRole('heading', { name: 'Partner 2' })).toBeInTheDocument();
    await press('Submit');
    expect(onSubmit).toHaveBeenCalledWith({
      age: 40,
      partners: [
        { partner_age: 31, age_gap: 9 },
        { partner_age: 27, age_gap: 13, partner_tested: 'no' },
      ],
      partner_count: 2,
      oldest_partner: 31,
    });
    expect(onDraftChange.mock.calls.at(-1)?.[0]).toMatchObject({
      partners: [{ partner_age: 31 }, { partner_age: 27 }],
    });
  });

  it('should speak Ukrainian in the repeat controls', async () => {
    renderForm(repeatSurvey, {
      locale: 'uk',
      defaultValues: { age: 40, partners: [{}, {}] },
      initialStep: 1,
    });
    await settle();
    expect(screen.getByRole('button', { name: /Додати ще/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Видалити: Партнер 2' })).toBeInTheDocument();
  });
});
