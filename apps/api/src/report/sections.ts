import { resolveText } from '@kolo/schema';
import { listFindingsForReport } from '../accountability/store.ts';
import type { Deps } from '../context.ts';
import { computeScorecard, type Scorecard, type ScorecardScope } from '../scorecard/compute.ts';
import type { ReportFormat } from './format.ts';
import type { ReportModel } from './model.ts';
import type { ReportPeriod } from './period.ts';
import type { ReportRequest } from './request.ts';
import { CATEGORY_TEXT, fill, LEVEL_TEXT } from './texts/index.ts';

/**
 * The scorecard of the sites in the report's scope for its period, from `computeScorecard` (the
 * same figures as the scorecard page, exact for staff), worst first, written in the report's
 * language; null when no indicator of the survey has a standard.
 */
export async function reportScorecard(
  deps: Deps,
  orgId: string,
  request: ReportRequest,
  period: ReportPeriod,
  within: ScorecardScope,
  format: ReportFormat,
): Promise<ReportModel['scorecard']> {
  const t = format.texts;
  const card = await computeScorecard(
    deps,
    orgId,
    { surveyId: request.surveyId, from: period.from, to: period.to, groupBy: 'site', within },
    'exact',
  );
  if (!card.indicators.some((i) => i.standard)) return null;
  const standardText = (i: Scorecard['indicators'][number]) => {
    if (!i.standard) return t.ratingNone;
    const values = { green: format.value(i.standard.green), amber: format.value(i.standard.amber) };
    const rule = fill(i.standard.direction === 'lower' ? t.standardLower : t.standardHigher, values);
    return i.standard.source ? fill(t.standardSource, { standard: rule, source: i.standard.source }) : rule;
  };
  const rows = [...card.rows]
    .filter((row) => (row.n ?? 0) > 0 || row.suppressed)
    .sort((a, b) => b.red - a.red || b.amber - a.amber || a.label.localeCompare(b.label));
  return {
    indicators: card.indicators.map((i) => ({
      id: i.id,
      label: resolveText(i.label, format.language),
      standard: standardText(i),
    })),
    rows: rows.map((row) => ({
      label: row.city ? `${row.label}, ${row.city}` : row.label,
      n: row.n,
      suppressed: row.suppressed,
      openActions: row.openActions,
      cells: row.cells.map((cell) => ({
        indicatorId: cell.indicatorId,
        value: cell.value,
        n: cell.n,
        suppressed: cell.suppressed,
        rating: cell.band === 'withheld' ? 'none' : cell.band,
        arrow: cell.arrow,
      })),
    })),
    preliminaryMonths: card.validation.preliminaryMonths.filter(
      (m) => m >= `${period.from.slice(0, 7)}-01` && m <= period.to,
    ),
  };
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
        ask: a.ask,
        commitment: a.commitment,
        level: t[LEVEL_TEXT[a.level]],
        dueDate: a.dueDate,
        status: a.status,
        overdue: a.overdue,
      })),
    };
  });
}
