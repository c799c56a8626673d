import { validateAnswers } from '@kolo/schema';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { clinicVisit } from '../../schema/src/fixtures/clinic-visit.ts';
import { SurveyForm } from './index.ts';
import { outreachVisit } from './test-fixtures.ts';
import { group, renderForm } from './test-utils.tsx';

afterEach(() => {
  vi.useRealTimers();
});

describe('SurveyForm steps', () => {
  it('should block "Next" with errors in Ukrainian next to the question, focusing the first', async () => {
    const { user, press } = renderForm(outreachVisit, { locale: 'uk', initialStep: 1 });
    await user.type(screen.getByRole('textbox', { name: 'Візитів цього року' }), '5');
    await press('Далі');
    const respect = group(/Працівники поважали мене/);
    expect(respect).toHaveAccessibleDescription('Будь ласка, дайте відповідь на це запитання');
    expect(within(respect).getAllByRole('radio')[0]).toHaveAttribute('aria-invalid', 'true');
    expect(within(respect).getAllByRole('radio')[0]).toHaveFocus();
    expect(group(/Оцініть/)).toHaveAccessibleDescription('Будь ласка, дайте відповідь на це запитання');
    expect(screen.getByRole('alert')).toHaveTextContent('Деякі відповіді потрібно виправити');
    expect(screen.getByRole('heading', { name: 'Думка' })).toBeInTheDocument();
    // fixing the answer clears its error at once
    await user.click(within(respect).getByRole('radio', { name: 'Згоден' }));
    expect(respect).not.toHaveAccessibleDescription();
  });

  it('should keep answers and errors, re-worded, when the language changes', async () => {
    const { user, rerender, press } = renderForm(outreachVisit);
    await user.click(screen.getByRole('radio', { name: 'Other' }));
    await user.type(screen.getByLabelText('Please specify'), 'Park');
    await user.click(screen.getByRole('checkbox', { name: 'Syringes' }));
    await press('Next');
    await press('Back');
    await user.clear(screen.getByLabelText('Please specify'));
    expect(screen.getByLabelText('Please specify')).toHaveAccessibleDescription(/Please write your answer/);
    rerender({ locale: 'ru' });
    expect(screen.getByRole('radio', { name: 'Другое' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Шприцы' })).toBeChecked();
    expect(screen.getByLabelText('Уточните, пожалуйста')).toHaveAccessibleDescription(/Пожалуйста, напишите/);
    await user.type(screen.getByLabelText('Уточните, пожалуйста'), 'Парк');
    rerender({ locale: 'uk' });
    expect(screen.getByLabelText('Уточніть, будь ласка')).toHaveValue('Парк');
    expect(screen.getByRole('button', { name: 'Далі' })).toBeInTheDocument();
  });

  it('should list answers on the review step, jump back with "Edit", and return to review', async () => {
    const { user, onSubmit, press } = renderForm(outreachVisit, {
      defaultValues: {
        channel: 'other',
        channel_other: 'Park',
        supplies: ['syringes', 'other'],
        supplies_other: 'Water',
        respect: 'na',
        overall: 4,
        visits: 3,
        spent: 12.5,
        last_visit: '2024-03-01',
        aspects: { hours: '1', privacy: '3' },
        comment: 'Thanks',
      },
      initialStep: 4,
    });
    expect(screen.getByRole('heading', { name: 'Check your answers' })).toBeInTheDocument();
    const answerOf = (question: string) => {
      const row = screen.getByText(question, { selector: 'dt' }).parentElement;
      if (!row) throw new Error(question);
      return row.querySelector('.kolo-review__answer')?.textContent;
    };
    expect(answerOf('Where did you meet?')).toBe('Other: Park');
    expect(answerOf('What did you get?')).toBe('SyringesOther: Water');
    expect(answerOf('Staff respected me')).toBe('Not applicable');
    expect(answerOf('Overall')).toBe('4 / 5');
    expect(answerOf('Money spent')).toBe('12.5 UAH');
    expect(answerOf('Last visit')).toBe('March 1, 2024');
    expect(answerOf('Rate these')).toBe('Opening hours: DisagreePrivacy: Agree');
    expect(answerOf('Anything else?')).toBe('Thanks');
    expect(screen.queryByText('Visits this year', { selector: 'dt' })).toBeInTheDocument();

    await press('Edit: Visits this year');
    const visits = screen.getByRole('textbox', { name: 'Visits this year' });
    expect(visits).toHaveFocus();
    await user.clear(visits);
    await user.type(visits, '7');
    await press('Back to review');
    expect(screen.getByText('7', { selector: '.kolo-review__line' })).toBeInTheDocument();
    await press('Submit');
    expect(onSubmit).toHaveBeenCalledWith({
      channel: 'other',
      channel_other: 'Park',
      supplies: ['syringes', 'other'],
      supplies_other: 'Water',
      respect: 'na',
      overall: 4,
      visits: 7,
      spent: 12.5,
      last_visit: '2024-03-01',
      aspects: { hours: '1', privacy: '3' },
      comment: 'Thanks',
    });
  });

  it('should send a resumed draft with a missing required answer back to its section', async () => {
    const { onSubmit, press } = renderForm(outreachVisit, {
      defaultValues: { channel: 'street' },
      initialStep: 4,
    });
    await press('Submit');
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByRole('heading', { name: 'Opinion' })).toBeInTheDocument();
    expect(within(group(/Staff respected me/)).getAllByRole('radio')[0]).toHaveFocus();
  });

  it('should submit exactly the valid, normalized answers of a filled clinic-visit survey', async () => {
    const { user, onSubmit, press } = renderForm(clinicVisit, { submitLabel: 'Send' });
    await user.click(screen.getByRole('radio', { name: 'Needle and syringe programme' }));
    await user.click(screen.getByRole('checkbox', { name: 'Syringes' }));
    await user.click(screen.getByRole('checkbox', { name: 'Naloxone' }));
    await user.click(screen.getByRole('radio', { name: 'Strongly agree' }));
    await user.click(within(group(/Overall/)).getByRole('radio', { name: '9' }));
    await user.click(screen.getByRole('radio', { name: "Don't know" }));
    await press('Next');
    expect(screen.getByText('A few more questions')).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Visits this year' }), '12');
    await user.type(screen.getByRole('textbox', { name: 'Comment' }), '  Kind staff  ');
    fireEvent.change(screen.getByLabelText('Last visit'), { target: { value: '2024-05-01' } });
    await user.click(screen.getByRole('radio', { name: 'Opening hours Agree' }));
    await user.click(screen.getByRole('radio', { name: 'Privacy Not applicable' }));
    await press('Next');
    await press('Send');
    expect(onSubmit).toHaveBeenCalledTimes(1);
    const answers = onSubmit.mock.calls[0]?.[0];
    expect(answers).toEqual({
      service: 'nsp',
      received: ['syringes', 'naloxone'],
      respect: '5',
      overall: 9,
      recommend: 'dont_know',
      visits: 12,
      comment: 'Kind staff',
      last_visit: '2024-05-01',
      aspects: { hours: '4', privacy: 'na' },
    });
    const result = validateAnswers(clinicVisit, answers);
    expect(result.success).toBe(true);
    expect(result.success && result.answers).toEqual(answers);
  });

  it('should keep the answers and say so when submitting fails', async () => {
    const { onSubmit, press } = renderForm(clinicVisit, {
      defaultValues: { service: 'ost', respect: '3', recommend: 'no' },
      initialStep: 2,
    });
    onSubmit.mockRejectedValueOnce(new Error('offline'));
    await press('Submit');
    expect(screen.getByRole('alert')).toHaveTextContent('Nothing is lost');
    await press('Submit');
    expect(onSubmit).toHaveBeenCalledTimes(2);
    expect(onSubmit.mock.calls[1]?.[0]).toEqual({ service: 'ost', respect: '3', recommend: 'no' });
  });

  it('should use overridden messages', () => {
    renderForm(outreachVisit, { messages: { next: 'Continue' } });
    expect(screen.getByRole('button', { name: 'Continue' })).toBeInTheDocument();
  });
});

describe('SurveyForm drafts', () => {
  it('should report a draft 250 ms after typing stops, with the step', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const onDraftChange = vi.fn();
    render(
      <SurveyForm
        definition={clinicVisit}
        locale="en"
        initialStep={1}
        onSubmit={() => {}}
        onDraftChange={onDraftChange}
      />,
    );
    const visits = screen.getByRole('textbox', { name: 'Visits this year' });
    await act(async () => {
      fireEvent.change(visits, { target: { value: '4' } });
      vi.advanceTimersByTime(200);
      fireEvent.change(visits, { target: { value: '42' } });
    });
    expect(onDraftChange).not.toHaveBeenCalled();
    await act(async () => {
      vi.advanceTimersByTime(249);
    });
    expect(onDraftChange).not.toHaveBeenCalled();
    await act(async () => {
      vi.advanceTimersByTime(1);
    });
    expect(onDraftChange).toHaveBeenCalledTimes(1);
    expect(onDraftChange).toHaveBeenCalledWith({ visits: 42 }, 1);
  });

  it('should report a pending draft at once when the form goes away', async () => {
    const onDraftChange = vi.fn();
    const user = userEvent.setup();
    const view = render(
      <SurveyForm definition={clinicVisit} locale="en" onSubmit={() => {}} onDraftChange={onDraftChange} />,
    );
    await user.click(screen.getByRole('radio', { name: 'Opioid substitution therapy' }));
    view.unmount();
    expect(onDraftChange).toHaveBeenCalledWith({ service: 'ost' }, 0);
  });

  it.each([
    [
      'the page is hidden',
      () => {
        Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
        document.dispatchEvent(new Event('visibilitychange'));
        Reflect.deleteProperty(document, 'visibilityState');
      },
    ],
    ['the page is unloaded', () => window.dispatchEvent(new Event('pagehide'))],
  ])('should report a pending draft at once when %s', async (_, leave) => {
    const onDraftChange = vi.fn();
    const user = userEvent.setup();
    render(
      <SurveyForm definition={clinicVisit} locale="en" onSubmit={() => {}} onDraftChange={onDraftChange} />,
    );
    await user.click(screen.getByRole('radio', { name: 'Opioid substitution therapy' }));
    expect(onDraftChange).not.toHaveBeenCalled();
    leave();
    expect(onDraftChange).toHaveBeenCalledTimes(1);
    expect(onDraftChange).toHaveBeenCalledWith({ service: 'ost' }, 0);
    leave();
    expect(onDraftChange).toHaveBeenCalledTimes(1);
  });

  it('should report the new step at once when the respondent moves on', async () => {
    const onDraftChange = vi.fn();
    const { press } = renderForm(clinicVisit, {
      onDraftChange,
      initialStep: 1,
      defaultValues: { service: 'ost', visits: 3 },
    });
    expect(onDraftChange).not.toHaveBeenCalled();
    await press('Back');
    expect(onDraftChange).toHaveBeenCalledTimes(1);
    expect(onDraftChange).toHaveBeenLastCalledWith({ service: 'ost', visits: 3 }, 0);
  });

  it('should move focus to the first question when asked to', () => {
    renderForm(clinicVisit, { focusFirstQuestion: true });
    expect(screen.getByRole('radio', { name: 'Needle and syringe programme' })).toHaveFocus();
  });

  it('should move focus past a note to the first question of a resumed step', () => {
    renderForm(clinicVisit, { focusFirstQuestion: true, initialStep: 1 });
    expect(screen.getByRole('textbox', { name: 'Visits this year' })).toHaveFocus();
  });

  it('should resume a draft at its step with its answers', () => {
    render(
      <SurveyForm
        definition={clinicVisit}
        locale="uk"
        initialStep={1}
        defaultValues={{ service: 'nsp', respect: '2', visits: 4, comment: 'Добре' }}
        onSubmit={() => {}}
      />,
    );
    expect(screen.getByText('Розділ 2 з 2')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Візитів цього року' })).toHaveValue('4');
    expect(screen.getByRole('textbox', { name: 'Коментар' })).toHaveValue('Добре');
  });
});
