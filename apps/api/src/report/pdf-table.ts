import { CONTENT_WIDTH, INK, PAGE, type PdfPage } from './pdf-page.ts';

/** One cell: its text, and whether it is a withheld figure (printed grey, in words). */
export type PdfCell = string | { readonly text: string; readonly muted?: boolean; readonly bold?: boolean };

const PADDING = 4;

function cellText(cell: PdfCell) {
  return typeof cell === 'string'
    ? { text: cell, muted: false, bold: false }
    : { muted: false, bold: false, ...cell };
}

/**
 * Draw a table with a header row repeated on every page it runs over; `widths` are shares of the
 * content width, numbers (every column after the first by default) right-aligned.
 */
export function pdfTable(
  page: PdfPage,
  header: readonly string[],
  rows: ReadonlyArray<readonly PdfCell[]>,
  widths: readonly number[],
  options: { alignLeft?: readonly number[]; fontSize?: number } = {},
): void {
  const { doc } = page;
  const columns = widths.map((w) => w * CONTENT_WIDTH);
  const left = new Set(options.alignLeft ?? [0]);
  const size = options.fontSize ?? 9;
  const heightOf = (cells: readonly PdfCell[], font: 'regular' | 'bold') =>
    Math.max(
      ...cells.map((cell, i) => {
        const c = cellText(cell);
        doc.font(c.bold ? 'bold' : font).fontSize(size);
        return doc.heightOfString(c.text, { width: (columns[i] ?? 50) - 2 * PADDING });
      }),
    ) +
    2 * PADDING;
  const drawRow = (
    cells: readonly PdfCell[],
    y: number,
    height: number,
    isHeader: boolean,
    zebra: boolean,
  ) => {
    if (isHeader) doc.rect(PAGE.margin, y, CONTENT_WIDTH, height).fill(INK.band);
    else if (zebra) doc.rect(PAGE.margin, y, CONTENT_WIDTH, height).fill('#f7f7f7');
    let x = PAGE.margin;
    cells.forEach((cell, i) => {
      const c = cellText(cell);
      const width = columns[i] ?? 50;
      doc
        .font(isHeader || c.bold ? 'bold' : 'regular')
        .fontSize(size)
        .fillColor(c.muted ? INK.withheld : INK.text)
        .text(c.text, x + PADDING, y + PADDING, {
          width: width - 2 * PADDING,
          align: left.has(i) ? 'left' : 'right',
        });
      x += width;
    });
    doc
      .moveTo(PAGE.margin, y + height)
      .lineTo(PAGE.margin + CONTENT_WIDTH, y + height)
      .lineWidth(0.5)
      .strokeColor(INK.grid)
      .stroke();
  };
  const headerHeight = heightOf(header, 'bold');
  page.ensure(headerHeight * 2 + 10);
  let y = doc.y;
  drawRow(header, y, headerHeight, true, false);
  y += headerHeight;
  rows.forEach((row, index) => {
    const height = heightOf(row, 'regular');
    if (y + height > page.limit) {
      doc.addPage();
      y = doc.y;
      drawRow(header, y, headerHeight, true, false);
      y += headerHeight;
    }
    drawRow(row, y, height, false, index % 2 === 1);
    y += height;
  });
  doc.x = PAGE.margin;
  doc.y = y + 12;
  doc.fillColor(INK.text).font('regular').fontSize(10);
}
