import 'survey-core/survey-core.css';
import { type ReactNode, useLayoutEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { Model } from 'survey-core';
import { Survey } from 'survey-react-ui';
import { renderAppShell } from './app-shell.tsx';
import { armTimer, type BenchPage, timeMount } from './bench-api.ts';

let pending: Promise<number> | undefined;

function Committed({ onCommit }: { onCommit: () => void }): ReactNode {
  useLayoutEffect(onCommit, []);
  return null;
}

const bench: BenchPage = {
  mount(definition) {
    const json = definition as { pages: { elements: unknown[] }[] };
    const start = performance.now();
    return timeMount(
      (host, onCommit) => {
        // the same work as the kolo page: read the definition, then render it
        const model = new Model(json);
        // like kolo's onChange mode: values and checks follow each keystroke, not only blur
        model.textUpdateMode = 'onTyping';
        model.checkErrorsMode = 'onValueChanged';
        createRoot(host).render(
          <>
            <Survey model={model} />
            <Committed onCommit={onCommit} />
          </>,
        );
      },
      (host) => host.querySelectorAll('[data-name]').length,
      json.pages[0]?.elements.length ?? 0,
      start,
    );
  },
  armKeystroke(questionId) {
    const input = document.querySelector<HTMLElement>(`[data-name="${questionId}"] input`);
    if (!input) throw new Error(`no input in ${questionId}`);
    pending = armTimer(input);
  },
  async keystroke() {
    const ms = (await pending) ?? Number.NaN;
    return { ms, rerendered: [] };
  },
};
renderAppShell();
window.bench = bench;
