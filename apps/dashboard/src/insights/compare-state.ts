/** What Compare shows, kept in the URL beside the filters so reload, Back and a shared URL keep it. */
export interface CompareState {
  /** The indicator compared; none: the survey's first. */
  indicator?: string;
  by: 'country' | 'site';
}

/** The URL keys Compare owns; the filters never use them. */
export const COMPARE_KEYS = ['compare', 'compareBy'] as const;

/** Compare's state as the URL has it. */
export function compareFromParams(params: URLSearchParams): CompareState {
  const indicator = params.get('compare');
  return {
    ...(indicator ? { indicator } : {}),
    by: params.get('compareBy') === 'site' ? 'site' : 'country',
  };
}

/** The URL with Compare's state written into it (the rest of the URL kept as it is). */
export function compareToParams(params: URLSearchParams, state: CompareState): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of COMPARE_KEYS) next.delete(key);
  if (state.indicator) next.set('compare', state.indicator);
  if (state.by === 'site') next.set('compareBy', 'site');
  return next;
}

/** The filters' URL with Compare's keys of the current URL carried over. */
export function withCompareOf(filterParams: URLSearchParams, current: URLSearchParams): URLSearchParams {
  return compareToParams(filterParams, compareFromParams(current));
}

/** The one grouped results request behind Compare: the filters' query with a breakdown by site or country. */
export function compareQuery(filtersQuery: string, by: CompareState['by']): string {
  const params = new URLSearchParams(filtersQuery);
  params.set('groupBy', by);
  return params.toString();
}
