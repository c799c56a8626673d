import type { SurveyResults } from '@kolo/charts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client.ts';

/** Results as the API sends them, with the survey they belong to. */
export type ResultsResponse = SurveyResults & {
  survey: { id: string; version: number; title: Record<string, string> };
  /** Counts are multiples of this base (funders, share links), so show them as approximate; null: exact. */
  rounding?: number | null;
};

/** Aggregate results of a survey for a query string; `base` is `/api/surveys/:id` or `/api/public/:token`. */
export function useResults(base: string, query: string, enabled = true) {
  return useQuery({
    queryKey: ['results', base, query],
    queryFn: () => api<ResultsResponse>(`${base}/results${query ? `?${query}` : ''}`),
    enabled,
    staleTime: 60_000,
  });
}
