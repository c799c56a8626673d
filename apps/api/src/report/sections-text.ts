import { ACTION_STATUSES, type ActionStatus } from '@kolo/schema';
import type { ReportFormat } from './format.ts';
import type { ReportModel } from './model.ts';
import type { PdfCell } from './pdf-table.ts';
import { fill, STATUS_TEXT } from './texts/index.ts';

/** "What was measured and how" in plain words, one paragraph a line. */
export function methodLines(model: ReportModel, format: ReportFormat): string[] {
  const t = format.texts;
  const m = model.method;
  return [
    fill(t.methodSurvey, {
      survey: model.survey.title,
      from: format.day(model.period.from),
      to: format.day(model.period.to),
    }),
    m.n === null
      ? fill(t.methodRespondentsWithheld, { k: m.k })
      : fill(t.methodRespondents, { n: format.count(m.n) }),
    fill(t.methodSites, { sites: format.count(m.sites) }),
    fill(t.methodSuppression, { k: m.k }),
    t.methodExact,
    t.methodIndicators,
    fill(t.methodVersions, {
      versions:
        model.dataVersion.surveyVersions.length > 0 ? model.dataVersion.surveyVersions.join(', ') : '—',
    }),
  ];
}

/** An action status in the report's language (an unknown one as it is). */
export function statusText(status: string, format: ReportFormat): string {
  return (ACTION_STATUSES as readonly string[]).includes(status)
    ? format.texts[STATUS_TEXT[status as ActionStatus]]
    : status;
}

/** A scorecard rating in words: colour is never the only signal. */
export function ratingText(rating: 'green' | 'amber' | 'red' | 'none', format: ReportFormat): string {
  const t = format.texts;
  const words = {
    green: `● ${t.ratingGreen}`,
    amber: `▲ ${t.ratingAmber}`,
    red: `■ ${t.ratingRed}`,
    none: t.ratingNone,
  };
  return words[rating];
}

/** The quarters table: a row for respondents and one per indicator, a column per quarter. */
export function quarterRows(model: ReportModel, format: ReportFormat) {
  const t = format.texts;
  const quarters = model.trend.quarters;
  const header = [t.indicator, ...quarters.map((q) => format.quarter(q.period))];
  const respondents: PdfCell[] = [
    { text: t.count, bold: true },
    ...quarters.map(
      (q): PdfCell => (q.suppressed ? { text: t.withheld, muted: true } : format.count(q.n ?? 0)),
    ),
  ];
  const rows: PdfCell[][] = [
    respondents,
    ...model.indicators.map((i) => [
      i.label,
      ...quarters.map((q): PdfCell => {
        const v = q.values[i.id] ?? null;
        return v === null
          ? { text: q.suppressed || (q.n ?? 0) > 0 ? t.withheld : '—', muted: true }
          : { text: format.value(v), bold: q.inReport };
      }),
    ]),
  ];
  const rest = 0.64 / Math.max(1, quarters.length);
  return { header, rows, widths: [0.36, ...quarters.map(() => rest)] };
}

/** "Category · place · raised on", and whether every action is closed. */
export function findingLine(finding: ReportModel['findings'][number], format: ReportFormat): string {
  const t = format.texts;
  const line = fill(t.findingRaised, {
    category: finding.category,
    scope: finding.scope,
    date: format.day(finding.raisedOn),
  });
  return finding.closed ? `${line} · ${t.findingClosed}` : line;
}

/** One action's row: duty-bearer, where it was taken, due date and status (overdue said in words). */
export function actionCells(
  action: ReportModel['findings'][number]['actions'][number],
  format: ReportFormat,
): PdfCell[] {
  const status = statusText(action.status, format);
  return [
    action.dutyBearer,
    action.level,
    action.dueDate ? format.day(action.dueDate) : '—',
    action.overdue ? { text: `${status} (${format.texts.overdue})`, bold: true } : status,
  ];
}
