import type { SurveyDefinition } from '@kolo/schema/forms';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { SurveyForm, type SurveyFormProps } from './index.ts';

/** Render a form with spies; returns the user-event session and the spies. */
export function renderForm(definition: SurveyDefinition, props: Partial<SurveyFormProps> = {}) {
  const onSubmit = vi.fn<SurveyFormProps['onSubmit']>();
  const user = userEvent.setup();
  const view = render(<SurveyForm definition={definition} locale="en" onSubmit={onSubmit} {...props} />);
  const rerender = (next: Partial<SurveyFormProps>) =>
    view.rerender(
      <SurveyForm definition={definition} locale="en" onSubmit={onSubmit} {...props} {...next} />,
    );
  /** Click a button and let the form's asynchronous validation and step change finish. */
  const press = async (name: string | RegExp) => {
    await user.click(screen.getByRole('button', { name }));
    await settle();
  };
  return { user, onSubmit, view, rerender, press };
}

/** The fieldset of a question by its label. */
export const group = (name: string | RegExp) => screen.getByRole('group', { name });

/** Let pending promise chains (validation, submit) run to the end inside act. */
export async function settle(): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}
