declare global {
  interface Window {
    /** The `/api/auth/me` request public/session-probe.js sent while the app's code downloaded. */
    koloEarlySession?: Promise<Response>;
  }
}

/**
 * The early "who is signed in" request of public/session-probe.js, taken once: the first session
 * check uses it instead of asking again (one round trip less before the first screen), every later
 * check asks afresh. Undefined when there was none or it was already taken.
 */
export function takeEarlySession(): Promise<Response> | undefined {
  if (typeof window === 'undefined') return undefined;
  const early = window.koloEarlySession;
  window.koloEarlySession = undefined;
  return early;
}
