import type { ReportFormat } from './format.ts';
import type { ReportChart, ReportModel, ReportTrendPoint } from './model.ts';
import { CONTENT_WIDTH, INK, PAGE, type PdfPage } from './pdf-page.ts';

const LABEL_WIDTH = 190;
const VALUE_WIDTH = 110;
const BAR_HEIGHT = 11;
const ROW_GAP = 6;

/** Grid lines at 0, 25, 50, 75 and 100 % with their labels under the bar area. */
function scale(
  page: PdfPage,
  x: number,
  top: number,
  bottom: number,
  width: number,
  labels: readonly string[],
) {
  const { doc } = page;
  labels.forEach((label, i) => {
    const gx = x + (width * i) / (labels.length - 1);
    doc.moveTo(gx, top).lineTo(gx, bottom).lineWidth(0.4).strokeColor(INK.grid).stroke();
    doc.font('regular').fontSize(7).fillColor(INK.muted);
    doc.text(label, gx - 20, bottom + 2, { width: 40, align: 'center', lineBreak: false });
  });
}

interface Bar {
  readonly label: string;
  /** 0..1 of the bar area, or null when the figure is withheld. */
  readonly length: number | null;
  readonly text: string;
}

/** Horizontal vector bars with their labels, a 0-100 % axis and each value written beside its bar. */
export function pdfBars(page: PdfPage, bars: readonly Bar[], axis: readonly string[]): void {
  const { doc } = page;
  const area = CONTENT_WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const x0 = PAGE.margin + LABEL_WIDTH;
  doc.font('regular').fontSize(8.5);
  const heights = bars.map((b) =>
    Math.max(BAR_HEIGHT, doc.heightOfString(b.label, { width: LABEL_WIDTH - 8 })),
  );
  const total = heights.reduce((a, h) => a + h + ROW_GAP, 0);
  page.ensure(Math.min(total + 24, page.limit - PAGE.margin));
  const top = doc.y;
  let y = top;
  bars.forEach((bar, i) => {
    const h = heights[i] ?? BAR_HEIGHT;
    if (y + h + 20 > page.limit) {
      scale(page, x0, top, y, area, axis);
      doc.addPage();
      y = doc.y;
    }
    doc.font('regular').fontSize(8.5).fillColor(INK.text);
    doc.text(bar.label, PAGE.margin, y, { width: LABEL_WIDTH - 8, align: 'right' });
    if (bar.length === null) {
      // a withheld figure: an outlined, dashed box and the word, never a bar
      doc
        .rect(x0, y, area, BAR_HEIGHT)
        .dash(2, { space: 2 })
        .lineWidth(0.6)
        .strokeColor(INK.withheld)
        .stroke();
      doc.undash();
    } else if (bar.length > 0) {
      doc.rect(x0, y, Math.max(0.8, area * Math.min(1, bar.length)), BAR_HEIGHT).fill(INK.bar);
    }
    doc.font(bar.length === null ? 'regular' : 'bold').fontSize(8.5);
    doc.fillColor(bar.length === null ? INK.withheld : INK.text);
    doc.text(bar.text, x0 + area + 6, y + 1, { width: VALUE_WIDTH - 6, lineBreak: false, ellipsis: true });
    y += h + ROW_GAP;
  });
  scale(page, x0, top - 2, y - ROW_GAP + 2, area, axis);
  doc.x = PAGE.margin;
  doc.y = y + 16;
  doc.fillColor(INK.text).font('regular').fontSize(10);
}

const PERCENT_AXIS = ['0%', '25%', '50%', '75%', '100%'];
const SCORE_AXIS = ['0', '25', '50', '75', '100'];

/** One question's chart: its title and n, then a bar per answer (share of those who answered). */
export function pdfQuestionChart(page: PdfPage, chart: ReportChart, format: ReportFormat): void {
  const { doc } = page;
  // keep the title with its bars: start a new page unless the whole chart (or most of a long one) fits
  page.ensure(Math.min(60 + chart.bars.length * (BAR_HEIGHT + ROW_GAP + 4), 320));
  doc
    .font('bold')
    .fontSize(10.5)
    .fillColor(INK.text)
    .text(chart.label, PAGE.margin, doc.y, { width: CONTENT_WIDTH });
  if (chart.suppressed || chart.n === 0 || chart.restricted) {
    doc.moveDown(0.3);
    page.paragraph(chart.n === 0 ? format.texts.noAnswers : format.withheldFewer(), { color: INK.withheld });
    return;
  }
  doc.font('regular').fontSize(8.5).fillColor(INK.muted).text(format.n(chart.n), { width: CONTENT_WIDTH });
  doc.moveDown(0.4).fillColor(INK.text);
  if (chart.stats) {
    page.paragraph(
      `${format.texts.mean}: ${format.decimal(chart.stats.mean)} · ${format.texts.median}: ${format.decimal(chart.stats.median)}`,
    );
  }
  if (chart.bars.length === 0) return;
  pdfBars(
    page,
    chart.bars.map((b) => ({
      label: b.label,
      length: b.suppressed || b.share === null ? null : b.share,
      text:
        b.suppressed || b.n === null
          ? format.texts.withheld
          : `${format.share(b.share)} (${format.count(b.n)})`,
    })),
    PERCENT_AXIS,
  );
}

/** The period's indicators as bars on the 0-100 scale (totals written only). */
export function pdfIndicatorBars(page: PdfPage, model: ReportModel, format: ReportFormat): void {
  const scored = model.indicators.filter((i) => i.kind !== 'count');
  if (scored.length === 0) return;
  pdfBars(
    page,
    scored.map((i) => ({
      label: i.label,
      length: i.value === null ? (i.suppressed ? null : 0) : i.value / 100,
      text:
        i.value === null
          ? i.suppressed
            ? format.texts.withheld
            : format.texts.noData
          : `${format.value(i.value)} (${format.n(i.n)})`,
    })),
    SCORE_AXIS,
  );
}

const CHART_HEIGHT = 92;

/** One indicator's monthly line: the report's months shaded, withheld months marked with a cross. */
export function pdfTrendChart(
  page: PdfPage,
  indicator: ReportModel['indicators'][number],
  months: readonly ReportTrendPoint[],
  format: ReportFormat,
): void {
  const { doc } = page;
  page.ensure(CHART_HEIGHT + 70);
  doc
    .font('bold')
    .fontSize(10)
    .fillColor(INK.text)
    .text(indicator.label, PAGE.margin, doc.y, { width: CONTENT_WIDTH });
  doc.moveDown(0.3);
  const values = months.map((m) => m.values[indicator.id] ?? null);
  const max = indicator.kind === 'count' ? Math.max(1, ...values.map((v) => v ?? 0)) : 100;
  const x0 = PAGE.margin + 28;
  const width = CONTENT_WIDTH - 28;
  const top = doc.y + 4;
  const bottom = top + CHART_HEIGHT;
  const step = width / Math.max(1, months.length);
  const xOf = (i: number) => x0 + step * (i + 0.5);
  const yOf = (v: number) => bottom - (CHART_HEIGHT * v) / max;
  months.forEach((m, i) => {
    if (m.inReport) doc.rect(x0 + step * i, top, step, CHART_HEIGHT).fill(INK.band);
  });
  for (const fraction of [0, 0.5, 1]) {
    const y = bottom - CHART_HEIGHT * fraction;
    doc
      .moveTo(x0, y)
      .lineTo(x0 + width, y)
      .lineWidth(0.4)
      .strokeColor(INK.grid)
      .stroke();
    doc.font('regular').fontSize(7).fillColor(INK.muted);
    doc.text(format.value(max * fraction), PAGE.margin, y - 4, {
      width: 24,
      align: 'right',
      lineBreak: false,
    });
  }
  // lines join months that both have a value; a withheld or empty month breaks the line
  let previous: { x: number; y: number } | null = null;
  values.forEach((v, i) => {
    if (v === null) {
      previous = null;
      return;
    }
    const point = { x: xOf(i), y: yOf(v) };
    if (previous)
      doc
        .moveTo(previous.x, previous.y)
        .lineTo(point.x, point.y)
        .lineWidth(1.6)
        .strokeColor(INK.bar)
        .stroke();
    previous = point;
  });
  values.forEach((v, i) => {
    const m = months[i];
    if (!m) return;
    if (v !== null) {
      doc.circle(xOf(i), yOf(v), 2.6).fill(INK.bar);
      doc.font('bold').fontSize(7).fillColor(INK.text);
      doc.text(format.value(v), xOf(i) - 18, yOf(v) - 11, { width: 36, align: 'center', lineBreak: false });
    } else if (m.suppressed) {
      const x = xOf(i);
      doc
        .moveTo(x - 3, bottom - 9)
        .lineTo(x + 3, bottom - 3)
        .moveTo(x + 3, bottom - 9)
        .lineTo(x - 3, bottom - 3);
      doc.lineWidth(0.8).strokeColor(INK.withheld).stroke();
    }
    // three short lines under each month: its name, the year (at the first month and each January), n
    const label = (text: string, dy: number) =>
      doc.text(text, xOf(i) - step / 2, bottom + dy, { width: step, align: 'center', lineBreak: false });
    doc.font('regular').fontSize(6.5).fillColor(INK.muted);
    label(format.monthName(m.period), 3);
    if (i === 0 || m.period.slice(5, 7) === '01') label(m.period.slice(0, 4), 11);
    label(`n ${m.suppressed ? '×' : format.count(m.n ?? 0)}`, 19);
  });
  doc.x = PAGE.margin;
  doc.y = bottom + 34;
  doc.fillColor(INK.text).font('regular').fontSize(10);
}
