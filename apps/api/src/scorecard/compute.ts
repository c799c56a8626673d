import { z } from '@hono/zod-openapi';
import { resultRows, sites } from '@kolo/db';
import type { SurveyDefinition } from '@kolo/schema';
import { eq, sql } from 'drizzle-orm';
import { openActionsBySite } from '../accountability/store.ts';
import type { Deps } from '../context.ts';
import { SurveyDay } from '../query-dates.ts';
import { type ResultsAudience, type ResultsQuery, surveyResultsOf } from '../results-query.ts';
import { latestSurvey } from '../survey-store.ts';
import { type Arrow, arrowOf, type Band, bandOf } from './bands.ts';
import type { ValidationState } from './embargo.ts';
import { previousPeriod, quarterLabel, quarterOf } from './periods.ts';
import { type IndicatorWithStandard, standardsOf } from './standards.ts';

/** How scorecard rows are grouped. */
export const GROUPINGS = ['site', 'city', 'country'] as const;
export type Grouping = (typeof GROUPINGS)[number];

/** What a scorecard is asked for: a period (the latest quarter with data by default) and a grouping. */
export const ScorecardQuery = z.strictObject({
  from: SurveyDay.optional(),
  to: SurveyDay.optional(),
  groupBy: z.enum(GROUPINGS, { message: 'groupBy is site, city or country' }).optional(),
});
export type ScorecardQuery = z.infer<typeof ScorecardQuery>;

/** One indicator of one group: its value against the standard. */
export interface ScorecardCell {
  readonly indicatorId: string;
  /** The published value (0..100, or a count), null when withheld or when there is no data. */
  readonly value: number | null;
  readonly n: number | null;
  /** Too few respondents: the value is withheld and the cell has no colour. */
  readonly suppressed: boolean;
  /** The colour band; `withheld` for a suppressed cell, `none` without a standard or a value. */
  readonly band: Band | 'withheld';
  readonly previous: number | null;
  readonly arrow: Arrow;
}

/** One row: a site, a city or a country. */
export interface ScorecardRow {
  /** Site id, `country/city` or the country code. */
  readonly key: string;
  readonly label: string;
  readonly country: string;
  readonly city: string | null;
  readonly siteIds: string[];
  readonly n: number | null;
  readonly suppressed: boolean;
  /** Open actions on the findings about this row's sites; null where the audience does not see them. */
  readonly openActions: number | null;
  /** Of those, the ones past their due date. */
  readonly overdueActions: number | null;
  readonly cells: ScorecardCell[];
  /** Red cells, then amber: the league table's order (worst first). */
  readonly red: number;
  readonly amber: number;
}

/** A scorecard: groups x indicators for a period against the standards. */
export interface Scorecard {
  readonly survey: { id: string; version: number; title: Record<string, string> };
  readonly period: { from: string; to: string; label: string | null };
  readonly previous: { from: string; to: string };
  readonly groupBy: Grouping;
  readonly k: number;
  readonly rounding: number | null;
  readonly indicators: IndicatorWithStandard[];
  readonly rows: ScorecardRow[];
  /** Quarters with data, newest first, for the period picker (`2026-Q1`, with first and last day). */
  readonly quarters: Array<{ label: string; from: string; to: string }>;
  readonly validation: ValidationState;
}

async function dataQuarters(deps: Deps, orgId: string, surveyId: string) {
  const result = await deps.db.execute(
    sql`select distinct to_char(date_trunc('quarter', month), 'YYYY-MM-DD') as q from answer_rollups_monthly where org_id = ${orgId} and survey_id = ${surveyId} order by 1 desc`,
  );
  return resultRows<{ q: string }>(result).map((r) => ({
    label: quarterLabel(String(r.q)),
    ...quarterOf(String(r.q)),
  }));
}

interface Group {
  key: string;
  label: string;
  country: string;
  city: string | null;
  siteIds: string[];
}

/** Which sites and answers a scorecard covers: a country, some sites, a service type, answers (a share link's filters, a report's scope). */
export type ScorecardScope = Pick<ResultsQuery, 'country' | 'siteId' | 'serviceType' | 'filter'>;

async function groupsOf(
  deps: Deps,
  orgId: string,
  groupBy: Grouping,
  within: ScorecardScope,
): Promise<Group[]> {
  const rows = await deps.db
    .select({
      id: sites.id,
      name: sites.name,
      country: sites.country,
      city: sites.city,
      serviceTypes: sites.serviceTypes,
    })
    .from(sites)
    .where(eq(sites.orgId, orgId))
    .orderBy(sites.country, sites.city, sites.name);
  const groups = new Map<string, Group>();
  for (const site of rows) {
    if (within.country?.length && !within.country.includes(site.country)) continue;
    if (within.siteId?.length && !within.siteId.includes(site.id)) continue;
    if (within.serviceType && !site.serviceTypes.includes(within.serviceType)) continue;
    const key =
      groupBy === 'site' ? site.id : groupBy === 'city' ? `${site.country}/${site.city}` : site.country;
    const group = groups.get(key) ?? {
      key,
      label: groupBy === 'site' ? site.name : groupBy === 'city' ? site.city : site.country,
      country: site.country,
      city: groupBy === 'country' ? null : site.city,
      siteIds: [],
    };
    group.siteIds.push(site.id);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/**
 * The scorecard of an organization's survey: for each site, city or country, every indicator's
 * value for the period, its colour band against the standard, n, the arrow against the previous
 * period of the same length and the open actions. Every value is the one the results API gives for
 * the same survey, period and sites (`surveyResultsOf`, so suppression, rounding for the `rounded`
 * audience and the validation embargo apply as everywhere); a withheld cell has no colour.
 * `within` narrows it to a country, some sites, a service type or answers (a report's scope).
 * @example const card = await computeScorecard(deps, orgId, { surveyId: 'service-satisfaction', groupBy: 'site' }, 'exact');
 */
export async function computeScorecard(
  deps: Deps,
  orgId: string,
  query: ScorecardQuery & { surveyId: string; within?: ScorecardScope | undefined },
  audience: ResultsAudience,
): Promise<Scorecard> {
  const survey: SurveyDefinition = await latestSurvey(deps.db, orgId, query.surveyId);
  await deps.rollups.settle();
  const quarters = await dataQuarters(deps, orgId, survey.id);
  const fallback = quarters[0] ?? quarterOf(new Date().toISOString().slice(0, 10));
  const from = query.from ?? (query.to ? quarterOf(query.to).from : fallback.from);
  const to = query.to ?? (query.from ? quarterOf(query.from).to : fallback.to);
  const previous = previousPeriod(from, to);
  const groupBy = query.groupBy ?? 'site';
  const indicators = await standardsOf(deps.db, orgId, survey);
  // actions are the organization's internal follow-up: staff see their counts, funders and links do not
  const actions = audience === 'exact' ? await openActionsBySite(deps.db, orgId) : null;
  const withheld = new Set<string>();
  const preliminary = new Set<string>();
  let embargo = false;
  let k = deps.config.minCell;
  let rounding: number | null = null;
  const rows: ScorecardRow[] = [];
  const within = query.within ?? {};
  const answers = { serviceType: within.serviceType, filter: within.filter };
  for (const group of await groupsOf(deps, orgId, groupBy, within)) {
    const scope = { ...answers, siteId: group.siteIds };
    const now = await surveyResultsOf(deps, orgId, survey, { ...scope, from, to }, audience);
    const before = await surveyResultsOf(deps, orgId, survey, { ...scope, ...previous }, audience);
    ({ k, rounding } = now.results);
    embargo = now.results.validation.embargo;
    for (const m of now.results.validation.withheldMonths) withheld.add(m);
    for (const m of now.results.validation.preliminaryMonths) preliminary.add(m);
    const earlier = new Map(before.results.indicators.map((i) => [i.id, i.suppressed ? null : i.value]));
    const cells = indicators.map((indicator): ScorecardCell => {
      const result = now.results.indicators.find((i) => i.id === indicator.id);
      const value = result && !result.suppressed ? result.value : null;
      const prior = earlier.get(indicator.id) ?? null;
      return {
        indicatorId: indicator.id,
        value,
        n: result?.n ?? null,
        suppressed: result?.suppressed ?? false,
        band: result?.suppressed ? 'withheld' : value === null ? 'none' : bandOf(value, indicator.standard),
        previous: prior,
        arrow: arrowOf(value, prior),
      };
    });
    rows.push({
      ...group,
      n: now.results.respondents.n,
      suppressed: now.results.respondents.suppressed,
      openActions: actions ? group.siteIds.reduce((sum, id) => sum + (actions.get(id)?.open ?? 0), 0) : null,
      overdueActions: actions
        ? group.siteIds.reduce((sum, id) => sum + (actions.get(id)?.overdue ?? 0), 0)
        : null,
      cells,
      red: cells.filter((c) => c.band === 'red').length,
      amber: cells.filter((c) => c.band === 'amber').length,
    });
  }
  const isQuarter = quarterOf(from).from === from && quarterOf(from).to === to;
  return {
    survey: { id: survey.id, version: survey.version, title: survey.title },
    period: { from, to, label: isQuarter ? quarterLabel(from) : null },
    previous,
    groupBy,
    k,
    rounding,
    indicators,
    rows,
    quarters,
    validation: { embargo, withheldMonths: [...withheld].sort(), preliminaryMonths: [...preliminary].sort() },
  };
}
