import { validateAnswers } from '@kolo/schema';
import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { clinicVisit } from '../../schema/src/fixtures/clinic-visit.ts';
import { outreachVisit } from './test-fixtures.ts';
import { group, renderForm } from './test-utils.tsx';

describe('conditions', () => {
  it('should show a conditional question when its condition holds and hide it when it does not', async () => {
    const { user } = renderForm(outreachVisit);
    expect(screen.queryByRole('group', { name: /Did the club feel safe/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Club' }));
    expect(group(/Did the club feel safe/)).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Street' }));
    expect(screen.queryByRole('group', { name: /Did the club feel safe/ })).not.toBeInTheDocument();
  });

  it('should clear a hidden answer so it is neither shown again nor submitted', async () => {
    const { user, onSubmit, press } = renderForm(clinicVisit);
    await user.click(screen.getByRole('radio', { name: 'Needle and syringe programme' }));
    await user.click(screen.getByRole('checkbox', { name: 'Syringes' }));
    await user.click(screen.getByRole('radio', { name: 'Opioid substitution therapy' }));
    await user.click(screen.getByRole('radio', { name: 'Needle and syringe programme' }));
    expect(screen.getByRole('checkbox', { name: 'Syringes' })).not.toBeChecked();
    await user.click(screen.getByRole('checkbox', { name: 'Naloxone' }));
    await user.click(screen.getByRole('radio', { name: 'Opioid substitution therapy' }));
    await user.click(screen.getByRole('radio', { name: 'Agree' }));
    await press('Next');
    // "Rate these" shows while "recommend" is unanswered: answer it, then hide it by answering
    const aspects = group(/Rate these/);
    await user.click(within(aspects).getByRole('radio', { name: 'Opening hours Agree' }));
    await user.click(within(aspects).getByRole('radio', { name: 'Privacy Agree' }));
    await press('Back');
    await user.click(screen.getByRole('radio', { name: 'Yes' }));
    await press('Next');
    expect(screen.queryByRole('group', { name: /Rate these/ })).not.toBeInTheDocument();
    await press('Next');
    await press('Submit');
    expect(onSubmit).toHaveBeenCalledTimes(1);
    const answers = onSubmit.mock.calls[0]?.[0];
    expect(answers).toEqual({ service: 'ost', respect: '4', recommend: 'yes' });
    expect(validateAnswers(clinicVisit, answers).success).toBe(true);
  });

  it('should clear "please specify" when "other" is unchosen', async () => {
    const { user, onSubmit, press } = renderForm(outreachVisit, { initialStep: 0 });
    await user.click(screen.getByRole('radio', { name: 'Other' }));
    await user.type(screen.getByLabelText('Please specify'), 'Park');
    await user.click(screen.getByRole('radio', { name: 'Street' }));
    await press('Next');
    await user.click(within(group(/Staff respected me/)).getByRole('radio', { name: 'Agree' }));
    await user.click(screen.getByRole('radio', { name: 'Opening hours Agree' }));
    await user.click(screen.getByRole('radio', { name: 'Privacy Agree' }));
    await press('Next');
    await press('Next');
    await press('Submit');
    expect(onSubmit.mock.calls[0]?.[0]).toEqual({
      channel: 'street',
      respect: '3',
      aspects: { hours: '3', privacy: '3' },
    });
  });

  it('should skip a section whose condition is false, and count only the sections shown', async () => {
    const { user, press } = renderForm(outreachVisit);
    expect(screen.getByText('Section 1 of 3')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Club' }));
    expect(screen.getByText('Section 1 of 4')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Street' }));
    await press('Next');
    expect(screen.getByText('Section 2 of 3')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Section 2 of 3' })).toHaveAttribute('value', '2');
    await user.click(within(group(/Staff respected me/)).getByRole('radio', { name: 'Agree' }));
    await user.click(screen.getByRole('radio', { name: 'Opening hours Agree' }));
    await user.click(screen.getByRole('radio', { name: 'Privacy Agree' }));
    await press('Next');
    expect(screen.getByRole('heading', { name: 'Comments' })).toBeInTheDocument();
    expect(screen.getByText('Section 3 of 3')).toBeInTheDocument();
  });

  it('should clear answers in a section that becomes hidden', async () => {
    const { user, onSubmit, press } = renderForm(outreachVisit, {
      defaultValues: {
        channel: 'club',
        respect: '1',
        aspects: { hours: '1', privacy: '1' },
        club_name_ok: 'yes',
      },
      initialStep: 2,
    });
    expect(screen.getByRole('heading', { name: 'Club' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Yes' })).toBeChecked();
    await press('Back');
    await press('Back');
    await user.click(screen.getByRole('radio', { name: 'Street' }));
    await user.click(screen.getByRole('radio', { name: 'Club' }));
    await press('Next');
    await press('Next');
    expect(screen.getByRole('radio', { name: 'Yes' })).not.toBeChecked();
    await act(async () => {});
    expect(onSubmit).not.toHaveBeenCalled();
  });
});
