import { serviceSatisfaction } from '@kolo/surveys';
import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';

const written = vi.hoisted(() => ({ keys: [] as string[] }));

// the device's storage answers slowly (a phone sealing 270 KB of definitions into IndexedDB):
// here it never answers at all
vi.mock('../offline/cache.ts', () => ({
  writeCached: (key: string) => {
    written.keys.push(key);
    return new Promise<void>(() => undefined);
  },
  readCached: () => Promise.resolve(undefined),
}));

const { prefetchCollectData } = await import('./collect-data.ts');

const SITE = { id: 's1', name: 'Drop-in centre', city: 'Kyiv', active: true };

function answer(body: unknown): Response {
  return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
}

describe('Collect’s data', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('should show the sites and surveys as soon as they arrive, while the copy for offline use is still being written', async () => {
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
      const url = String(input instanceof Request ? input.url : input);
      if (url.includes('/api/sites')) return answer({ sites: [SITE, { ...SITE, id: 's2', active: false }] });
      if (url.includes('/api/published-surveys')) return answer({ surveys: [serviceSatisfaction] });
      return new Response(null, { status: 404 });
    });
    const client = new QueryClient();
    await prefetchCollectData(client);
    const data = client.getQueryData<{ sites: unknown[]; surveys: { id: string }[]; fromDevice: boolean }>([
      'collect-data',
    ]);
    expect(data?.sites).toEqual([SITE]);
    expect(data?.surveys.map((s) => s.id)).toEqual(['service-satisfaction']);
    expect(data?.fromDevice).toBe(false);
    // the copy for offline use was still asked for
    expect(written.keys).toEqual(['collect']);
  });
});
