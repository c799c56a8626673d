import type { SurveyDefinition } from '@kolo/schema';
import { type QueryClient, queryOptions, useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { isNetworkError } from '../api/client.ts';
import { answer, kolo } from '../api/kolo.ts';
import type { Site } from '../api/types.ts';
import { readCached, writeCached } from '../offline/cache.ts';
import { unlockedEmail } from '../offline/vault.ts';
import { readPublishedSurveys } from './published-surveys.ts';

export interface CollectData {
  sites: Site[];
  surveys: SurveyDefinition[];
  /** True when read from the device because the network is down. */
  fromDevice: boolean;
}

async function fetchCollectData(): Promise<CollectData> {
  try {
    // one round trip: the definitions come ETag'd, so the browser's HTTP cache revalidates them
    // with If-None-Match and a sign-in costs a bodiless 304 until a new version is published
    const [{ sites }, { surveys }] = await Promise.all([
      answer(kolo.api.sites.$get()),
      answer(kolo.api['published-surveys'].$get()).then(readPublishedSurveys),
    ]);
    // kept on the device by useCollectData once it is unlocked, never here: the sign-in fetch
    // comes before the device PIN, and a copy written then would be in clear
    return { sites: sites.filter((s) => s.active), surveys, fromDevice: false };
  } catch (error) {
    const cached = await readCached<Omit<CollectData, 'fromDevice'>>('collect');
    if (cached && isNetworkError(error)) return { ...cached, fromDevice: true };
    throw error;
  }
}

const collectDataQuery = queryOptions({
  queryKey: ['collect-data'],
  queryFn: fetchCollectData,
  staleTime: 5 * 60_000,
  retry: false,
  networkMode: 'always',
});

/** Start loading what Collect shows right at sign-in, so it arrives while the monitor types the device PIN. */
export function prefetchCollectData(client: QueryClient): Promise<void> {
  return client.prefetchQuery(collectDataQuery);
}

/** Answers from the network already kept on this device (each is kept once). */
const kept = new WeakSet<CollectData>();

/**
 * The monitor's sites and published surveys, from the API or, offline, from the device. Everything
 * a monitor needs to work offline is kept after one online visit: sealed with the device key, so
 * only once the device is unlocked (Collect's screens show only then), and behind the screen, so
 * the monitor does not wait for the phone's storage.
 */
export function useCollectData() {
  const query = useQuery(collectDataQuery);
  const { data } = query;
  useEffect(() => {
    if (!data || data.fromDevice || kept.has(data) || !unlockedEmail()) return;
    kept.add(data);
    void writeCached('collect', { sites: data.sites, surveys: data.surveys });
  }, [data]);
  return query;
}
