import type { SurveyDefinition } from '@kolo/schema';
import { type QueryClient, queryOptions, useQuery } from '@tanstack/react-query';
import { isNetworkError } from '../api/client.ts';
import { answer, kolo } from '../api/kolo.ts';
import type { Site } from '../api/types.ts';
import { readCached, writeCached } from '../offline/cache.ts';
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
    const data = { sites: sites.filter((s) => s.active), surveys };
    // everything a monitor needs to work offline after one online visit, written (and sealed with
    // the device key) behind the screen: the monitor does not wait for the phone's storage
    void writeCached('collect', data);
    return { ...data, fromDevice: false };
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

/** The monitor's sites and published surveys, from the API or, offline, from the device. */
export function useCollectData() {
  return useQuery(collectDataQuery);
}
