import { useQuery } from '@tanstack/react-query';
import { getAnswer, type kolo } from '../api/kolo.ts';

/** The results route; a share link's (`/api/public/{token}/results`) answers the same contract. */
type ResultsCall = (typeof kolo.api.surveys)[':id']['results']['$get'];

/** Results as the API sends them, with the survey they belong to and, grouped, one entry per group. */
export type ResultsResponse = Awaited<ReturnType<typeof getAnswer<ResultsCall>>>;

/** Aggregate results of a survey for a query string; `base` is `/api/surveys/:id` or `/api/public/:token`. */
export function useResults(base: string, query: string, enabled = true) {
  return useQuery({
    queryKey: ['results', base, query],
    queryFn: () => getAnswer<ResultsCall>(`${base}/results${query ? `?${query}` : ''}`),
    enabled,
    staleTime: 60_000,
  });
}
