import { serviceSatisfaction } from '@kolo/surveys';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const device = vi.hoisted(() => ({
  written: [] as { key: string; value: unknown }[],
  unlocked: null as string | null,
}));

// the device's storage answers slowly (a phone sealing 270 KB of definitions into IndexedDB):
// here it never answers at all
vi.mock('../offline/cache.ts', () => ({
  writeCached: (key: string, value: unknown) => {
    device.written.push({ key, value });
    return new Promise<void>(() => undefined);
  },
  readCached: () => Promise.resolve(undefined),
}));
vi.mock('../offline/vault.ts', () => ({ unlockedEmail: () => device.unlocked }));

const { prefetchCollectData, useCollectData } = await import('./collect-data.ts');

const SITE = { id: 's1', name: 'Drop-in centre', city: 'Kyiv', active: true };

function answer(body: unknown): Response {
  return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
}

describe('Collect’s data', () => {
  beforeEach(() => {
    device.written = [];
    device.unlocked = null;
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
      const url = String(input instanceof Request ? input.url : input);
      if (url.includes('/api/sites')) return answer({ sites: [SITE, { ...SITE, id: 's2', active: false }] });
      if (url.includes('/api/published-surveys')) return answer({ surveys: [serviceSatisfaction] });
      return new Response(null, { status: 404 });
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('should show the sites and surveys as soon as they arrive, while the copy for offline use is still being written', async () => {
    device.unlocked = 'monitor@demo.kolo';
    const client = new QueryClient();
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    );
    const { result } = renderHook(() => useCollectData(), { wrapper });
    await waitFor(() => expect(result.current.data).toBeDefined());
    expect(result.current.data?.sites).toEqual([SITE]);
    expect(result.current.data?.surveys.map((s) => s.id)).toEqual(['service-satisfaction']);
    expect(result.current.data?.fromDevice).toBe(false);
    // the copy for offline use was asked for, once, without the "from the device" flag
    await waitFor(() => expect(device.written.map((w) => w.key)).toEqual(['collect']));
    expect(device.written[0]?.value).toEqual({ sites: [SITE], surveys: [serviceSatisfaction] });
  });

  it('should keep nothing on the device while it is locked: the sign-in fetch comes before the PIN', async () => {
    const client = new QueryClient();
    await prefetchCollectData(client);
    expect(client.getQueryData<{ sites: unknown[] }>(['collect-data'])?.sites).toEqual([SITE]);
    // the sites' names and the definitions are never written in clear
    expect(device.written).toEqual([]);
  });
});
