import type { Deps } from '../context.ts';
import type { ReportModel } from './model.ts';
import type { ReportPeriod } from './period.ts';
import type { ReportRequest } from './request.ts';

/** The scorecard of the report's scope and period, from the standards work (none until it is set up). */
export async function reportScorecard(
  _deps: Deps,
  _orgId: string,
  _request: ReportRequest,
  _period: ReportPeriod,
): Promise<ReportModel['scorecard']> {
  return null;
}

/** The findings of the report's scope and period with the status of their actions. */
export async function reportFindings(
  _deps: Deps,
  _orgId: string,
  _request: ReportRequest,
  _period: ReportPeriod,
): Promise<ReportModel['findings']> {
  return [];
}
