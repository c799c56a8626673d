import { z } from '@hono/zod-openapi';
import {
  aggregateSurvey,
  buildResults,
  type RawResults,
  type ResultsFilter,
  type SurveyResults,
  type TimeBucket,
} from '@kolo/db';
import { allowedValues, DISAGGREGATION_KINDS, type SurveyDefinition, surveyItems } from '@kolo/schema';
import type { Deps } from './context.ts';
import { ApiError } from './errors.ts';
import { SurveyDay } from './query-dates.ts';
import { readDatabase } from './replica-reads.ts';
import { mergeRaw, rangesWithout, unvalidatedMonths, type ValidationState } from './scorecard/embargo.ts';
import { latestSurvey } from './survey-store.ts';

const Day = SurveyDay;
const List = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => (Array.isArray(v) ? v : v.split(',')).map((s) => s.trim()).filter(Boolean));

/** Query parameters of a results request. */
export const ResultsQuery = z.strictObject({
  from: Day.optional(),
  to: Day.optional(),
  country: List.pipe(
    z.array(z.string().regex(/^[A-Z]{2}$/, 'country is an ISO code such as UA or KG')),
  ).optional(),
  siteId: List.pipe(z.array(z.uuid('siteId must be a site UUID'))).optional(),
  serviceType: z.string().max(64).optional(),
  bucket: z.enum(['week', 'month', 'quarter']).optional(),
  /** `question:value`, repeatable: only submissions with these single-choice answers. */
  filter: List.pipe(
    z.array(z.string().regex(/^[a-z][a-z0-9_]*:[A-Za-z0-9_.-]+$/, 'filter is question:value')),
  ).optional(),
});
export type ResultsQuery = z.infer<typeof ResultsQuery>;

/**
 * The survey's "which service did you use" question: a single-choice question on the shared list of
 * service types (`services`, the codes sites offer). When a survey asks it, the `serviceType` filter
 * reads the respondent's answer; otherwise it keeps the submissions made at sites offering the service.
 */
export function serviceQuestion(definition: SurveyDefinition): string | undefined {
  return surveyItems(definition).find(
    ({ item }) => item.kind === 'single_choice' && 'choices' in item && item.choices === 'services',
  )?.item.id;
}

/** A results filter as applied, with what the service type filter read. */
export type AppliedFilter = ResultsFilter & {
  /** The question the service type filter reads (the respondent's answer); none: sites offering it. */
  readonly serviceQuestion?: string | undefined;
  /** The service the respondent used, when the survey asks it (then also among `answers`). */
  readonly serviceUsed?: string | undefined;
};

/** The answer filters of a request with the service used, when the survey asks it, among them. */
function withServiceUsed(
  definition: SurveyDefinition,
  query: ResultsQuery,
  question: string | undefined,
): string[] {
  const filters = query.filter ?? [];
  if (!question || !query.serviceType) return filters;
  const item = surveyItems(definition).find((e) => e.item.id === question)?.item;
  const values = item ? (allowedValues(definition, item) ?? []) : [];
  if (!values.includes(query.serviceType))
    throw new ApiError(
      422,
      'invalid',
      `serviceType: "${query.serviceType}" is not an answer of "${question}"; use one of ${values.join(', ')}`,
    );
  if (filters.some((f) => f.startsWith(`${question}:`)))
    throw new ApiError(422, 'invalid', `serviceType and filter both set "${question}"; keep one of them`);
  return [...filters, `${question}:${query.serviceType}`];
}

/**
 * Whether this audience may break results down by `sensitive` questions (filter by them, see their
 * per-value counts): staff always; funders and share links only if the survey allows it.
 */
export function sensitiveBreakdowns(definition: SurveyDefinition, audience: ResultsAudience): boolean {
  return audience === 'exact' || definition.privacy?.funderBreakdownBySensitive === true;
}

function answerFilters(
  definition: SurveyDefinition,
  filters: readonly string[],
  audience: ResultsAudience,
): Record<string, string> {
  const byId = new Map(surveyItems(definition).map((e) => [e.item.id, e]));
  const out: Record<string, string> = {};
  for (const f of filters) {
    const [question = '', value = ''] = f.split(':');
    const entry = byId.get(question);
    const item = entry?.item;
    if (entry?.section.repeat) {
      throw new ApiError(
        422,
        'invalid',
        `filter: "${question}" is asked once per entry of the repeated section "${entry.section.id}", so it does not sort respondents; filter by a question asked once per respondent`,
      );
    }
    if (!item || !DISAGGREGATION_KINDS.has(item.kind)) {
      throw new ApiError(
        422,
        'invalid',
        `filter: "${question}" is not a single-choice question of this survey`,
      );
    }
    if ('sensitive' in item && item.sensitive && !sensitiveBreakdowns(definition, audience)) {
      throw new ApiError(
        403,
        'forbidden',
        `filter: "${question}" is a sensitive question, and this survey does not share breakdowns by it outside the organization; remove the filter`,
      );
    }
    if (!(allowedValues(definition, item) ?? []).includes(value)) {
      throw new ApiError(422, 'invalid', `filter: "${value}" is not an answer of "${question}"`);
    }
    out[question] = value;
  }
  return out;
}

/**
 * Who reads the results: `exact` (staff and admins of the organization: counts as they are, small
 * cells withheld) or `rounded` (funders and share links: also every count published as the middle
 * of its band of k, bands aligned with the withheld 0..k-1, and periods widened to whole calendar
 * months, so two requests cannot be set against each other to single out one respondent).
 */
export type ResultsAudience = 'exact' | 'rounded';

/** The first day of the month of a `YYYY-MM-DD` date. */
export function monthStart(day: string): string {
  return `${day.slice(0, 7)}-01`;
}

/** The last day of the month of a `YYYY-MM-DD` date. */
export function monthEnd(day: string): string {
  const [year = 0, month = 1] = day.split('-').map(Number);
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

/** Results as they leave the server, with what community validation left out or marked preliminary. */
export type PublishedResults = SurveyResults & { validation: ValidationState };

/** Aggregate results of an organization's survey with suppression at the configured k. */
export async function surveyResults(
  deps: Deps,
  orgId: string,
  surveyId: string,
  query: ResultsQuery,
  audience: ResultsAudience,
): Promise<{
  survey: SurveyDefinition;
  filter: AppliedFilter;
  bucket: TimeBucket;
  results: PublishedResults;
}> {
  const survey = await latestSurvey(deps.db, orgId, surveyId);
  return surveyResultsOf(deps, orgId, survey, query, audience);
}

/**
 * `surveyResults` for a survey already loaded (the scorecard reads one survey for many groups).
 * When the organization's validation embargo is on, months the community has not validated are
 * left out for the rounded audience (funders, share links) and listed as withheld; staff get them
 * with the months listed as preliminary.
 */
export async function surveyResultsOf(
  deps: Deps,
  orgId: string,
  survey: SurveyDefinition,
  query: ResultsQuery,
  audience: ResultsAudience,
): Promise<{
  survey: SurveyDefinition;
  filter: AppliedFilter;
  bucket: TimeBucket;
  results: PublishedResults;
}> {
  const surveyId = survey.id;
  if (query.from && query.to && query.from > query.to)
    throw new ApiError(422, 'invalid', 'from must not be after to');
  const rounded = audience === 'rounded';
  // rounded: whole months only, also in the timeline (a week is a period inside a month)
  const bucket = rounded && query.bucket === 'week' ? 'month' : (query.bucket ?? 'month');
  const used = serviceQuestion(survey);
  const filter: AppliedFilter = {
    from: query.from && rounded ? monthStart(query.from) : query.from,
    to: query.to && rounded ? monthEnd(query.to) : query.to,
    countries: query.country,
    siteIds: query.siteId,
    // where the survey asks which service the respondent used, filter by that answer, not by the sites
    serviceType: used ? undefined : query.serviceType,
    answers: answerFilters(survey, withServiceUsed(survey, query, used), audience),
    serviceQuestion: used,
    serviceUsed: used ? query.serviceType : undefined,
  };
  await deps.rollups.settle();
  const db = await readDatabase(deps);
  const unvalidated = await unvalidatedMonths(db, orgId, surveyId, filter.from, filter.to);
  const withheld = rounded ? unvalidated.months : [];
  const parts: RawResults[] = [];
  // the months not validated are cut out of the period: what is left is read as whole months
  for (const range of withheld.length ? rangesWithout(filter.from, filter.to, withheld) : [filter]) {
    parts.push(await aggregateSurvey(db, orgId, surveyId, { ...filter, ...range }, bucket));
  }
  const raw = parts.length ? mergeRaw(parts) : { totals: [], timeline: [] };
  const k = deps.config.minCell;
  const options = rounded ? { roundTo: k, sensitiveBreakdowns: sensitiveBreakdowns(survey, audience) } : {};
  const validation: ValidationState = {
    embargo: unvalidated.embargo,
    withheldMonths: withheld,
    preliminaryMonths: rounded ? [] : unvalidated.months,
  };
  return { survey, filter, bucket, results: { ...buildResults(survey, raw, k, options), validation } };
}

/** The filter as applied, echoed in a response so a shared view says what it shows. */
export function filterEcho(filter: AppliedFilter, bucket: TimeBucket) {
  const answers = { ...(filter.answers ?? {}) };
  if (filter.serviceUsed && filter.serviceQuestion) delete answers[filter.serviceQuestion];
  return {
    bucket,
    from: filter.from ?? null,
    to: filter.to ?? null,
    countries: [...(filter.countries ?? [])],
    siteIds: [...(filter.siteIds ?? [])],
    serviceType: filter.serviceUsed ?? filter.serviceType ?? null,
    /** What the service type filter reads: this question's answer, or (null) the services a site offers. */
    serviceQuestion: filter.serviceQuestion ?? null,
    answerFilters: answers,
  };
}
