import { ReportFormat } from './format.ts';
import type { ReportModel } from './model.ts';
import { pdfIndicatorBars, pdfQuestionChart, pdfTrendChart } from './pdf-charts.ts';
import { CONTENT_WIDTH, INK, PAGE, PdfPage } from './pdf-page.ts';
import { pdfTable } from './pdf-table.ts';
import { actionCells, findingLine, methodLines, quarterRows, scorecardTable } from './sections-text.ts';
import { fill } from './texts/index.ts';

function cover(page: PdfPage, model: ReportModel, format: ReportFormat) {
  const { doc } = page;
  const t = format.texts;
  doc.rect(0, 0, PAGE.width, 14).fill(INK.accent);
  doc
    .font('regular')
    .fontSize(12)
    .fillColor(INK.muted)
    .text(model.organization, PAGE.margin, 120, { width: CONTENT_WIDTH });
  doc.moveDown(0.8);
  doc.font('bold').fontSize(24).fillColor(INK.accent).text(model.title, { width: CONTENT_WIDTH });
  doc.moveDown(0.4);
  doc.font('regular').fontSize(14).fillColor(INK.text).text(model.scopeLabel, { width: CONTENT_WIDTH });
  doc.text(format.period(model.period), { width: CONTENT_WIDTH });
  doc.moveDown(2.5);
  const facts: Array<[string, string]> = [
    [t.coverOrganization, model.organization],
    [t.coverSurvey, `${model.survey.title} (v${model.survey.version})`],
    [t.coverScope, model.scopeLabel],
    [t.coverPeriod, format.period(model.period)],
    [t.coverLanguage, t.languageName],
    [t.coverDataVersion, format.dataVersion(model.dataVersion)],
    [t.coverMade, format.day(model.generatedAt)],
  ];
  for (const [label, value] of facts) {
    const y = doc.y;
    doc.font('bold').fontSize(10).fillColor(INK.muted).text(label, PAGE.margin, y, { width: 130 });
    doc
      .font('regular')
      .fontSize(10)
      .fillColor(INK.text)
      .text(value, PAGE.margin + 140, y, { width: CONTENT_WIDTH - 140 });
    doc.moveDown(0.5);
  }
}

/** Fill the page reserved after the cover with the headings and their page numbers. */
function contents(page: PdfPage, format: ReportFormat) {
  const { doc } = page;
  doc.switchToPage(1);
  doc.x = PAGE.margin;
  doc.y = PAGE.margin;
  doc.font('bold').fontSize(18).fillColor(INK.accent).text(format.texts.contents, { width: CONTENT_WIDTH });
  doc.moveDown(0.8);
  for (const heading of page.headings) {
    const indent = heading.level === 1 ? 0 : 16;
    const y = doc.y;
    doc
      .font(heading.level === 1 ? 'bold' : 'regular')
      .fontSize(heading.level === 1 ? 11 : 10)
      .fillColor(INK.text);
    doc.text(heading.title, PAGE.margin + indent, y, {
      width: CONTENT_WIDTH - indent - 40,
      lineBreak: false,
      ellipsis: true,
    });
    doc.text(String(heading.page), PAGE.margin, y, {
      width: CONTENT_WIDTH,
      align: 'right',
      lineBreak: false,
    });
    doc.y = y + (heading.level === 1 ? 18 : 15);
  }
}

/**
 * Draw a report as an A4 PDF: vector charts, DejaVu Sans embedded as a subset (text selectable
 * and searchable in every language, Cyrillic included), contents, bookmarks and page numbers.
 * @example const bytes = await renderReportPdf(model);
 */
export async function renderReportPdf(model: ReportModel): Promise<Buffer> {
  const format = new ReportFormat(model.language, model.method.k);
  const t = format.texts;
  const page = new PdfPage(model.title, model.language, model.organization);
  const { doc } = page;
  cover(page, model, format);
  doc.addPage(); // the contents, filled in once the headings' pages are known
  doc.addPage();

  if (model.narrative.introduction) {
    page.heading(t.introduction);
    page.narrative(model.narrative.introduction);
  }
  if (model.narrative.keyMessages) {
    page.heading(t.keyMessages);
    page.narrative(model.narrative.keyMessages);
  }

  page.heading(t.method);
  for (const line of methodLines(model, format)) page.paragraph(line);

  page.heading(t.scorecard);
  if (!model.scorecard || model.scorecard.rows.length === 0) page.paragraph(t.scorecardNone);
  else {
    const table = scorecardTable(model, format);
    page.paragraph(t.scorecardNote, { size: 9, color: INK.muted });
    for (const line of table.notes) page.paragraph(line, { size: 9, color: INK.muted });
    pdfTable(page, table.header, table.rows, table.widths, { fontSize: 7.5 });
  }

  page.heading(t.indicators);
  pdfTable(
    page,
    [t.indicator, t.value, t.n],
    model.indicators.map((i) => [
      i.label,
      i.value === null
        ? { text: i.suppressed ? format.withheldFewer() : t.noData, muted: true }
        : format.value(i.value),
      format.count(i.n),
    ]),
    [0.5, 0.3, 0.2],
  );
  pdfIndicatorBars(page, model, format);

  page.heading(t.trends, 1, { newPage: true });
  page.paragraph(
    `${fill(t.trendsNote, { from: format.month(model.trend.from), to: format.month(model.trend.to) })} × ${format.withheldFewer()}.`,
    { size: 9, color: INK.muted },
  );
  const quarters = quarterRows(model, format);
  pdfTable(page, quarters.header, quarters.rows, quarters.widths);
  for (const indicator of model.indicators) pdfTrendChart(page, indicator, model.trend.months, format);

  page.heading(t.charts, 1, { newPage: true });
  for (const chart of model.charts) pdfQuestionChart(page, chart, format);

  page.heading(t.findings, 1, { newPage: true });
  if (model.findings.length === 0) page.paragraph(t.findingsNone);
  for (const finding of model.findings) {
    page.heading(finding.title, 2);
    page.paragraph(findingLine(finding, format), { size: 9, color: INK.muted });
    if (finding.actions.length === 0) page.paragraph(t.noActions);
    else
      pdfTable(
        page,
        [t.dutyBearerAsked, t.escalation, t.due, t.status],
        finding.actions.map((a) => actionCells(a, format)),
        [0.46, 0.18, 0.16, 0.2],
        { alignLeft: [0, 1, 2, 3] },
      );
  }

  if (model.narrative.recommendations) {
    page.heading(t.recommendations);
    page.narrative(model.narrative.recommendations);
  }

  contents(page, format);
  page.footers((p, pages) => fill(t.page, { page: p, pages }), model.title);
  return page.finish();
}
