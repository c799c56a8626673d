import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SessionProvider, useSession } from '../auth/session.tsx';
import { useOnline } from './connectivity.ts';

function Banner() {
  const { offline, loading } = useSession();
  const online = useOnline(offline);
  if (loading) return <p>checking</p>;
  return <p>{online ? 'online' : 'offline'}</p>;
}

function renderBanner() {
  return render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <SessionProvider>
        <Banner />
      </SessionProvider>
    </QueryClientProvider>,
  );
}

describe('whether the app says it is offline', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('should say offline when the browser claims a network but the server cannot be reached', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true);
    vi.spyOn(globalThis, 'fetch').mockRejectedValue(new TypeError('Failed to fetch'));
    renderBanner();
    expect(await screen.findByText('offline')).toBeInTheDocument();
  });

  it('should say online when the server answers, and offline as soon as the browser loses the network', async () => {
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true);
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response(null, { status: 204 }));
    renderBanner();
    expect(await screen.findByText('online')).toBeInTheDocument();
    onLine.mockReturnValue(false);
    act(() => {
      window.dispatchEvent(new Event('offline'));
    });
    expect(screen.getByText('offline')).toBeInTheDocument();
  });
});
