import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { firstScreenSettled, isPublicPage, SessionProvider, useSession } from './session.tsx';

function Who() {
  const { me, loading } = useSession();
  return <p>{loading ? 'loading' : (me?.user.email ?? 'nobody')}</p>;
}

function renderSession() {
  const client = new QueryClient();
  return render(
    <QueryClientProvider client={client}>
      <SessionProvider>
        <Who />
      </SessionProvider>
    </QueryClientProvider>,
  );
}

describe('the session check', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    window.history.pushState({}, '', '/');
  });

  it('should not ask who is signed in on a public share page', async () => {
    window.history.pushState({}, '', '/share/abcdefghijklmnopqrstuvwxyz');
    const fetch = vi.spyOn(globalThis, 'fetch');
    renderSession();
    expect(await screen.findByText('nobody')).toBeInTheDocument();
    expect(fetch.mock.calls.map(([url]) => String(url))).not.toContain('/api/auth/me');
    expect(isPublicPage('/share/x')).toBe(true);
    expect(isPublicPage('/insights')).toBe(false);
  });

  it('should take the answer of the question index.html asked early, and not ask again', async () => {
    window.history.pushState({}, '', '/login');
    const me = { user: { id: 'u1', email: 'monitor@demo.kolo', name: 'Taras' }, role: 'monitor' };
    window.koloEarlySession = Promise.resolve(
      new Response(JSON.stringify(me), { status: 200, headers: { 'content-type': 'application/json' } }),
    );
    const fetch = vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response(null, { status: 204 }));
    renderSession();
    expect(await screen.findByText('monitor@demo.kolo')).toBeInTheDocument();
    expect(fetch.mock.calls.map(([url]) => String(url))).not.toContain('/api/auth/me');
    expect(window.koloEarlySession).toBeUndefined();
  });

  it('should take "204 No Content" as nobody signed in, without an error', async () => {
    window.history.pushState({}, '', '/login');
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response(null, { status: 204 }));
    renderSession();
    await waitFor(() => expect(screen.getByText('nobody')).toBeInTheDocument());
  });

  it('should count a monitor’s first screen as settled only once Collect’s data is in', async () => {
    const client = new QueryClient();
    let settled = false;
    void firstScreenSettled(client, '/login').then(() => {
      settled = true;
    });
    client.setQueryData(['me'], { me: { role: 'monitor' }, offline: false });
    await Promise.resolve();
    expect(settled).toBe(false);
    client.setQueryData(['collect-data'], { sites: [], surveys: [], fromDevice: false });
    await waitFor(() => expect(settled).toBe(true));
  });

  it('should not wait for Collect’s data for a funder, nor for anything on a shared page', async () => {
    const client = new QueryClient();
    client.setQueryData(['me'], { me: { role: 'funder' }, offline: false });
    await firstScreenSettled(client, '/insights');
    await firstScreenSettled(new QueryClient(), '/share/abcdefghijklmnopqrstuvwxyz');
  });
});
