import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { outreachVisit } from './test-fixtures.ts';
import { group, renderForm } from './test-utils.tsx';

const opinion = { initialStep: 1 };

describe('single choice', () => {
  it('should render radios in a fieldset with its legend, hint and required marker', () => {
    renderForm(outreachVisit);
    const channel = group(/Where did you meet\?/);
    expect(channel.tagName).toBe('FIELDSET');
    expect(channel).toHaveAccessibleName('Where did you meet? (required)');
    expect(channel).toHaveAccessibleDescription('Pick one');
    expect(
      within(channel)
        .getAllByRole('radio')
        .map((r) => r.getAttribute('value')),
    ).toEqual(['street', 'club', 'other']);
  });

  it('should reveal "please specify" when "other" is chosen and hide it again', async () => {
    const { user } = renderForm(outreachVisit);
    expect(screen.queryByLabelText('Please specify')).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Other' }));
    await user.type(screen.getByLabelText('Please specify'), 'Park');
    expect(screen.getByLabelText('Please specify')).toHaveValue('Park');
    await user.click(screen.getByRole('radio', { name: 'Street' }));
    expect(screen.queryByLabelText('Please specify')).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Other' }));
    expect(screen.getByLabelText('Please specify')).toHaveValue('');
  });
});

describe('multi choice', () => {
  it('should uncheck the others when an exclusive option is chosen, and the reverse', async () => {
    const { user } = renderForm(outreachVisit);
    const supplies = group(/What did you get\?/);
    const box = (name: string) => within(supplies).getByRole('checkbox', { name });
    await user.click(box('Syringes'));
    await user.click(box('Naloxone'));
    await user.click(box('Nothing'));
    expect(box('Nothing')).toBeChecked();
    expect(box('Syringes')).not.toBeChecked();
    expect(box('Naloxone')).not.toBeChecked();
    await user.click(box('Condoms'));
    expect(box('Condoms')).toBeChecked();
    expect(box('Nothing')).not.toBeChecked();
  });

  it('should enforce maxSelections by disabling the options left, and say so', async () => {
    const { user } = renderForm(outreachVisit);
    const supplies = group(/What did you get\?/);
    const box = (name: string) => within(supplies).getByRole('checkbox', { name });
    expect(supplies).toHaveAccessibleDescription('You can choose up to 2 answers');
    await user.click(box('Syringes'));
    await user.click(box('Condoms'));
    expect(box('Naloxone')).toBeDisabled();
    expect(box('Something else')).toBeDisabled();
    expect(box('Nothing')).toBeEnabled();
    await user.click(box('Condoms'));
    expect(box('Naloxone')).toBeEnabled();
  });

  it('should reveal "please specify" for its own "other" label', async () => {
    const { user } = renderForm(outreachVisit);
    await user.click(screen.getByRole('checkbox', { name: 'Something else' }));
    expect(screen.getByLabelText('Please specify')).toBeInTheDocument();
  });
});

describe('likert', () => {
  it('should render a labelled scale with not-applicable set apart', () => {
    renderForm(outreachVisit, opinion);
    const respect = group(/Staff respected me/);
    const radios = within(respect).getAllByRole('radio');
    expect(radios.map((r) => r.getAttribute('value'))).toEqual(['1', '2', '3', 'na']);
    const apart = respect.querySelector('.kolo-scale__apart');
    expect(apart).toContainElement(within(respect).getByRole('radio', { name: 'Not applicable' }));
  });

  it('should select by tapping the label', async () => {
    const { user } = renderForm(outreachVisit, opinion);
    const respect = group(/Staff respected me/);
    await user.click(within(respect).getByText('Agree'));
    expect(within(respect).getByRole('radio', { name: 'Agree' })).toBeChecked();
  });
});

describe('rating', () => {
  it('should render numbered radios with the end labels as description', () => {
    renderForm(outreachVisit, opinion);
    const overall = group(/Overall/);
    expect(
      within(overall)
        .getAllByRole('radio')
        .map((r) => r.getAttribute('aria-label') ?? (r as HTMLInputElement).labels?.[0]?.textContent),
    ).toEqual(['1', '2', '3', '4', '5']);
    expect(overall).toHaveAccessibleDescription('1: Bad5: Great');
  });
});

describe('yes / no', () => {
  it('should offer "don\'t know" when the item asks for it, in the chosen language', async () => {
    const { user } = renderForm(outreachVisit, { locale: 'ru' });
    await user.click(screen.getByRole('radio', { name: 'Клуб' }));
    const safe = group(/Было ли безопасно в клубе/);
    expect(
      within(safe)
        .getAllByRole('radio')
        .map((r) => (r as HTMLInputElement).labels?.[0]?.textContent),
    ).toEqual(['Да', 'Нет', 'Не знаю']);
  });
});

describe('number', () => {
  it('should use a numeric keypad and describe its range and unit', () => {
    renderForm(outreachVisit, opinion);
    const visits = screen.getByRole('textbox', { name: 'Visits this year' });
    expect(visits).toHaveAttribute('inputmode', 'numeric');
    expect(visits).toHaveAccessibleDescription('From 0 to 365');
    const spent = screen.getByRole('textbox', { name: 'Money spent' });
    expect(spent).toHaveAttribute('inputmode', 'decimal');
    expect(spent).toHaveAccessibleDescription('0 or more');
    expect(screen.getByText('UAH')).toBeInTheDocument();
  });

  it('should report a number out of range next to the question as it is typed', async () => {
    const { user } = renderForm(outreachVisit, opinion);
    const visits = screen.getByRole('textbox', { name: 'Visits this year' });
    await user.type(visits, '400');
    expect(visits).toHaveAttribute('aria-invalid', 'true');
    expect(visits).toHaveAccessibleDescription('From 0 to 365 Enter 365 or less');
    await user.clear(visits);
    await user.type(visits, '2.5');
    expect(visits).toHaveAccessibleDescription(/Enter a whole number/);
    await user.clear(visits);
    await user.type(visits, '12');
    expect(visits).not.toHaveAttribute('aria-invalid');
  });
});

describe('text', () => {
  it('should use a text area when long, with a character counter', async () => {
    const { user } = renderForm(outreachVisit, { initialStep: 3 });
    const comment = screen.getByRole('textbox', { name: 'Anything else?' });
    expect(comment.tagName).toBe('TEXTAREA');
    expect(comment).toHaveAccessibleDescription('20 characters left');
    await user.type(comment, 'Twenty-five characters!!!');
    expect(screen.getByText('5 characters over the limit')).toBeInTheDocument();
    expect(comment).toHaveAccessibleDescription(/Use 20 characters or fewer/);
  });
});

describe('date', () => {
  it('should be a date input bounded by min and max', async () => {
    const { user } = renderForm(outreachVisit, opinion);
    const date = screen.getByLabelText('Last visit');
    expect(date).toHaveAttribute('type', 'date');
    expect(date).toHaveAttribute('min', '2020-01-01');
    expect(date).toHaveAttribute('max', '2030-12-31');
    await user.type(date, '2019-05-01');
    expect(date).toHaveAccessibleDescription(/Enter a date on or after/);
  });
});

describe('matrix', () => {
  it('should name each radio by its row and choice, and check rows one by one', async () => {
    const { user } = renderForm(outreachVisit, opinion);
    const matrix = group(/Rate these/);
    expect(within(matrix).getByRole('table')).toBeInTheDocument();
    await user.click(within(matrix).getByRole('radio', { name: 'Opening hours Agree' }));
    await user.click(within(matrix).getByRole('radio', { name: 'Privacy Not applicable' }));
    expect(within(matrix).getByRole('radio', { name: 'Opening hours Agree' })).toBeChecked();
    expect(within(matrix).getByRole('radio', { name: 'Privacy Not applicable' })).toBeChecked();
    expect(within(matrix).getByRole('radio', { name: 'Opening hours Disagree' })).not.toBeChecked();
  });

  it('should show a missing row next to that row', async () => {
    const { user, press } = renderForm(outreachVisit, opinion);
    await user.click(within(group(/Staff respected me/)).getByRole('radio', { name: 'Agree' }));
    await user.click(screen.getByRole('radio', { name: 'Opening hours Agree' }));
    await press('Next');
    const privacy = screen.getByRole('radio', { name: 'Privacy Agree' });
    expect(privacy).toHaveAttribute('aria-invalid', 'true');
    expect(privacy).toHaveAccessibleDescription('Please answer this question');
    expect(screen.getByRole('radio', { name: 'Privacy Disagree' })).toHaveFocus();
    expect(screen.getByRole('radio', { name: 'Opening hours Agree' })).not.toHaveAttribute('aria-invalid');
    await user.click(privacy);
    expect(privacy).not.toHaveAttribute('aria-invalid');
  });
});

describe('note', () => {
  it('should show its text without an input', () => {
    renderForm(outreachVisit);
    const note = screen.getByText('Ask calmly.');
    expect(note.closest('[data-question]')?.querySelector('input')).toBeNull();
  });
});
