import ExcelJS from 'exceljs';

/** A cell value as kolo writes it. */
export type CellData = string | number;

/** One sheet to write: its headers and rows of cells keyed by header. */
export interface SheetData {
  readonly name: string;
  readonly headers: readonly string[];
  readonly rows: ReadonlyArray<Readonly<Record<string, CellData | undefined>>>;
}

/** Write sheets to .xlsx bytes: a bold, frozen header row, columns wide enough to read. */
export async function writeWorkbook(sheets: readonly SheetData[]): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'kolo';
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    worksheet.addRow([...sheet.headers]);
    worksheet.getRow(1).font = { bold: true };
    for (const row of sheet.rows) worksheet.addRow(sheet.headers.map((header) => row[header] ?? null));
    sheet.headers.forEach((header, i) => {
      const longest = Math.max(header.length, ...sheet.rows.map((r) => String(r[header] ?? '').length));
      worksheet.getColumn(i + 1).width = Math.min(60, Math.max(8, longest + 2));
    });
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
