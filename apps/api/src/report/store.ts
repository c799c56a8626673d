import { reports } from '@kolo/db';
import { and, desc, eq, sql } from 'drizzle-orm';
import { audit } from '../audit.ts';
import type { SessionUser } from '../auth/session.ts';
import type { Deps } from '../context.ts';
import { notFound } from '../errors.ts';
import { buildReportModel } from './build.ts';
import { DataVersion, ReportModel } from './model.ts';
import type { ReportRequest } from './request.ts';

/** The most reports a list returns. */
export const LIST_MAX = 500;

/** A stored report as the list shows it: what it covers and the data version it was made from. */
export interface ReportSummary {
  id: string;
  surveyId: string;
  title: string;
  language: ReportModel['language'];
  period: ReportModel['period'];
  scope: ReportModel['scope'];
  scopeLabel: string;
  dataVersion: ReportModel['dataVersion'];
  createdAt: string;
}

type ReportRow = typeof reports.$inferSelect;

function summary(row: ReportRow, model: ReportModel): ReportSummary {
  return {
    id: row.id,
    surveyId: row.surveyId,
    title: row.title,
    language: model.language,
    period: model.period,
    scope: model.scope,
    scopeLabel: model.scopeLabel,
    dataVersion: model.dataVersion,
    createdAt: row.createdAt.toISOString(),
  };
}

/**
 * Make a report from the current aggregates and keep it with its model and data version; audited.
 * @example const report = await createReport(deps, user, request);
 */
export async function createReport(
  deps: Deps,
  user: Pick<SessionUser, 'orgId' | 'userId'>,
  request: ReportRequest,
): Promise<ReportSummary> {
  const model = await buildReportModel(deps, user.orgId, request);
  const [row] = await deps.db
    .insert(reports)
    .values({
      orgId: user.orgId,
      surveyId: model.survey.id,
      title: model.title,
      language: model.language,
      periodFrom: model.period.from,
      periodTo: model.period.to,
      scope: model.scope,
      dataVersion: model.dataVersion,
      model,
      createdBy: user.userId,
    })
    .returning();
  if (!row) throw new Error('report not stored');
  await audit(deps.db, user, 'report_create', row.id, {
    surveyId: model.survey.id,
    period: model.period,
    scope: model.scope,
    language: model.language,
    submissions: model.dataVersion.submissions,
  });
  return summary(row, model);
}

/** The organization's reports, newest first, optionally of one survey (models are not read whole). */
export async function listReports(deps: Deps, orgId: string, surveyId?: string): Promise<ReportSummary[]> {
  const where = [eq(reports.orgId, orgId)];
  if (surveyId) where.push(eq(reports.surveyId, surveyId));
  const rows = await deps.db
    .select({
      id: reports.id,
      surveyId: reports.surveyId,
      title: reports.title,
      language: reports.language,
      from: reports.periodFrom,
      to: reports.periodTo,
      quarter: sql<string | null>`${reports.model}->'period'->>'quarter'`,
      scope: reports.scope,
      scopeLabel: sql<string>`${reports.model}->>'scopeLabel'`,
      dataVersion: reports.dataVersion,
      createdAt: reports.createdAt,
    })
    .from(reports)
    .where(and(...where))
    .orderBy(desc(reports.createdAt))
    .limit(LIST_MAX);
  return rows.map((row) => ({
    id: row.id,
    surveyId: row.surveyId,
    title: row.title,
    language: ReportModel.shape.language.parse(row.language),
    period: { from: row.from, to: row.to, quarter: row.quarter },
    scope: ReportModel.shape.scope.parse(row.scope),
    scopeLabel: row.scopeLabel,
    dataVersion: DataVersion.parse(row.dataVersion),
    createdAt: row.createdAt.toISOString(),
  }));
}

/** One report of the organization with its model (404 for another organization's). */
export async function getReport(
  deps: Deps,
  orgId: string,
  id: string,
): Promise<{ summary: ReportSummary; model: ReportModel }> {
  const [row] = await deps.db
    .select()
    .from(reports)
    .where(and(eq(reports.orgId, orgId), eq(reports.id, id)));
  if (!row) throw notFound('report');
  const model = ReportModel.parse(row.model);
  return { summary: summary(row, model), model };
}
