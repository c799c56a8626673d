/** Dashboard filters, kept in the URL so a view can be shared. */
export interface InsightsFilters {
  period: 'all' | 'quarter' | '12m' | 'custom';
  from?: string;
  to?: string;
  country?: string;
  siteId?: string;
  serviceType?: string;
  /** `question:value` */
  answer?: string;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** The last full calendar quarter before `today`. */
export function lastQuarter(today = new Date()): { from: string; to: string } {
  const q = Math.floor(today.getUTCMonth() / 3);
  const startThis = new Date(Date.UTC(today.getUTCFullYear(), q * 3, 1));
  const start = new Date(Date.UTC(startThis.getUTCFullYear(), startThis.getUTCMonth() - 3, 1));
  const end = new Date(startThis.getTime() - 86_400_000);
  return { from: iso(start), to: iso(end) };
}

export function last12Months(today = new Date()): { from: string; to: string } {
  const start = new Date(Date.UTC(today.getUTCFullYear() - 1, today.getUTCMonth(), today.getUTCDate() + 1));
  return { from: iso(start), to: iso(today) };
}

/** The dates a filter's period covers; undefined bounds mean open. */
export function periodRange(filters: InsightsFilters, today = new Date()): { from?: string; to?: string } {
  if (filters.period === 'quarter') return lastQuarter(today);
  if (filters.period === '12m') return last12Months(today);
  if (filters.period === 'custom')
    return { ...(filters.from ? { from: filters.from } : {}), ...(filters.to ? { to: filters.to } : {}) };
  return {};
}

/**
 * The period just before, for "change against the previous period": whole months shift by whole
 * months (a quarter gives the quarter before), other ranges by their length in days.
 */
export function previousRange(range: {
  from?: string;
  to?: string;
}): { from: string; to: string } | undefined {
  if (!range.from || !range.to) return undefined;
  const from = new Date(`${range.from}T00:00:00Z`);
  const to = new Date(`${range.to}T00:00:00Z`);
  const nextDay = new Date(to.getTime() + 86_400_000);
  if (from.getUTCDate() === 1 && nextDay.getUTCDate() === 1) {
    const months =
      (nextDay.getUTCFullYear() - from.getUTCFullYear()) * 12 + nextDay.getUTCMonth() - from.getUTCMonth();
    const start = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() - months, 1));
    return { from: iso(start), to: iso(new Date(from.getTime() - 86_400_000)) };
  }
  const days = Math.round((to.getTime() - from.getTime()) / 86_400_000) + 1;
  return {
    from: iso(new Date(from.getTime() - days * 86_400_000)),
    to: iso(new Date(from.getTime() - 86_400_000)),
  };
}

export function filtersFromParams(params: URLSearchParams): InsightsFilters {
  const period = params.get('period');
  const filters: InsightsFilters = {
    period: period === 'quarter' || period === '12m' || period === 'custom' ? period : 'all',
  };
  for (const key of ['from', 'to', 'country', 'siteId', 'serviceType', 'answer'] as const) {
    const value = params.get(key);
    if (value) filters[key] = value;
  }
  return filters;
}

export function filtersToParams(filters: InsightsFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.period !== 'all') params.set('period', filters.period);
  for (const key of ['from', 'to', 'country', 'siteId', 'serviceType', 'answer'] as const) {
    const value = filters[key];
    if (value && (key !== 'from' && key !== 'to' ? true : filters.period === 'custom'))
      params.set(key, value);
  }
  return params;
}

/** Query string for the results endpoint. */
export function resultsQuery(filters: InsightsFilters, range = periodRange(filters)): string {
  const params = new URLSearchParams();
  if (range.from) params.set('from', range.from);
  if (range.to) params.set('to', range.to);
  if (filters.country) params.set('country', filters.country);
  if (filters.siteId) params.set('siteId', filters.siteId);
  if (filters.serviceType) params.set('serviceType', filters.serviceType);
  // a question without its value yet is no filter: the request waits for both
  if (filters.answer && /^[^:]+:.+$/.test(filters.answer)) params.set('filter', filters.answer);
  return params.toString();
}

/** Apply a change of some filters; an empty value removes that filter. */
export function applyPatch(current: InsightsFilters, patch: Partial<InsightsFilters>): InsightsFilters {
  const next: InsightsFilters = { ...current, ...patch };
  for (const [key, value] of Object.entries(patch)) {
    if (value === '' || value === undefined) delete next[key as keyof InsightsFilters];
  }
  return next;
}

/** The filters a share link keeps, as `POST /api/share-links` takes them: a fixed period, lists for lists. */
export interface ShareFilters {
  from?: string;
  to?: string;
  country?: string[];
  siteId?: string[];
  serviceType?: string;
  filter?: string[];
}

/**
 * The Insights filters as a share link keeps them: a relative period ("last quarter") becomes its
 * dates on the day the link is made, so the link keeps showing what its maker saw.
 */
export function shareFilters(filters: InsightsFilters, today = new Date()): ShareFilters {
  const range = periodRange(filters, today);
  const out: ShareFilters = {};
  if (range.from) out.from = range.from;
  if (range.to) out.to = range.to;
  if (filters.country) out.country = [filters.country];
  if (filters.siteId) out.siteId = [filters.siteId];
  if (filters.serviceType) out.serviceType = filters.serviceType;
  if (filters.answer && /^[^:]+:.+$/.test(filters.answer)) out.filter = [filters.answer];
  return out;
}
