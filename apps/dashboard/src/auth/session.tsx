import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useCallback, useContext, useMemo } from 'react';
import { ApiRequestError, api, isNetworkError } from '../api/client.ts';
import type { Me, Role } from '../api/types.ts';
import { prefetchCollectData } from '../collect/collect-data.ts';
import { readCached, writeCached } from '../offline/cache.ts';

interface SessionValue {
  me: Me | null;
  loading: boolean;
  /** True when `me` comes from this device's cache because the network is down. */
  offline: boolean;
  login(email: string, password: string): Promise<Me>;
  logout(): Promise<void>;
  refresh(): Promise<void>;
}

const SessionContext = createContext<SessionValue | null>(null);

async function fetchMe(): Promise<{ me: Me | null; offline: boolean }> {
  try {
    const me = await api<Me>('/api/auth/me');
    await writeCached('me', me);
    return { me, offline: false };
  } catch (error) {
    if (error instanceof ApiRequestError && error.status === 401) {
      await writeCached('me', null);
      return { me: null, offline: false };
    }
    if (isNetworkError(error)) return { me: (await readCached<Me>('me')) ?? null, offline: true };
    throw error;
  }
}

/** The signed-in user, kept on the device so the collect side opens offline. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const client = useQueryClient();
  const query = useQuery({ queryKey: ['me'], queryFn: fetchMe, staleTime: 60_000, retry: false });
  const login = useCallback(
    async (email: string, password: string) => {
      const me = await api<Me>('/api/auth/login', { method: 'POST', json: { email, password } });
      await writeCached('me', me);
      client.setQueryData(['me'], { me, offline: false });
      // the Collect screen's data loads while the monitor types the device PIN, not after
      if (homeFor(me.role) === '/collect') void prefetchCollectData(client);
      return me;
    },
    [client],
  );
  const logout = useCallback(async () => {
    await api('/api/auth/logout', { method: 'POST' }).catch(() => undefined);
    await writeCached('me', null);
    client.clear();
    client.setQueryData(['me'], { me: null, offline: false });
  }, [client]);
  const refresh = useCallback(async () => {
    await client.invalidateQueries({ queryKey: ['me'] });
  }, [client]);
  const value = useMemo<SessionValue>(
    () => ({
      me: query.data?.me ?? null,
      offline: query.data?.offline ?? false,
      loading: query.isLoading,
      login,
      logout,
      refresh,
    }),
    [query.data, query.isLoading, login, logout, refresh],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** Where each role starts. */
export function homeFor(role: Role): string {
  if (role === 'monitor') return '/collect';
  if (role === 'funder') return '/insights';
  return '/insights';
}
