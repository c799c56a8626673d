import { type ItemEntry, type SurveyDefinition, surveyItems } from '@kolo/schema';
import { createContext, type Dispatch, type ReactNode, useContext, useMemo } from 'react';
import { type DraftAction, type DraftState, definitionOf } from './draft-state.ts';

/** What every part of the builder reads: the state, its definition, and the language being edited. */
export interface Builder {
  readonly state: DraftState;
  readonly dispatch: Dispatch<DraftAction>;
  readonly definition: SurveyDefinition;
  readonly entries: readonly ItemEntry[];
  /** The survey language texts are typed in outside the translation table. */
  readonly locale: string;
  /** Open an item's or section's editor and move focus into it. */
  readonly reveal: (key: string) => void;
  /** Keys of items whose editor is open. */
  readonly open: ReadonlySet<string>;
  readonly toggle: (key: string) => void;
}

const BuilderContext = createContext<Builder | null>(null);

export function BuilderProvider({
  state,
  dispatch,
  locale,
  reveal,
  open,
  toggle,
  children,
}: Omit<Builder, 'definition' | 'entries'> & { children: ReactNode }) {
  const definition = useMemo(() => definitionOf(state), [state]);
  const entries = useMemo(() => surveyItems(definition), [definition]);
  const value = useMemo(
    () => ({ state, dispatch, definition, entries, locale, reveal, open, toggle }),
    [state, dispatch, definition, entries, locale, reveal, open, toggle],
  );
  return <BuilderContext.Provider value={value}>{children}</BuilderContext.Provider>;
}

export function useBuilder(): Builder {
  const builder = useContext(BuilderContext);
  if (!builder) throw new Error('useBuilder must be used inside the builder');
  return builder;
}

/** DOM id of an item's or section's editor, for focus from the problems list. */
export function editorId(key: string): string {
  return `editor-${key}`;
}
