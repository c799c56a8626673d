import type { ExportCell } from './csv-text.ts';

/** Characters XML 1.0 cannot hold (controls but tab, newline and return; U+FFFE, U+FFFF), and lone surrogates. */
const NOT_XML =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters XML 1.0 cannot hold
  /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** What Excel reads as an escaped character (`_x0001_`): written as `_x005F_` + the rest so it stays literal. */
const EXCEL_ESCAPE = /_(x[0-9A-Fa-f]{4}_)/g;
const MARKUP = /[&<>]/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
/** Anything needing more than a plain copy: markup, characters XML cannot hold, Excel's escape pattern. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters XML 1.0 cannot hold
const NEEDS_WORK = /[&<>\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF\uD800-\uDFFF]|_x[0-9A-Fa-f]{4}_/;

/** Excel's longest cell text; a longer answer is cut there (Excel refuses the whole file otherwise). */
export const EXCEL_MAX_CELL_CHARS = 32_767;

/**
 * Text as an inline string's content: markup escaped, characters XML cannot hold written as Excel's
 * `_xHHHH_` escapes (so a stray control character costs one cell, never the file), Excel's own
 * escape pattern kept literal, and cut at Excel's 32,767 characters.
 */
export function xmlText(text: string): string {
  let value = text.length > EXCEL_MAX_CELL_CHARS ? text.slice(0, EXCEL_MAX_CELL_CHARS) : text;
  if (!NEEDS_WORK.test(value)) return value;
  value = value.replace(EXCEL_ESCAPE, '_x005F_$1');
  value = value.replace(NOT_XML, (c) => {
    const code = c.charCodeAt(0);
    // a lone surrogate is no character at all: the replacement character stands for it
    return code >= 0xd800 && code <= 0xdfff
      ? '\uFFFD'
      : `_x${code.toString(16).toUpperCase().padStart(4, '0')}_`;
  });
  return value.replace(MARKUP, (c) => ENTITIES[c] ?? c);
}

/** The column letters of a 0-based column index: 0 is A, 26 is AA. */
export function columnLetters(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/**
 * One `<row>` of sheet XML. Empty cells are left out; every cell names its place (`r`): the
 * standard lets it be left out, but readers such as exceljs place cells only by it. Numbers are
 * numbers; text found in `shared` (the workbook's shared strings: the survey's choices, sites,
 * locales) is written as its index there, other text as an inline string, so nothing grows with
 * the export. Cells arrive neutralised (see `xlsx-export.ts`).
 */
export function rowXml(
  rowNumber: number,
  cells: readonly ExportCell[],
  letters: readonly string[],
  shared?: ReadonlyMap<string, number>,
): string {
  let xml = `<row r="${rowNumber}">`;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (cell === null || cell === undefined || cell === '') continue;
    const at = `${letters[i] ?? columnLetters(i)}${rowNumber}`;
    if (typeof cell === 'number') {
      if (Number.isFinite(cell)) xml += `<c r="${at}"><v>${cell}</v></c>`;
      continue;
    }
    const index = shared?.get(cell);
    if (index !== undefined) {
      xml += `<c r="${at}" t="s"><v>${index}</v></c>`;
      continue;
    }
    xml += `<c r="${at}" t="inlineStr"><is>${textXml(cell)}</is></c>`;
  }
  return `${xml}</row>`;
}

/** A `<t>` element of text, its edge spaces kept. */
function textXml(text: string): string {
  const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : '';
  return `<t${space}>${xmlText(text)}</t>`;
}

/** The longest text put in the shared strings: a longer one is no choice or site name, and stays inline. */
const SHARED_MAX_CHARS = 255;

/**
 * The workbook's shared strings (texts its cells name by index) from texts expected in many cells:
 * each once, in order, empty and overlong ones left out. Its size is the survey's and the sites',
 * whatever the number of rows.
 */
export function sharedStrings(texts: Iterable<string>): Map<string, number> {
  const table = new Map<string, number>();
  for (const text of texts)
    if (text !== '' && text.length <= SHARED_MAX_CHARS && !table.has(text)) table.set(text, table.size);
  return table;
}

/** The shared-strings part (`xl/sharedStrings.xml`) of a table from {@link sharedStrings}. */
export function sharedStringsXml(table: ReadonlyMap<string, number>): string {
  let xml = `${XML_DECLARATION}<sst xmlns="${MAIN_NS}" uniqueCount="${table.size}">`;
  for (const text of table.keys()) xml += `<si>${textXml(text)}</si>`;
  return `${xml}</sst>`;
}

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** What a worksheet entry starts with, before its rows. */
export const SHEET_START = `${XML_DECLARATION}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheetData>`;
/** What a worksheet entry ends with, after its rows. */
export const SHEET_END = '</sheetData></worksheet>';

/** A sheet name Excel accepts: at most 31 characters, none of `[]:*?/\`, unique in the workbook (compared case-blind). */
export function sheetNames(wanted: readonly string[]): string[] {
  const taken = new Set<string>();
  return wanted.map((name) => {
    const base = name.replace(/[[\]:*?/\\]/g, '_').slice(0, 31) || 'sheet';
    let candidate = base;
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      candidate = `${base.slice(0, 31 - suffix.length)}${suffix}`;
    }
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}

function attribute(value: string): string {
  return xmlText(value).replace(/"/g, '&quot;');
}

/** The workbook's other parts, once its sheets are known: path in the zip and content (the shared strings are written apart). */
export function workbookParts(sheets: readonly string[], created: Date): Array<[string, string]> {
  const sheetTypes = sheets
    .map(
      (_, i) =>
        `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    )
    .join('');
  const sheetRels = sheets
    .map(
      (_, i) =>
        `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
    )
    .join('');
  const stamp = `${created.toISOString().slice(0, 19)}Z`;
  return [
    [
      '[Content_Types].xml',
      `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>${sheetTypes}<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`,
    ],
    [
      '_rels/.rels',
      `${XML_DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="${REL_NS}/extended-properties" Target="docProps/app.xml"/></Relationships>`,
    ],
    [
      'docProps/app.xml',
      `${XML_DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>kolo</Application></Properties>`,
    ],
    [
      'docProps/core.xml',
      `${XML_DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created></cp:coreProperties>`,
    ],
    [
      'xl/workbook.xml',
      `${XML_DECLARATION}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets>${sheets
        .map((name, i) => `<sheet name="${attribute(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
        .join('')}</sheets></workbook>`,
    ],
    [
      'xl/_rels/workbook.xml.rels',
      `${XML_DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheetRels}<Relationship Id="rId${sheets.length + 1}" Type="${REL_NS}/styles" Target="styles.xml"/><Relationship Id="rId${sheets.length + 2}" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    ],
    [
      'xl/styles.xml',
      `${XML_DECLARATION}<styleSheet xmlns="${MAIN_NS}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`,
    ],
  ];
}
