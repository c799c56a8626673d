import { type ReactNode, startTransition, useEffect, useState } from 'react';
import type { FormItem } from './model.ts';

/** Questions a step shows in its first frame: more than a phone screen holds. */
export const FIRST_QUESTIONS = 8;
/**
 * Each following render, in a transition that input can interrupt, doubles the questions shown, up
 * to this many more at a time: few commits, none long enough to hold up a tap.
 */
export const MAX_MORE_QUESTIONS = 48;

export interface StepQuestionsProps {
  readonly items: readonly FormItem[];
  /** A field to be focused on arrival: its question is rendered in the first frame. */
  readonly target: string | undefined;
  readonly children: (formItem: FormItem) => ReactNode;
}

/**
 * The questions of one step, the first screenful at once and the rest in small interruptible
 * batches right after, so a 200-question section is drawn and answerable in one short frame instead
 * of freezing a phone while every question mounts. Key it by section so a new step starts over.
 */
export function StepQuestions({ items, target, children }: StepQuestionsProps): ReactNode {
  const owner = target === undefined ? -1 : items.findIndex((item) => item.fields.includes(target));
  const [count, setCount] = useState(() => Math.max(FIRST_QUESTIONS, owner + 1));
  useEffect(() => {
    if (count < items.length)
      startTransition(() => setCount((shown) => shown + Math.min(shown, MAX_MORE_QUESTIONS)));
  }, [count, items.length]);
  return items.slice(0, Math.max(count, owner + 1)).map(children);
}
