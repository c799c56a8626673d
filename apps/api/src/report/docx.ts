import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { ChartRun } from 'docx/charts';
import { ReportFormat } from './format.ts';
import type { ReportChart, ReportModel } from './model.ts';
import type { PdfCell } from './pdf-table.ts';
import { actionCells, findingLine, methodLines, quarterRows, scorecardTable } from './sections-text.ts';
import { fill } from './texts/index.ts';

type Block = Paragraph | Table | TableOfContents;

const heading = (text: string, level: 1 | 2 = 1) =>
  new Paragraph({ text, heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2 });
const paragraph = (text: string, muted = false) =>
  new Paragraph({
    children: [new TextRun({ text, ...(muted ? { color: '666666' } : {}) })],
    spacing: { after: 120 },
  });

/** Staff's own text: paragraphs split on blank lines, lines starting with "-" as bullets. */
function narrative(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  for (const block of text.split(/\n\s*\n/)) {
    const lines = block
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    if (lines.length > 0 && lines.every((l) => /^[-*•]\s/.test(l)))
      for (const l of lines)
        out.push(new Paragraph({ text: l.replace(/^[-*•]\s+/, ''), bullet: { level: 0 } }));
    else if (lines.length > 0) out.push(paragraph(lines.join(' ')));
  }
  return out;
}

/** A Word table with a header row repeated on every page; withheld figures grey. */
function table(header: readonly string[], rows: ReadonlyArray<readonly PdfCell[]>): Table {
  const cell = (value: PdfCell, isHeader: boolean, index: number) => {
    const c = typeof value === 'string' ? { text: value, muted: false, bold: false } : value;
    return new TableCell({
      children: c.text.split('\n').map(
        (line) =>
          new Paragraph({
            alignment: index === 0 ? AlignmentType.LEFT : AlignmentType.RIGHT,
            children: [
              new TextRun({
                text: line,
                bold: isHeader || c.bold === true,
                ...(c.muted ? { color: '777777' } : {}),
              }),
            ],
          }),
      ),
      ...(isHeader ? { shading: { fill: 'EEF3F8' } } : {}),
    });
  };
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h, i) => cell(h, true, i)) }),
      ...rows.map((row) => new TableRow({ children: row.map((c, i) => cell(c, false, i)) })),
    ],
  });
}

/** A native Word chart (editable in Word, with its data), or nothing when every figure is withheld. */
function chart(run: () => ChartRun): Paragraph[] {
  return [new Paragraph({ children: [run()] }), new Paragraph({ text: '' })];
}

function questionBlocks(c: ReportChart, format: ReportFormat): Block[] {
  const t = format.texts;
  const out: Block[] = [heading(c.label, 2)];
  if (c.suppressed || c.n === 0 || c.restricted) {
    out.push(paragraph(c.n === 0 ? t.noAnswers : format.withheldFewer(), true));
    return out;
  }
  out.push(paragraph(format.n(c.n), true));
  if (c.stats)
    out.push(
      paragraph(
        `${t.mean}: ${format.decimal(c.stats.mean)} · ${t.median}: ${format.decimal(c.stats.median)}`,
      ),
    );
  if (c.bars.length === 0) return out;
  out.push(
    table(
      [t.answer, t.share, t.count],
      c.bars.map((b) =>
        b.suppressed || b.n === null
          ? [b.label, { text: t.withheld, muted: true }, { text: t.withheld, muted: true }]
          : [b.label, format.share(b.share), format.count(b.n)],
      ),
    ),
  );
  if (c.bars.some((b) => b.share !== null))
    out.push(
      ...chart(
        () =>
          new ChartRun({
            type: 'bar',
            categories: c.bars.map((b) => b.label),
            series: [
              {
                name: t.share,
                values: c.bars.map((b) => (b.share === null ? null : Math.round(b.share * 100))),
              },
            ],
            legend: false,
            valueAxis: { minimum: 0, maximum: 100, interval: 25 },
            dataLabels: { value: true },
            transformation: { width: 576, height: Math.min(480, 70 + 28 * c.bars.length) },
          }),
      ),
    );
  return out;
}

/**
 * Write a report as a Word document staff can edit: Word headings (and a table of contents from
 * them), tables of every figure, and native Word charts drawn from the same figures.
 * @example const bytes = await renderReportDocx(model);
 */
export async function renderReportDocx(model: ReportModel): Promise<Buffer> {
  const format = new ReportFormat(model.language, model.method.k);
  const t = format.texts;
  const blocks: Block[] = [];
  blocks.push(
    new Paragraph({ children: [new TextRun({ text: model.organization, color: '555555' })] }),
    new Paragraph({ text: model.title, heading: HeadingLevel.TITLE }),
    paragraph(model.scopeLabel),
    paragraph(format.period(model.period)),
    table(
      [t.coverSurvey, `${model.survey.title} (v${model.survey.version})`],
      [
        [t.coverOrganization, model.organization],
        [t.coverScope, model.scopeLabel],
        [t.coverPeriod, format.period(model.period)],
        [t.coverLanguage, t.languageName],
        [t.coverDataVersion, format.dataVersion(model.dataVersion)],
        [t.coverMade, format.day(model.generatedAt)],
      ],
    ),
    new Paragraph({ text: t.contents, heading: HeadingLevel.HEADING_1, pageBreakBefore: true }),
    new TableOfContents(t.contents, { hyperlink: true, headingStyleRange: '1-1' }),
  );
  const section = (title: string) =>
    blocks.push(new Paragraph({ text: title, heading: HeadingLevel.HEADING_1, pageBreakBefore: true }));

  if (model.narrative.introduction) {
    section(t.introduction);
    blocks.push(...narrative(model.narrative.introduction));
  }
  if (model.narrative.keyMessages) {
    section(t.keyMessages);
    blocks.push(...narrative(model.narrative.keyMessages));
  }
  section(t.method);
  blocks.push(...methodLines(model, format).map((line) => paragraph(line)));

  section(t.scorecard);
  if (!model.scorecard || model.scorecard.rows.length === 0) blocks.push(paragraph(t.scorecardNone));
  else {
    const card = scorecardTable(model, format);
    blocks.push(paragraph(t.scorecardNote, true), ...card.notes.map((line) => paragraph(line, true)));
    blocks.push(table(card.header, card.rows));
  }

  section(t.indicators);
  blocks.push(
    table(
      [t.indicator, t.value, t.n],
      model.indicators.map((i) => [
        i.label,
        i.value === null
          ? { text: i.suppressed ? format.withheldFewer() : t.noData, muted: true }
          : format.value(i.value),
        format.count(i.n),
      ]),
    ),
  );

  section(t.trends);
  blocks.push(
    paragraph(
      fill(t.trendsNote, { from: format.month(model.trend.from), to: format.month(model.trend.to) }),
      true,
    ),
  );
  const quarters = quarterRows(model, format);
  blocks.push(table(quarters.header, quarters.rows), new Paragraph({ text: '' }));
  const months = model.trend.months;
  const scored = model.indicators.filter((i) => i.kind !== 'count');
  if (scored.length > 0 && months.some((m) => scored.some((i) => m.values[i.id] != null)))
    blocks.push(
      ...chart(
        () =>
          new ChartRun({
            type: 'line',
            markers: true,
            title: t.trends,
            categories: months.map((m) => format.month(m.period)),
            series: scored.map((i) => ({
              name: i.label,
              values: months.map((m) => {
                const v = m.values[i.id];
                return v === null || v === undefined ? null : Math.round(v);
              }),
            })),
            valueAxis: { minimum: 0, maximum: 100, interval: 25 },
          }),
      ),
    );

  section(t.charts);
  for (const c of model.charts) blocks.push(...questionBlocks(c, format));

  section(t.findings);
  if (model.findings.length === 0) blocks.push(paragraph(t.findingsNone));
  for (const finding of model.findings) {
    blocks.push(heading(finding.title, 2), paragraph(findingLine(finding, format), true));
    if (finding.actions.length === 0) blocks.push(paragraph(t.noActions));
    else
      blocks.push(
        table(
          [t.dutyBearerAsked, t.escalation, t.due, t.status],
          finding.actions.map((a) => actionCells(a, format)),
        ),
      );
  }
  if (model.narrative.recommendations) {
    section(t.recommendations);
    blocks.push(...narrative(model.narrative.recommendations));
  }

  const [before = '', between = '', after = ''] = t.page.split(/\{page\}|\{pages\}/);
  const pageFirst = t.page.indexOf('{page}') < t.page.indexOf('{pages}');
  const document = new Document({
    creator: 'kolo',
    title: model.title,
    description: `${model.scopeLabel}, ${format.period(model.period)}`,
    features: { updateFields: true },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 } } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [
                  new TextRun({
                    size: 16,
                    children: pageFirst
                      ? [before, PageNumber.CURRENT, between, PageNumber.TOTAL_PAGES, after]
                      : [before, PageNumber.TOTAL_PAGES, between, PageNumber.CURRENT, after],
                  }),
                ],
              }),
            ],
          }),
        },
        children: blocks,
      },
    ],
  });
  return Packer.toBuffer(document);
}
