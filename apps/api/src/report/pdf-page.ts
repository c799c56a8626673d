import PDFDocument from 'pdfkit';
import { fontBytes } from './fonts.ts';

/** A4 in points, and the margins of every page. */
export const PAGE = { width: 595.28, height: 841.89, margin: 56, bottom: 60 } as const;
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;

/** Colours: dark enough to print in grey; a rating is never told by colour alone. */
export const INK = {
  text: '#1b1b1b',
  muted: '#555555',
  accent: '#1f4e79',
  bar: '#2f6f9f',
  grid: '#c8c8c8',
  band: '#eef3f8',
  withheld: '#9a9a9a',
} as const;

/** A heading recorded for the table of contents and the PDF's bookmarks. */
export interface Heading {
  readonly title: string;
  readonly page: number;
  readonly level: 1 | 2;
}

/** pdfkit's document with the report's fonts, page flow and headings. */
export class PdfPage {
  readonly doc: PDFKit.PDFDocument;
  readonly headings: Heading[] = [];

  constructor(title: string, language: string, author: string) {
    this.doc = new PDFDocument({
      size: 'A4',
      margins: { top: PAGE.margin, left: PAGE.margin, right: PAGE.margin, bottom: PAGE.bottom },
      bufferPages: true,
      lang: language,
      displayTitle: true,
      info: { Title: title, Author: author, Creator: 'kolo' },
    });
    this.doc.registerFont('regular', Buffer.from(fontBytes('regular')));
    this.doc.registerFont('bold', Buffer.from(fontBytes('bold')));
    this.doc.font('regular').fontSize(10).fillColor(INK.text);
  }

  /** The bottom of the writable area. */
  get limit(): number {
    return PAGE.height - PAGE.bottom - 18;
  }

  /** The page being written, counting from 1. */
  get pageNumber(): number {
    const range = this.doc.bufferedPageRange();
    return range.start + range.count;
  }

  /** Start a new page unless `height` points still fit on this one. */
  ensure(height: number): void {
    if (this.doc.y + height > this.limit) this.doc.addPage();
  }

  /**
   * A section heading, recorded for the contents and bookmarks: level 1 starts a new page when
   * asked to or when less than half a page is left.
   */
  heading(title: string, level: 1 | 2 = 1, options: { newPage?: boolean } = {}): void {
    if (level === 1 && (options.newPage || this.doc.y > PAGE.height / 2)) this.doc.addPage();
    else if (level === 1) this.doc.moveDown(1.5);
    else this.ensure(60);
    this.headings.push({ title, page: this.pageNumber, level });
    this.doc.outline.addItem(title);
    this.doc
      .font('bold')
      .fontSize(level === 1 ? 18 : 13)
      .fillColor(INK.accent)
      .text(title, PAGE.margin, this.doc.y, { width: CONTENT_WIDTH });
    this.doc.moveDown(0.5).font('regular').fontSize(10).fillColor(INK.text);
  }

  /** A paragraph of running text. */
  paragraph(text: string, options: { color?: string; size?: number } = {}): void {
    this.ensure(30);
    this.doc
      .font('regular')
      .fontSize(options.size ?? 10)
      .fillColor(options.color ?? INK.text)
      .text(text, PAGE.margin, this.doc.y, { width: CONTENT_WIDTH, lineGap: 2 });
    this.doc.moveDown(0.6).fillColor(INK.text).fontSize(10);
  }

  /** Staff's own text: paragraphs split on blank lines, lines starting with "-" as bullets. */
  narrative(text: string): void {
    for (const block of text.split(/\n\s*\n/)) {
      const lines = block
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
      if (lines.length > 0 && lines.every((l) => /^[-*•]\s/.test(l))) {
        this.ensure(30);
        this.doc.font('regular').fontSize(10).fillColor(INK.text);
        this.doc.list(
          lines.map((l) => l.replace(/^[-*•]\s+/, '')),
          PAGE.margin,
          this.doc.y,
          { width: CONTENT_WIDTH, bulletRadius: 2, lineGap: 2 },
        );
        this.doc.moveDown(0.6);
      } else if (lines.length > 0) this.paragraph(lines.join(' '));
    }
  }

  /** Write "Page x of y" and the title at the foot of every page but the cover. */
  footers(pageText: (page: number, pages: number) => string, title: string): void {
    const range = this.doc.bufferedPageRange();
    for (let i = range.start + 1; i < range.start + range.count; i++) {
      this.doc.switchToPage(i);
      // writing below the bottom margin would otherwise start a new page
      this.doc.page.margins.bottom = 0;
      const y = PAGE.height - PAGE.bottom + 20;
      this.doc.font('regular').fontSize(8).fillColor(INK.muted);
      this.doc.text(title, PAGE.margin, y, { width: CONTENT_WIDTH * 0.7, lineBreak: false, ellipsis: true });
      this.doc.text(pageText(i + 1, range.count), PAGE.margin, y, {
        width: CONTENT_WIDTH,
        align: 'right',
        lineBreak: false,
      });
    }
  }

  /** The finished PDF's bytes. */
  finish(): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      this.doc.on('data', (chunk: Buffer) => chunks.push(chunk));
      this.doc.on('end', () => resolve(Buffer.concat(chunks)));
      this.doc.on('error', reject);
      this.doc.end();
    });
  }
}
