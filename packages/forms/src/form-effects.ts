import {
  type Condition,
  compileSurvey,
  conditionQuestions,
  repeatLayout,
  type SurveyDefinition,
  surveyItems,
} from '@kolo/schema/forms';
import { useEffect, useRef } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { sourcesOf } from './model.ts';
import { type FormValues, normalizeAnswers, stalePaths } from './normalize.ts';

/** How long the form waits after the last change before reporting a draft. */
export const DRAFT_DELAY_MS = 250;

/** Ids whose change can hide a question or make an "other" text unneeded. */
function triggersOf(definition: SurveyDefinition): Set<string> {
  const ids = new Set<string>();
  const byId = new Map(surveyItems(definition).map((entry) => [entry.item.id, entry]));
  const add = (condition: Condition | undefined) => {
    if (condition)
      for (const question of conditionQuestions(condition))
        for (const source of sourcesOf(question.split('.')[0] ?? '', byId)) ids.add(source);
  };
  for (const section of definition.sections) {
    add(section.showIf);
    for (const item of section.items) {
      add(item.showIf);
      if ((item.kind === 'single_choice' || item.kind === 'multi_choice') && item.other) ids.add(item.id);
    }
  }
  return ids;
}

/**
 * Keep hidden questions empty: whenever an answer a condition reads changes, clear the values (and
 * errors) of questions that are no longer shown and of "please specify" texts no longer needed.
 */
export function useHiddenClearing(form: UseFormReturn<FormValues>, definition: SurveyDefinition): void {
  useEffect(() => {
    const triggers = triggersOf(definition);
    let busy = false;
    const clear = () => {
      if (busy) return;
      busy = true;
      try {
        // clearing one answer can hide the next; conditions only look back, so this ends
        for (let pass = 0; pass < 100; pass++) {
          const stale = stalePaths(definition, form.getValues());
          if (stale.length === 0) break;
          for (const path of stale) {
            const value = form.getValues(path);
            form.setValue(path, Array.isArray(value) ? [] : null);
          }
          form.clearErrors(stale);
        }
      } finally {
        busy = false;
      }
    };
    clear();
    const repeats = repeatLayout(definition);
    const subscription = form.watch((_, { name }) => {
      if (name === undefined) return clear();
      // a field of an instance (`partners.1.partner_tested`) is named by its item id after the
      // index; an instance added or removed changes the section's whole list
      const [first = name, , inInstance] = name.split('.');
      const trigger = repeats.get(first) === first ? inInstance : first;
      if (trigger === undefined || triggers.has(trigger)) clear();
    });
    return () => subscription.unsubscribe();
  }, [form, definition]);
}

/**
 * Report a draft (normalized answers and the step) after changes settle, for autosave. A change of
 * step is reported at once, and so is a pending draft when the page is hidden or unloaded (a call,
 * an app switch, a reload) or the form goes away, so nothing given is lost.
 */
export function useDraft(
  form: UseFormReturn<FormValues>,
  definition: SurveyDefinition,
  step: number,
  onDraftChange: ((answers: Record<string, unknown>, step: number) => void) | undefined,
): void {
  const latest = useRef({ step, onDraftChange });
  latest.current = { step, onDraftChange };
  const schedule = useRef<() => void>(() => {});
  const report = useRef<() => void>(() => {});
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const flush = () => {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      latest.current.onDraftChange?.(normalizeAnswers(definition, form.getValues()), latest.current.step);
    };
    report.current = flush;
    schedule.current = () => {
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(flush, DRAFT_DELAY_MS);
    };
    const flushPending = () => {
      if (timer !== undefined) flush();
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flushPending();
    };
    const subscription = form.watch(() => schedule.current());
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', flushPending);
    return () => {
      subscription.unsubscribe();
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', flushPending);
      flushPending();
    };
  }, [form, definition]);
  const first = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a change of step is itself worth a draft
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    report.current();
  }, [step]);
}

/**
 * Compile the survey's answer validation once the browser is idle after the form first shows, so
 * the first keystroke does not wait for it (a 200-question survey takes about 100 ms on a slow phone).
 */
export function useValidationWarmUp(definition: SurveyDefinition): void {
  useEffect(() => {
    const warm = () => void compileSurvey(definition);
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(warm, { timeout: 2000 });
      return () => cancelIdleCallback(handle);
    }
    const handle = setTimeout(warm, 200);
    return () => clearTimeout(handle);
  }, [definition]);
}
