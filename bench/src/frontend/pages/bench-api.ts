/// <reference types="vite/client" />

/** What a render page exposes to the benchmark driver as `window.bench`. */
export interface BenchPage {
  /** Mount the survey; resolves once every item is in the DOM and the next frame is drawn. */
  mount(definition: unknown): Promise<MountTimes>;
  /** The text input of a question, focused, with a keydown timer armed; resolve with `keystroke()`. */
  armKeystroke(questionId: string): void;
  /** Keydown to the next drawn frame, and which questions re-rendered since `armKeystroke` (profiling builds). */
  keystroke(): Promise<{ ms: number; rerendered: string[] }>;
}

/**
 * The first use of Intl in a renderer loads ICU data (25-100 ms on the bench machine). The collect app
 * pays that once per session in its shell (i18next's plural rules for the outbox count, dates in the
 * outbox) before a form opens, so both bench pages pay it at load, outside the timings.
 */
export const INTL_INIT_MS = (() => {
  const start = performance.now();
  new Intl.PluralRules('en').select(1);
  new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(0);
  return performance.now() - start;
})();

/** Milliseconds from `createRoot().render` (definition parsing included) to each moment. */
export interface MountTimes {
  /** The first commit (a layout effect after the form). */
  readonly commitMs: number;
  /** The frame drawn after the first commit: what the respondent first sees. */
  readonly firstFrameMs: number;
  /** Questions in the DOM at the first commit. */
  readonly firstQuestions: number;
  /** Every question in the DOM and the next frame drawn. */
  readonly allMs: number;
  readonly questions: number;
  /** What the first Intl use cost at page load (see INTL_INIT_MS). */
  readonly intlMs: number;
}

/**
 * Render `node` into a new element and time it: `render` is called at the start, `count` tells how
 * many questions are in the DOM.
 */
export async function timeMount(
  render: (host: HTMLElement, onCommit: () => void) => void,
  count: (host: HTMLElement) => number,
  expected: number,
  start: number,
): Promise<MountTimes> {
  const host = document.createElement('div');
  document.body.append(host);
  let commitMs = 0;
  let firstQuestions = 0;
  let firstFrame: Promise<number> | undefined;
  render(host, () => {
    commitMs = performance.now() - start;
    firstQuestions = count(host);
    firstFrame = nextFrame();
  });
  const questions = await untilCount(() => count(host), expected);
  const allMs = (await nextFrame()) - start;
  const firstFrameMs = ((await firstFrame) ?? Number.NaN) - start;
  return { commitMs, firstFrameMs, firstQuestions, allMs, questions, intlMs: INTL_INIT_MS };
}

declare global {
  interface Window {
    bench?: BenchPage;
  }
}

/** The next frame drawn: a task queued from requestAnimationFrame runs after that frame's paint. */
export function nextFrame(): Promise<number> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    });
  });
}

/** Resolve once `count()` reaches `expected`, checked every frame. */
export async function untilCount(count: () => number, expected: number): Promise<number> {
  for (let frames = 0; frames < 600; frames++) {
    const now = count();
    if (now >= expected) return now;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  throw new Error(`only ${count()} of ${expected} questions rendered`);
}

/** Time a keydown on `input` to the frame after it, for `keystroke()`. */
export function armTimer(input: HTMLElement): Promise<number> {
  input.focus();
  return new Promise((resolve) => {
    input.addEventListener(
      'keydown',
      () => {
        const start = performance.now();
        void nextFrame().then((end) => resolve(end - start));
      },
      { once: true, capture: true },
    );
  });
}
