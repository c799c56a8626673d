import { type ComponentChildren, options } from 'preact';

// @ts-expect-error preact/compat's types declare one `export =` namespace; its module has named exports
export * from 'preact/compat';
export { default } from 'preact/compat';

/** Props of React's `<Profiler>`, which this one accepts and ignores. */
export interface ProfilerProps {
  readonly id: string;
  readonly onRender: unknown;
  readonly children?: ComponentChildren;
}

/**
 * What `react` means in the dashboard's production build (vite.config.ts): Preact's compatibility
 * layer, plus the one React export it lacks that the app's code imports, `<Profiler>` (@kolo/forms
 * wraps questions in it when asked to count re-renders). Like React's production builds, it never
 * reports: it renders its children.
 */
export function Profiler({ children }: ProfilerProps): ComponentChildren {
  return children;
}

/** How long to wait for a frame before running anyway: hidden tabs draw none. */
const NO_FRAME_MS = 250;

/** Run `work` in a task after the browser has drawn its next frame. */
function afterNextFrame(work: () => void): void {
  const run = () => {
    clearTimeout(timeout);
    cancelAnimationFrame(frame);
    setTimeout(work);
  };
  const timeout = setTimeout(run, NO_FRAME_MS);
  const frame = requestAnimationFrame(run);
}

/**
 * React renders a transition's updates after the frame in hand, as work that input can interrupt;
 * preact/compat renders them at once. So a form that mounts its first questions and adds the rest in
 * transitions would, whenever a re-render flushes its effects early (Preact runs a component's
 * pending effects before re-rendering it), add them before its first paint. Run them after the next
 * frame, as React would in effect.
 */
export function startTransition(scope: () => void): void {
  afterNextFrame(scope);
}

// Preact runs effects (useEffect) after the next frame, or after 35 ms if none came by then: a commit
// that takes longer, such as a form's first questions on a slow phone, would run its effects and the
// renders they start before it is painted. Wait for the frame, as React does.
options.requestAnimationFrame = afterNextFrame;
