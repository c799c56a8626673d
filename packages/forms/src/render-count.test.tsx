import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SurveyForm } from './index.ts';
import { generatedSurvey } from './test-fixtures.ts';

const survey = generatedSurvey(200);

/** The root element of a question; role queries are too slow over 200 questions in jsdom. */
function question(id: string): HTMLElement {
  const element = document.querySelector<HTMLElement>(`[data-question="${id}"]`);
  if (!element) throw new Error(`no question ${id}`);
  return element;
}

function renderCounted() {
  const renders = new Map<string, number>();
  const onRender = (id: string) => renders.set(id, (renders.get(id) ?? 0) + 1);
  const user = userEvent.setup();
  render(<SurveyForm definition={survey} locale="en" onSubmit={() => {}} onRender={(id) => onRender(id)} />);
  return { renders, user };
}

describe('render isolation in a 200-question survey', { timeout: 30_000 }, () => {
  it('should render every question once on mount', () => {
    const { renders } = renderCounted();
    expect(renders.size).toBe(200);
    expect(Math.max(...renders.values())).toBe(1);
  });

  it('should re-render exactly the typed field on each keystroke, counted by a Profiler around each', async () => {
    const { renders, user } = renderCounted();
    const field = question('q100').querySelector('input') as HTMLInputElement;
    expect(field).toHaveAccessibleName('Question 100');
    await user.click(field);
    for (const [index, character] of [...'Shelter'].entries()) {
      renders.clear();
      await user.keyboard(character);
      // the typed field commits (its "characters left" line follows the text), and no other does
      expect([...renders.keys()]).toEqual(['q100']);
      expect(question('q100')).toHaveTextContent(`${100 - index - 1} characters left`);
    }
    expect(field).toHaveValue('Shelter');
  });

  it('should re-render only the answered question and the one whose condition reads it', async () => {
    const { renders, user } = renderCounted();
    // q021 is shown only once q011 (single choice) is answered
    expect(document.querySelector('[data-question="q021"]')).toBeNull();
    renders.clear();
    await user.click(question('q011').querySelector('input[value="b"]') as HTMLInputElement);
    expect(question('q021')).toHaveTextContent('Question 21');
    expect(screen.getByText('Question 21')).toBeVisible();
    expect([...renders.keys()].sort()).toEqual(['q021']);
  });
});
