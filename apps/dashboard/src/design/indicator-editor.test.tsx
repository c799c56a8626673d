import type { Indicator } from '@kolo/schema';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { i18n } from '../i18n/index.ts';
import { type DraftState, definitionOf } from './draft-state.ts';
import { IndicatorEditor } from './indicator-editor.tsx';
import { addDesignMessages } from './messages/index.ts';
import { TestBuilder, visitsSurvey } from './test-builder.tsx';

const INDICATORS: Indicator[] = [
  { id: 'ost_share', kind: 'share', label: { en: 'OST share' }, item: 'service', values: ['ost'] },
  { id: 'visits', kind: 'count', label: { en: 'Visits' }, item: 'service', values: ['nsp'] },
];

let latest: DraftState | undefined;

function Harness() {
  return (
    <TestBuilder
      definition={visitsSurvey({ indicators: INDICATORS })}
      onState={(state) => {
        latest = state;
      }}
    >
      {() => <IndicatorEditor />}
    </TestBuilder>
  );
}

const indicators = () => definitionOf(latest as DraftState).indicators;
const offered = (label: string) =>
  within(screen.getByLabelText(label))
    .getAllByRole('option')
    .map((o) => [o.getAttribute('value'), o.textContent]);

describe('IndicatorEditor', () => {
  beforeAll(async () => {
    addDesignMessages(i18n);
    await i18n.changeLanguage('en');
  });

  it('should offer the questions with set answers, and every submission for a count', () => {
    render(<Harness />);
    expect(offered('Question of indicator 1')).toEqual([
      ['service', 'Which service? (service)'],
      ['tested', 'Tested this year? (tested)'],
    ]);
    expect(offered('Question of indicator 2')).toEqual([
      ['', 'Every submission'],
      ['service', 'Which service? (service)'],
      ['tested', 'Tested this year? (tested)'],
    ]);
  });

  it('should clear the chosen answers when the question changes, and count every submission without one', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.selectOptions(screen.getByLabelText('Question of indicator 1'), 'tested');
    expect(indicators()?.[0]).toEqual({
      id: 'ost_share',
      kind: 'share',
      label: { en: 'OST share' },
      item: 'tested',
      values: [],
    });
    await user.selectOptions(screen.getByLabelText('Question of indicator 2'), '');
    expect(indicators()?.[1]).toEqual({ id: 'visits', kind: 'count', label: { en: 'Visits' } });
  });
});
