import { organizations, sites, submissions } from '@kolo/db';
import { resolveText, type SurveyDefinition } from '@kolo/schema';
import { and, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import type { Deps } from '../context.ts';
import { ApiError, notFound } from '../errors.ts';
import { type ResultsQuery, surveyResults } from '../results-query.ts';
import { latestSurvey } from '../survey-store.ts';
import { checkQuestions, defaultQuestions, reportCharts } from './charts.ts';
import { ReportFormat } from './format.ts';
import type { DataVersion, ReportModel, ReportTrendPoint } from './model.ts';
import {
  daysBetween,
  monthsBetween,
  PERIOD_MAX_DAYS_TEXT,
  quarterPeriod,
  quartersBefore,
  rangePeriod,
} from './period.ts';
import { PERIOD_MAX_DAYS, type ReportRequest } from './request.ts';
import { reportFindings, reportScorecard } from './sections.ts';
import { fill, REPORT_TEXTS } from './texts/index.ts';

/** Quarters before the report's period that its trend shows. */
export const TREND_QUARTERS_BEFORE = 3;

interface ScopeFilter {
  readonly query: Pick<ResultsQuery, 'country' | 'siteId'>;
  readonly siteIds: readonly string[] | null;
  readonly label: string;
}

function countryName(code: string, language: string): string {
  try {
    return new Intl.DisplayNames([language, 'en'], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The results filter and the printed name of a report's scope; 422 for a place the network does not have. */
async function scopeFilter(deps: Deps, orgId: string, request: ReportRequest): Promise<ScopeFilter> {
  const texts = REPORT_TEXTS[request.language];
  const scope = request.scope;
  if (scope.level === 'network') return { query: {}, siteIds: null, label: texts.scopeNetwork };
  if (scope.level === 'country')
    return {
      query: { country: [scope.country] },
      siteIds: null,
      label: fill(texts.scopeCountry, { country: countryName(scope.country, request.language) }),
    };
  if (scope.level === 'site') {
    const [site] = await deps.db
      .select({ id: sites.id, name: sites.name, city: sites.city })
      .from(sites)
      .where(and(eq(sites.orgId, orgId), eq(sites.id, scope.siteId)));
    if (!site) throw new ApiError(422, 'invalid', 'scope.siteId: no site of your organization has this id');
    return {
      query: { siteId: [site.id] },
      siteIds: [site.id],
      label: fill(texts.scopeSite, { site: `${site.name}, ${site.city}` }),
    };
  }
  const rows = await deps.db
    .select({ id: sites.id })
    .from(sites)
    .where(and(eq(sites.orgId, orgId), eq(sites.country, scope.country), eq(sites.city, scope.city)));
  // an empty site list would mean "every site": a city without sites is refused instead
  if (rows.length === 0)
    throw new ApiError(
      422,
      'invalid',
      `scope.city: your organization has no site in ${scope.city} (${scope.country}); check the spelling on the Sites page`,
    );
  const siteIds = rows.map((r) => r.id);
  return {
    query: { siteId: siteIds },
    siteIds,
    label: fill(texts.scopeRegion, {
      city: scope.city,
      country: countryName(scope.country, request.language),
    }),
  };
}

/** Submissions counted, the latest received and survey versions, and the sites that answered. */
async function dataVersion(
  deps: Deps,
  orgId: string,
  surveyId: string,
  from: string,
  to: string,
  scope: ScopeFilter,
): Promise<{ version: DataVersion; sites: number }> {
  const next = new Date(Date.parse(`${to}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const where = [
    eq(submissions.orgId, orgId),
    eq(submissions.surveyId, surveyId),
    gte(submissions.collectedAt, new Date(`${from}T00:00:00Z`)),
    lt(submissions.collectedAt, new Date(`${next}T00:00:00Z`)),
  ];
  if (scope.siteIds) where.push(inArray(submissions.siteId, [...scope.siteIds]));
  if (scope.query.country)
    where.push(
      inArray(
        submissions.siteId,
        deps.db
          .select({ id: sites.id })
          .from(sites)
          .where(and(eq(sites.orgId, orgId), inArray(sites.country, scope.query.country))),
      ),
    );
  const [row] = await deps.db
    .select({
      count: sql<number>`count(*)::int`,
      latest: sql<string | null>`max(${submissions.receivedAt})`,
      sites: sql<number>`count(distinct ${submissions.siteId})::int`,
      versions: sql<number[] | null>`array_agg(distinct ${submissions.version})`,
    })
    .from(submissions)
    .where(and(...where));
  const latest = row?.latest ? new Date(row.latest).toISOString() : null;
  return {
    version: {
      submissions: Number(row?.count ?? 0),
      latestReceivedAt: latest,
      surveyVersions: (row?.versions ?? [])
        .filter((v) => v !== null)
        .map(Number)
        .sort((a, b) => a - b),
    },
    sites: Number(row?.sites ?? 0),
  };
}

function trendPoints(
  timeline: ReadonlyArray<{
    period: string;
    n: number | null;
    suppressed: boolean;
    indicators: Record<string, number | null>;
  }>,
  periods: readonly string[],
  from: string,
  to: string,
  survey: SurveyDefinition,
): ReportTrendPoint[] {
  const byPeriod = new Map(timeline.map((p) => [p.period, p]));
  return periods.map((period) => {
    const point = byPeriod.get(period);
    const values: Record<string, number | null> = {};
    for (const indicator of survey.indicators ?? [])
      values[indicator.id] = point?.indicators[indicator.id] ?? null;
    return {
      period,
      inReport: period >= `${from.slice(0, 7)}-01` && period <= to,
      n: point ? point.n : 0,
      suppressed: point?.suppressed ?? false,
      values,
    };
  });
}

/**
 * Assemble a report's model from the same aggregates the dashboard reads, for staff (exact counts,
 * cells under k withheld): the period's results, a monthly and quarterly trend over the quarters
 * before it, the chosen questions' charts, the scorecard, the findings and the narrative.
 * @example const model = await buildReportModel(deps, user.orgId, request);
 */
export async function buildReportModel(
  deps: Deps,
  orgId: string,
  request: ReportRequest,
  now: Date = new Date(),
): Promise<ReportModel> {
  const texts = REPORT_TEXTS[request.language];
  const period =
    'quarter' in request.period
      ? quarterPeriod(request.period.quarter)
      : rangePeriod(request.period.from, request.period.to);
  if (period.from > period.to) throw new ApiError(422, 'invalid', 'period.from must not be after period.to');
  if (daysBetween(period.from, period.to) > PERIOD_MAX_DAYS)
    throw new ApiError(
      422,
      'invalid',
      `period: a report covers at most ${PERIOD_MAX_DAYS_TEXT}; choose a shorter period`,
    );
  const survey = await latestSurvey(deps.db, orgId, request.surveyId);
  const questions = request.questions ?? defaultQuestions(survey);
  checkQuestions(survey, questions);
  const [org] = await deps.db
    .select({ name: organizations.name })
    .from(organizations)
    .where(eq(organizations.id, orgId));
  if (!org) throw notFound('organization');
  const scope = await scopeFilter(deps, orgId, request);

  const current = await surveyResults(
    deps,
    orgId,
    survey.id,
    { ...scope.query, from: period.from, to: period.to },
    'exact',
  );
  const trendFrom = quartersBefore(period.from, TREND_QUARTERS_BEFORE);
  const trendQuery = { ...scope.query, from: trendFrom, to: period.to };
  const monthly = await surveyResults(deps, orgId, survey.id, { ...trendQuery, bucket: 'month' }, 'exact');
  const quarterly = await surveyResults(
    deps,
    orgId,
    survey.id,
    { ...trendQuery, bucket: 'quarter' },
    'exact',
  );
  const months = monthsBetween(trendFrom, period.to);
  const quarterStarts = months.filter((m) => ['01', '04', '07', '10'].includes(m.slice(5, 7)));
  const version = await dataVersion(deps, orgId, survey.id, period.from, period.to, scope);
  const language = request.language;
  const { results } = current;

  return {
    format: 1,
    language,
    title: request.title ?? `${texts.documentTitle}: ${resolveText(survey.title, language)}`,
    organization: org.name,
    survey: { id: survey.id, title: resolveText(survey.title, language), version: survey.version },
    scope: request.scope,
    scopeLabel: scope.label,
    period,
    generatedAt: now.toISOString(),
    dataVersion: version.version,
    method: {
      n: results.respondents.n,
      suppressed: results.respondents.suppressed,
      sites: version.sites,
      k: results.k,
      rounding: results.rounding,
    },
    indicators: (survey.indicators ?? []).map((indicator) => {
      const figure = results.indicators.find((i) => i.id === indicator.id);
      return {
        id: indicator.id,
        label: resolveText(indicator.label, language),
        kind: indicator.kind,
        better: indicator.better ?? 'higher',
        value: figure?.value ?? null,
        n: figure?.n ?? 0,
        suppressed: figure?.suppressed ?? false,
      };
    }),
    trend: {
      from: trendFrom,
      to: period.to,
      months: trendPoints(monthly.results.timeline, months, period.from, period.to, survey),
      quarters: trendPoints(quarterly.results.timeline, quarterStarts, period.from, period.to, survey),
    },
    charts: reportCharts(survey, results, questions, language, texts),
    scorecard: await reportScorecard(
      deps,
      orgId,
      request,
      period,
      scope.query,
      new ReportFormat(language, results.k),
    ),
    findings: await reportFindings(
      deps,
      orgId,
      request,
      period,
      new ReportFormat(language, results.k),
      (code) => countryName(code, language),
    ),
    narrative: request.narrative,
  };
}
