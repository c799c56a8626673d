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

/** One action's row: duty-bearer with what was asked and any commitment, where it was taken, due date and status (overdue said in words). */
export function actionCells(
  action: ReportModel['findings'][number]['actions'][number],
  format: ReportFormat,
): PdfCell[] {
  const status = statusText(action.status, format);
  const t = format.texts;
  const who = [
    action.dutyBearer,
    fill(t.asked, { text: action.ask }),
    ...(action.commitment ? [fill(t.committedTo, { text: action.commitment })] : []),
  ].join('\n');
  return [
    who,
    action.level,
    action.dueDate ? format.day(action.dueDate) : '—',
    action.overdue ? { text: `${status} (${format.texts.overdue})`, bold: true } : status,
  ];
}

/** One line per standard: indicators held to the same standard share it. */
function standardLines(indicators: ReadonlyArray<{ label: string; standard: string }>): string[] {
  const byStandard = new Map<string, string[]>();
  for (const i of indicators) byStandard.set(i.standard, [...(byStandard.get(i.standard) ?? []), i.label]);
  return [...byStandard].map(([standard, labels]) => `${labels.join(', ')}: ${standard}`);
}

const ARROWS = { up: '↑', down: '↓', same: '→', unknown: '' } as const;

/** The scorecard as a table: a row per site (worst first), a cell per indicator with value, rating in words and n. */
export function scorecardTable(model: ReportModel, format: ReportFormat) {
  const t = format.texts;
  const card = model.scorecard;
  const indicators = card?.indicators ?? [];
  const notes = [
    ...standardLines(indicators),
    ...(card && card.preliminaryMonths.length > 0
      ? [fill(t.preliminary, { months: card.preliminaryMonths.map((m) => format.month(m)).join(', ') })]
      : []),
  ];
  const header = [t.scorecardUnit, ...indicators.map((i) => i.label), t.openActions];
  const rows: PdfCell[][] = (card?.rows ?? []).map((row) => [
    { text: `${row.label}\n${format.n(row.n)}` },
    ...row.cells.map((cell): PdfCell => {
      if (cell.value === null)
        return { text: cell.suppressed ? format.withheldFewer() : t.noData, muted: true };
      const arrow = ARROWS[cell.arrow];
      return {
        text: `${format.value(cell.value)}${arrow ? ` ${arrow}` : ''}\n${ratingText(cell.rating, format)}`,
        bold: cell.rating === 'red',
      };
    }),
    row.openActions === null ? '—' : format.count(row.openActions),
  ]);
  const share = 0.74 / Math.max(1, indicators.length);
  return { header, rows, notes, widths: [0.17, ...indicators.map(() => share), 0.09] };
}
