import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { outreachVisit } from './test-fixtures.ts';
import { renderForm } from './test-utils.tsx';

const answerOf = (question: string) =>
  screen.getByText(question, { selector: 'dt' }).parentElement?.querySelector('.kolo-review__answer')
    ?.textContent;

describe('Review', () => {
  it('should show number answers as the monitor typed them, with the reader’s decimal sign', () => {
    renderForm(outreachVisit, {
      locale: 'uk',
      defaultValues: { channel: 'street', respect: '3', overall: 4, visits: 1990, spent: 12345.5 },
      initialStep: 4,
    });
    expect(answerOf('Візитів цього року')).toBe('1990');
    expect(answerOf('Витрачено')).toBe('12345,5 грн');
  });
});
