import type { Item } from '@kolo/schema';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { i18n } from '../i18n/index.ts';
import { AnswerExpressionSettings, CalculationSettings } from './expression-settings.tsx';
import { addDesignMessages } from './messages/index.ts';
import { TestBuilder, visitsSurvey } from './test-builder.tsx';

let latest: Item | undefined;

function Settings({ initial }: { initial: Item }) {
  const [item, setItem] = useState<Item>(initial);
  const update = (next: Item) => {
    latest = next;
    setItem(next);
  };
  return (
    <TestBuilder definition={visitsSurvey()} onState={() => {}}>
      {() =>
        item.kind === 'calculate' ? (
          <CalculationSettings item={item} onChange={update} />
        ) : (
          <AnswerExpressionSettings item={item} onChange={update} />
        )
      }
    </TestBuilder>
  );
}

describe('expression settings in the builder', () => {
  beforeAll(async () => {
    addDesignMessages(i18n);
    await i18n.changeLanguage('en');
  });

  it('should write a calculation, its type and display, and show a located error at once', async () => {
    const user = userEvent.setup();
    render(<Settings initial={{ id: 'age', kind: 'calculate', label: { en: 'Age' }, calculation: "''" }} />);
    const field = screen.getByLabelText('Calculation');
    await user.clear(field);
    await user.type(field, '2026 - sum2(1)');
    expect(screen.getByRole('alert')).toHaveTextContent(
      "This expression cannot be read: col 8: unknown function 'sum2'",
    );
    expect(field).toHaveAttribute('aria-invalid', 'true');
    await user.clear(field);
    await user.type(field, '2026 - 1990');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Stored as'), 'number');
    await user.click(screen.getByRole('checkbox', { name: 'Show it in the form (read-only)' }));
    expect(latest).toMatchObject({ calculation: '2026 - 1990', valueType: 'number', display: 'read_only' });
  });

  it('should write a constraint with its message and a choice filter, and remove an emptied one', async () => {
    const user = userEvent.setup();
    render(
      <Settings
        initial={{
          id: 'city',
          kind: 'single_choice',
          label: { en: 'City' },
          options: [{ value: 'osh', label: { en: 'Osh' } }],
        }}
      />,
    );
    await user.type(screen.getByLabelText('Answer check (constraint, optional)'), ". != 'x'");
    await user.type(screen.getByLabelText(/^Message when the check fails/), 'Not x');
    expect(latest).toMatchObject({ constraint: ". != 'x'", constraintMessage: { en: 'Not x' } });
    await user.clear(screen.getByLabelText('Answer check (constraint, optional)'));
    expect(latest).not.toHaveProperty('constraint');
    expect(screen.getByLabelText('Which options to offer (choice filter, optional)')).toBeInTheDocument();
  });
});
