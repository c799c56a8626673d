// Asks who is signed in as soon as the page is read, while the app's code is still downloading: on
// a slow network this saves a whole round trip before the first screen. The app takes this answer
// once (src/auth/early-session.ts) instead of asking again. A shared page needs no session, and a
// sign-out the server has not heard of yet must reach it first: neither asks here.
(() => {
  try {
    if (location.pathname.startsWith('/share/') || localStorage.getItem('kolo.signOutPending') === '1')
      return;
    const asked = fetch('/api/auth/me', {
      credentials: 'same-origin',
      headers: { accept: 'application/json' },
    });
    // whoever takes the answer handles a failure (offline: the session comes from the device)
    asked.catch(() => undefined);
    window.koloEarlySession = asked;
  } catch {
    // storage refused (private mode): the app asks itself
  }
})();
