import type { Condition } from '@kolo/schema';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { i18n } from '../i18n/index.ts';
import { ConditionEditor } from './condition-editor.tsx';
import { type DraftState, definitionOf } from './draft-state.ts';
import { addDesignMessages } from './messages/index.ts';
import { TestBuilder, visitsSurvey } from './test-builder.tsx';

let latest: DraftState | undefined;

function Harness({ showIf }: { showIf?: Condition }) {
  return (
    <TestBuilder
      definition={visitsSurvey({ showIf })}
      onState={(state) => {
        latest = state;
      }}
    >
      {(state) => {
        const key = state.sections[0]?.items[1]?.key ?? '';
        const item = state.sections[0]?.items[1]?.item;
        return (
          <ConditionEditor
            ownerKey={key}
            condition={item?.showIf}
            order={1}
            label="Show this question when"
          />
        );
      }}
    </TestBuilder>
  );
}

const shownIf = () => definitionOf(latest as DraftState).sections[0]?.items[1]?.showIf;

describe('ConditionEditor', () => {
  beforeAll(async () => {
    addDesignMessages(i18n);
    await i18n.changeLanguage('en');
  });

  it('should offer only earlier questions and their choices, and write the condition', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Add a condition' }));
    const question = screen.getByLabelText('Question of condition 1');
    expect(
      within(question)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Which service? (service)']);
    const values = within(screen.getByLabelText('Value of condition 1')).getAllByRole('option');
    expect(values.map((o) => o.getAttribute('value'))).toEqual(['', 'nsp', 'ost']);
    await user.selectOptions(screen.getByLabelText('Value of condition 1'), 'ost');
    expect(shownIf()).toEqual({ question: 'service', op: 'eq', value: 'ost' });
    await user.selectOptions(screen.getByLabelText('Test of condition 1'), 'in');
    await user.click(screen.getByRole('checkbox', { name: 'Needle and syringe programme (nsp)' }));
    expect(shownIf()).toEqual({ question: 'service', op: 'in', value: ['ost', 'nsp'] });
  });

  it('should join two rows with "any" and remove them back to "always shown"', async () => {
    const user = userEvent.setup();
    render(<Harness showIf={{ question: 'service', op: 'eq', value: 'nsp' }} />);
    await user.click(screen.getByRole('button', { name: 'Add a condition' }));
    await user.selectOptions(screen.getByLabelText('Show when'), 'any');
    await user.selectOptions(screen.getByLabelText('Test of condition 2'), 'answered');
    expect(shownIf()).toEqual({
      any: [
        { question: 'service', op: 'eq', value: 'nsp' },
        { question: 'service', op: 'answered' },
      ],
    });
    await user.click(screen.getByRole('button', { name: 'Remove condition 2' }));
    await user.click(screen.getByRole('button', { name: 'Remove condition 1' }));
    expect(shownIf()).toBeUndefined();
    expect(screen.getByText('Always shown.')).toBeInTheDocument();
  });

  it('should show a condition too complex for rows read-only and keep it', () => {
    const complex: Condition = { not: { question: 'service', op: 'eq', value: 'nsp' } };
    render(<Harness showIf={complex} />);
    expect(screen.getByText(/too complex for the editor/)).toBeInTheDocument();
    expect(screen.queryByLabelText('Question of condition 1')).toBeNull();
    expect(shownIf()).toEqual(complex);
  });
});
