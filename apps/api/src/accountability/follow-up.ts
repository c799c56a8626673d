import { type SurveyResults, sites, submissions } from '@kolo/db';
import { type EvidenceSnapshot, followUpVerdict, type SurveyDefinition } from '@kolo/schema';
import { and, eq, gte, inArray, lte } from 'drizzle-orm';
import type { Deps } from '../context.ts';
import { surveyResults } from '../results-query.ts';
import type { FollowUpView } from './shapes.ts';
import { today } from './store.ts';

/*
 * The follow-up of an action: the figure the finding's evidence showed, against the same survey,
 * target and filters over the round after the action's due date.
 */

const DAY_MS = 86_400_000;
const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

/**
 * The round after the due date: from the due date to today, or as long as the evidence's period
 * if that is shorter (so a quarter is compared with a quarter). Null before the due date.
 */
export function followUpWindow(
  evidence: Pick<EvidenceSnapshot, 'filters'>,
  dueDate: string,
  day: string,
): { from: string; to: string } | null {
  if (day <= dueDate) return null;
  const { from, to } = evidence.filters;
  const span = from && to ? daysBetween(from, to) : null;
  const end = span !== null && daysBetween(dueDate, day) > span ? addDays(dueDate, span) : day;
  return { from: dueDate, to: end };
}

/** Which way is better and on which scale the evidence's target is judged. */
export function targetKind(
  survey: SurveyDefinition,
  target: EvidenceSnapshot['target'],
): { better: 'higher' | 'lower'; scale: 'percent' | 'count' } {
  if (target.kind === 'indicator') {
    const indicator = survey.indicators?.find((i) => i.id === target.indicatorId);
    return {
      better: indicator?.better ?? 'higher',
      scale: indicator?.kind === 'count' ? 'count' : 'percent',
    };
  }
  return { better: 'higher', scale: target.value === undefined ? 'count' : 'percent' };
}

/** The figure of the evidence's target in a set of results: value null when withheld. */
export function targetFigure(
  results: SurveyResults,
  target: EvidenceSnapshot['target'],
): { value: number | null; n: number | null; withheld: boolean } {
  if (target.kind === 'indicator') {
    const found = results.indicators.find((i) => i.id === target.indicatorId);
    if (!found) return { value: null, n: 0, withheld: false };
    return { value: found.suppressed ? null : found.value, n: found.n, withheld: found.suppressed };
  }
  const question = results.questions.find((q) => q.id === target.questionId);
  if (!question) return { value: null, n: 0, withheld: false };
  if (question.suppressed || question.restricted) return { value: null, n: question.n, withheld: true };
  if (target.value === undefined) {
    return { value: question.stats?.mean ?? question.n, n: question.n, withheld: false };
  }
  const count = question.counts.find((c) => c.value === target.value);
  if (count?.suppressed) return { value: null, n: question.n, withheld: true };
  const share = count?.share ?? (question.n ? 0 : null);
  return { value: share === null ? null : Math.round(share * 1000) / 10, n: question.n, withheld: false };
}

/** Whether any submission of the evidence's survey, sites and countries falls in the window. */
async function anySubmission(
  deps: Deps,
  orgId: string,
  evidence: EvidenceSnapshot,
  window: { from: string; to: string },
): Promise<boolean> {
  const { siteId, country } = evidence.filters;
  const [row] = await deps.db
    .select({ id: submissions.id })
    .from(submissions)
    .innerJoin(sites, eq(sites.id, submissions.siteId))
    .where(
      and(
        eq(submissions.orgId, orgId),
        eq(submissions.surveyId, evidence.surveyId),
        gte(submissions.collectedAt, new Date(`${window.from}T00:00:00Z`)),
        lte(submissions.collectedAt, new Date(`${window.to}T23:59:59.999Z`)),
        siteId?.length ? inArray(submissions.siteId, siteId) : undefined,
        country?.length ? inArray(sites.country, country) : undefined,
      ),
    )
    .limit(1);
  return row !== undefined;
}

/** Results already read in one request, by survey, filters and window. */
export type FollowUpCache = Map<string, Promise<{ survey: SurveyDefinition; results: SurveyResults } | null>>;

/**
 * The follow-up of one action whose finding has evidence. Results are read as staff read them
 * (exact counts, small cells withheld); `cache` shares one results query among actions with the
 * same evidence and window.
 */
export async function followUp(
  deps: Deps,
  orgId: string,
  evidence: EvidenceSnapshot,
  dueDate: string,
  cache: FollowUpCache = new Map(),
  day = today(),
): Promise<FollowUpView> {
  const before = {
    value: evidence.shown.withheld ? null : evidence.shown.value,
    n: evidence.shown.n,
    withheld: evidence.shown.withheld,
  };
  const fallback = { better: 'higher' as const, scale: 'percent' as const };
  const window = followUpWindow(evidence, dueDate, day);
  if (!window) return { verdict: 'waiting', before, after: null, ...fallback, reason: 'before_due_date' };
  const key = JSON.stringify([evidence.surveyId, evidence.filters, window]);
  let pending = cache.get(key);
  if (!pending) {
    const query = {
      from: window.from,
      to: window.to,
      country: evidence.filters.country,
      siteId: evidence.filters.siteId,
      serviceType: evidence.filters.serviceType,
      filter: evidence.filters.filter,
    };
    // a survey or a filter's question removed since: nothing to compare with
    pending = surveyResults(deps, orgId, evidence.surveyId, query, 'exact').then(
      (r) => ({ survey: r.survey, results: r.results }),
      () => null,
    );
    cache.set(key, pending);
  }
  const found = await pending;
  if (!found) return { verdict: 'waiting', before, after: null, ...fallback, reason: 'evidence_gone' };
  const { survey, results } = found;
  const kind = targetKind(survey, evidence.target);
  const figure = targetFigure(results, evidence.target);
  if (figure.n === 0 || (figure.n === null && !(await anySubmission(deps, orgId, evidence, window)))) {
    return { verdict: 'waiting', before, after: null, ...kind, reason: 'no_data' };
  }
  const verdict = followUpVerdict(before, { value: figure.value, n: figure.n }, kind);
  return { verdict, before, after: { ...figure, ...window }, ...kind, reason: null };
}
