import type { Condition, Indicator } from '@kolo/schema';
import { type ReactNode, useReducer } from 'react';
import { I18nextProvider } from 'react-i18next';
import { i18n } from '../i18n/index.ts';
import { BuilderProvider } from './builder-context.tsx';
import { type DraftState, draftFromDefinition, draftReducer } from './draft-state.ts';

/**
 * A small survey for builder tests: a single choice, a number (shown if `showIf`), a text and a
 * yes/no question, with the given indicators.
 */
export function visitsSurvey({ showIf, indicators }: { showIf?: Condition; indicators?: Indicator[] } = {}) {
  return {
    id: 'visits-check',
    version: 1,
    locales: ['en'],
    title: { en: 'Visits' },
    sections: [
      {
        id: 'main',
        title: { en: 'Main' },
        items: [
          {
            id: 'service',
            kind: 'single_choice',
            label: { en: 'Which service?' },
            options: [
              { value: 'nsp', label: { en: 'Needle and syringe programme' } },
              { value: 'ost', label: { en: 'Opioid substitution therapy' } },
            ],
          },
          { id: 'visits', kind: 'number', label: { en: 'How many visits?' }, ...(showIf ? { showIf } : {}) },
          { id: 'later', kind: 'text', label: { en: 'Comment' } },
          { id: 'tested', kind: 'yes_no', label: { en: 'Tested this year?' } },
        ],
      },
    ],
    ...(indicators ? { indicators } : {}),
  };
}

/** A part of the builder under test, on a draft of `definition` in English; `onState` sees every state. */
export function TestBuilder({
  definition,
  onState,
  children,
}: {
  definition: unknown;
  onState: (state: DraftState) => void;
  children: (state: DraftState) => ReactNode;
}) {
  const [state, dispatch] = useReducer(draftReducer, definition, draftFromDefinition);
  onState(state);
  return (
    <I18nextProvider i18n={i18n}>
      <BuilderProvider
        state={state}
        dispatch={dispatch}
        locale="en"
        reveal={() => {}}
        open={new Set()}
        toggle={() => {}}
      >
        {children(state)}
      </BuilderProvider>
    </I18nextProvider>
  );
}
