import { SurveyForm } from '@kolo/forms';
import '@kolo/forms/styles.css';
import type { SurveyDefinition } from '@kolo/schema';
import { type ReactNode, useLayoutEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { renderAppShell } from './app-shell.tsx';
import { armTimer, type BenchPage, nextFrame, timeMount } from './bench-api.ts';

// In a profiling build (react-dom/client aliased to react-dom/profiling) the form's per-question
// <Profiler> reports here; in a production build it never fires.
const rerendered = new Set<string>();
const counting = import.meta.env.MODE === 'profiling';
let pending: Promise<number> | undefined;

function Committed({ onCommit }: { onCommit: () => void }): ReactNode {
  useLayoutEffect(onCommit, []);
  return null;
}

const bench: BenchPage = {
  mount(definition) {
    const survey = definition as SurveyDefinition;
    const start = performance.now();
    return timeMount(
      (host, onCommit) =>
        createRoot(host).render(
          <>
            <SurveyForm
              definition={survey}
              locale="en"
              onSubmit={() => {}}
              {...(counting ? { onRender: (id: string) => rerendered.add(id) } : {})}
            />
            <Committed onCommit={onCommit} />
          </>,
        ),
      (host) => host.querySelectorAll('[data-question]').length,
      survey.sections[0]?.items.length ?? 0,
      start,
    );
  },
  armKeystroke(questionId) {
    const input = document.querySelector<HTMLElement>(`[data-question="${questionId}"] input`);
    if (!input) throw new Error(`no input in ${questionId}`);
    pending = armTimer(input);
    rerendered.clear();
  },
  async keystroke() {
    const ms = (await pending) ?? Number.NaN;
    // let the asynchronous validation settle before reading who re-rendered
    for (let i = 0; i < 3; i++) await nextFrame();
    await new Promise((resolve) => setTimeout(resolve, 50));
    return { ms, rerendered: [...rerendered] };
  },
};
renderAppShell();
window.bench = bench;
