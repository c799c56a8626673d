import { listFindingsForReport } from '../accountability/store.ts';
import type { Deps } from '../context.ts';
import type { ReportFormat } from './format.ts';
import type { ReportModel } from './model.ts';
import type { ReportPeriod } from './period.ts';
import type { ReportRequest } from './request.ts';
import { CATEGORY_TEXT, LEVEL_TEXT } from './texts/index.ts';

/** The scorecard of the report's scope and period, from the standards work (none until it is set up). */
export async function reportScorecard(
  _deps: Deps,
  _orgId: string,
  _request: ReportRequest,
  _period: ReportPeriod,
): Promise<ReportModel['scorecard']> {
  return null;
}

/**
 * The findings raised in the report's period and scope (every finding for a network report) with
 * the status of their actions, from the accountability store, written in the report's language.
 */
export async function reportFindings(
  deps: Deps,
  orgId: string,
  request: ReportRequest,
  period: ReportPeriod,
  format: ReportFormat,
  countryName: (code: string) => string,
): Promise<ReportModel['findings']> {
  const t = format.texts;
  // a network report covers every finding, not only those raised at the network level
  const scope = request.scope.level === 'network' ? undefined : request.scope;
  const findings = await listFindingsForReport(deps.db, orgId, {
    from: period.from,
    to: period.to,
    ...(scope ? { scope } : {}),
  });
  return findings.map((f) => {
    const where =
      f.scope.level === 'site'
        ? (f.scope.siteName ?? '')
        : f.scope.level === 'region'
          ? `${f.scope.city ?? ''} (${countryName(f.scope.country ?? '')})`
          : f.scope.level === 'country'
            ? countryName(f.scope.country ?? '')
            : t.scopeNetwork;
    return {
      id: f.id,
      title: f.title,
      category: t[CATEGORY_TEXT[f.category]],
      scope: where,
      raisedOn: f.raisedOn,
      closed: f.status === 'closed',
      actions: f.actions.map((a) => ({
        dutyBearer: a.dutyBearer.role
          ? `${a.dutyBearer.institution} (${a.dutyBearer.role})`
          : a.dutyBearer.institution,
        level: t[LEVEL_TEXT[a.level]],
        dueDate: a.dueDate,
        status: a.status,
        overdue: a.overdue,
      })),
    };
  });
}
