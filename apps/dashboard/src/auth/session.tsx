import { type QueryClient, useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { ApiRequestError, isNetworkError } from '../api/client.ts';
import { answer, kolo } from '../api/kolo.ts';
import type { Me, Role } from '../api/types.ts';
import { prefetchCollectData } from '../collect/collect-data.ts';
import { warmCollectScreens } from '../collect/collect-screens.ts';
import { clearCachedData, readCached, writeCached } from '../offline/cache.ts';
import {
  finishPendingSignOut,
  forgetDeviceKey,
  markSignOutPending,
  signOutPending,
} from '../offline/vault.ts';
import { takeEarlySession } from './early-session.ts';

interface SessionValue {
  me: Me | null;
  loading: boolean;
  /** True when `me` comes from this device's cache because the network is down. */
  offline: boolean;
  /** True from a sign-out in this tab until the next sign-in: the sign-in page says so. */
  signedOut: boolean;
  login(email: string, password: string): Promise<Me>;
  /** End the session on the server (or at the next contact when offline) and forget the user here. */
  logout(): Promise<void>;
  refresh(): Promise<void>;
}

type MeData = { me: Me | null; offline: boolean };

const SessionContext = createContext<SessionValue | null>(null);
const ME_KEY = ['me'] as const;
async function fetchMe(): Promise<MeData> {
  // a sign-out made offline: the cookie may still be good, but the user asked to leave
  if (signOutPending()) {
    await finishPendingSignOut();
    return { me: null, offline: false };
  }
  try {
    // the answer to the question index.html asked while the code downloaded, else a new question
    const early = takeEarlySession() as ReturnType<typeof kolo.api.auth.me.$get> | undefined;
    // 204 (no body): nobody is signed in here, which is an answer, not an error
    const me = (await answer(early ?? kolo.api.auth.me.$get())) ?? null;
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

/** Forget the user in memory: stop requests, drop every cached answer but `me`, which becomes null. */
async function forgetUser(client: QueryClient): Promise<void> {
  await client.cancelQueries();
  // `me` is set, not removed: the session's observer keeps following the same query, so every
  // screen sees the sign-out at once (removing it left the old user on screen and bounced back)
  client.setQueryData<MeData>(ME_KEY, { me: null, offline: false });
  client.removeQueries({ predicate: (query) => query.queryKey[0] !== ME_KEY[0] });
}

/** A page anyone may open without an account (a share link's dashboard). */
export function isPublicPage(
  pathname = typeof window === 'undefined' ? '' : window.location.pathname,
): boolean {
  return pathname.startsWith('/share/');
}

/** The signed-in user, kept on the device so the collect side opens offline. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const client = useQueryClient();
  const [signedOut, setSignedOut] = useState(false);
  // a public share page needs no session: it does not ask who is signed in
  const query = useQuery({
    queryKey: ME_KEY,
    queryFn: fetchMe,
    staleTime: 60_000,
    retry: false,
    enabled: !isPublicPage(),
  });
  const login = useCallback(
    async (email: string, password: string) => {
      // a sign-out made offline ends first, so it cannot later end this new session instead
      await finishPendingSignOut();
      const me = await answer(kolo.api.auth.login.$post({ json: { email, password } }));
      await writeCached('me', me);
      client.setQueryData<MeData>(ME_KEY, { me, offline: false });
      setSignedOut(false);
      // the Collect screen's data loads while the monitor types the device PIN, not after
      if (homeFor(me.role) === '/collect') {
        void prefetchCollectData(client);
        void warmCollectScreens().catch(() => undefined);
      }
      return me;
    },
    [client],
  );
  const logout = useCallback(async () => {
    // the flag first: whatever happens next, this device treats the user as signed out until the
    // server session is ended (now, or at the next contact when offline)
    markSignOutPending();
    // before `me` turns null: whichever screen sends the user to sign-in, that page knows why
    setSignedOut(true);
    forgetDeviceKey();
    await forgetUser(client);
    await clearCachedData();
    await finishPendingSignOut();
  }, [client]);
  const refresh = useCallback(async () => {
    await client.invalidateQueries({ queryKey: ME_KEY });
  }, [client]);

  // a page restored from the back-forward cache shows whatever it showed when left, maybe before a
  // sign-out: load it afresh instead, so Back never brings a signed-out user's screen back
  useEffect(() => {
    const restored = (event: PageTransitionEvent) => {
      if (event.persisted) window.location.reload();
    };
    window.addEventListener('pageshow', restored);
    return () => window.removeEventListener('pageshow', restored);
  }, []);

  // any answer saying the session is over (expired, ended in another tab) signs out here too
  useEffect(
    () =>
      client.getQueryCache().subscribe((event) => {
        if (event.type !== 'updated' || event.action.type !== 'error') return;
        const { error } = event.action;
        if (event.query.queryKey[0] === ME_KEY[0]) return;
        if (error instanceof ApiRequestError && error.status === 401) {
          void writeCached('me', null);
          void forgetUser(client);
        }
      }),
    [client],
  );

  const value = useMemo<SessionValue>(
    () => ({
      me: query.data?.me ?? null,
      offline: query.data?.offline ?? false,
      signedOut,
      loading: query.isLoading,
      login,
      logout,
      refresh,
    }),
    [query.data, query.isLoading, signedOut, login, logout, refresh],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** The session of {@link SessionProvider}. */
export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/**
 * Resolves once the first screen of whoever is signed in here has its data: for a monitor, Collect's
 * sites and surveys (arrived or failed); for anyone else, the session itself; on a public page, at
 * once. While nobody is signed in, it waits for the sign-in. The service worker registers after it,
 * so its precache does not share a slow line with what the person is waiting for.
 */
export function firstScreenSettled(
  client: QueryClient,
  pathname = typeof window === 'undefined' ? '' : window.location.pathname,
): Promise<void> {
  if (isPublicPage(pathname)) return Promise.resolve();
  const settled = () => {
    const me = client.getQueryData<MeData>(ME_KEY)?.me;
    if (!me) return false;
    if (homeFor(me.role) !== '/collect') return true;
    const status = client.getQueryState(['collect-data'])?.status;
    return status === 'success' || status === 'error';
  };
  return new Promise((resolve) => {
    if (settled()) return resolve();
    const unsubscribe = client.getQueryCache().subscribe(() => {
      if (!settled()) return;
      unsubscribe();
      resolve();
    });
  });
}

/** Where each role starts. */
export function homeFor(role: Role): string {
  if (role === 'monitor') return '/collect';
  if (role === 'funder') return '/insights';
  return '/insights';
}
