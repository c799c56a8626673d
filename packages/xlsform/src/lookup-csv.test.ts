import { LOOKUP_MAX_COLUMNS, LOOKUP_MAX_ROWS, type LookupTable } from '@kolo/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { headerDelimiter, lookupCsv, lookupNameOfFile, parseLookupCsv } from './lookup-csv.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

function tableOf(input: Uint8Array | string, name?: string): LookupTable {
  const result = parseLookupCsv(input, name);
  if ('errors' in result) throw new Error(JSON.stringify(result.errors));
  return result.table;
}

function errorsOf(input: Uint8Array | string, name?: string) {
  const result = parseLookupCsv(input, name);
  if ('table' in result) throw new Error('expected the file to be refused');
  return result.errors;
}

describe('parseLookupCsv', () => {
  it('should read a header and rows as text, exactly as written', () => {
    expect(tableOf('EFEACODE,lat,lon\n30010101,6.3156,-10.8074\n30010102,06.29, x \n')).toEqual({
      columns: ['EFEACODE', 'lat', 'lon'],
      rows: [
        ['30010101', '6.3156', '-10.8074'],
        ['30010102', '06.29', ' x '],
      ],
    });
  });

  it('should drop a UTF-8 byte order mark, read CRLF and skip trailing empty lines', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('код,місто\r\n1,Київ\r\n2,Львів\r\n\r\n\r\n')]);
    expect(tableOf(bytes)).toEqual({
      columns: ['код', 'місто'],
      rows: [
        ['1', 'Київ'],
        ['2', 'Львів'],
      ],
    });
    expect(tableOf('\uFEFFa\r\nx\r\n')).toEqual({ columns: ['a'], rows: [['x']] });
  });

  it('should keep commas, quotes and line breaks inside quoted values', () => {
    expect(tableOf('site,address\ns1,"12 Main St, Monrovia"\ns2,"line one\r\nline ""two"""\n')).toEqual({
      columns: ['site', 'address'],
      rows: [
        ['s1', '12 Main St, Monrovia'],
        ['s2', 'line one\r\nline "two"'],
      ],
    });
  });

  it('should read a semicolon-delimited file as Excel saves it in uk, ru or pl, decimal commas kept', () => {
    expect(tableOf('код;широта;назва\n1;50,45;"Київ; центр"\n')).toEqual({
      columns: ['код', 'широта', 'назва'],
      rows: [['1', '50,45', 'Київ; центр']],
    });
    expect(headerDelimiter('a,b;c,d\n1;2;3;4')).toBe(',');
    expect(headerDelimiter('"a,b";c\n')).toBe(';');
  });

  it('should skip rows with no value at all, as Excel leaves after formatted cells', () => {
    expect(tableOf('a,b\n1,2\n,\n  , \n3,4\n')).toEqual({
      columns: ['a', 'b'],
      rows: [
        ['1', '2'],
        ['3', '4'],
      ],
    });
  });

  it('should drop unnamed empty columns at the end, as Excel writes after formatted cells', () => {
    expect(tableOf('code;lat;;\n1;6,3;;\n2;6,4;;\n')).toEqual({
      columns: ['code', 'lat'],
      rows: [
        ['1', '6,3'],
        ['2', '6,4'],
      ],
    });
    expect(errorsOf('code,lat,\n1,6.3,x\n')).toEqual([
      { line: 1, message: 'column 3 of the header has no name' },
    ]);
  });

  it('should refuse a file that is not UTF-8, saying to save it as CSV UTF-8', () => {
    // "код" in Windows-1251, as Excel's plain "CSV" saves it in a Ukrainian locale
    const errors = errorsOf(new Uint8Array([0xea, 0xee, 0xe4, 0x0a, 0x31, 0x0a]), 'sampleList');
    expect(errors).toEqual([{ message: expect.stringContaining('sampleList.csv is not UTF-8') }]);
    expect(errors[0]?.message).toContain('CSV UTF-8');
    expect(errorsOf(new Uint8Array([0xff, 0xfe, 0x61, 0x00]))[0]?.message).toContain('CSV UTF-8');
  });

  it('should refuse a NUL byte anywhere, as a binary file, at its line', () => {
    const bytes = new TextEncoder().encode(`code,lat\n1,6.3\n${'2,7.1\n'.repeat(20_000)}3,\u00008\n`);
    expect(errorsOf(bytes, 'sampleList')).toEqual([
      { line: 20_003, message: expect.stringContaining('sampleList.csv is not a text file') },
    ]);
    expect(errorsOf('code\n\u0000\n')[0]?.line).toBe(2);
  });

  it('should refuse an empty file and one with no header', () => {
    expect(errorsOf('', 'sites.csv')).toEqual([{ message: expect.stringMatching(/^sites\.csv is empty/) }]);
    expect(errorsOf('\r\n\n  \n')[0]?.message).toContain('empty');
    expect(errorsOf(',,\n , \n')[0]?.message).toContain('no header');
  });

  it('should refuse duplicate and empty column names on line 1', () => {
    expect(errorsOf('code,lat,code\n1,2,3\n')).toEqual([
      { line: 1, message: expect.stringContaining('column "code" appears twice') },
    ]);
    expect(errorsOf('code,,lat\n1,2,3\n')).toEqual([
      { line: 1, message: 'column 2 of the header has no name' },
    ]);
  });

  it('should refuse a ragged row, naming its line', () => {
    expect(errorsOf('a,b\n1,2\n\n3\n4,5,6\n')).toEqual([
      { line: 4, message: 'this row has 1 values but the header names 2 columns' },
      { line: 5, message: 'this row has 3 values but the header names 2 columns' },
    ]);
  });

  it('should refuse a quote never closed, at its line', () => {
    expect(errorsOf('a,b\n1,"two\nlines"\n3,"4\n5,6\n')).toEqual([
      { line: 4, message: 'a quoted value in the CSV file is never closed: a closing " is missing' },
    ]);
  });

  it('should keep a quote inside an unquoted value as written', () => {
    expect(tableOf('item,size\npipe,12" long\n')).toEqual({
      columns: ['item', 'size'],
      rows: [['pipe', '12" long']],
    });
  });

  it('should refuse a table over the caps, saying the cap', () => {
    const wide = Array.from({ length: LOOKUP_MAX_COLUMNS + 1 }, (_, i) => `c${i}`).join(',');
    expect(errorsOf(`${wide}\n`)[0]?.message).toContain(`at most ${LOOKUP_MAX_COLUMNS}`);
    const tall = `k\n${'1\n'.repeat(LOOKUP_MAX_ROWS + 5)}`;
    expect(errorsOf(tall)).toEqual([{ message: expect.stringContaining(`at most ${LOOKUP_MAX_ROWS} rows`) }]);
    const long = `k,v\n1,${'x'.repeat(1_001)}\n`;
    expect(errorsOf(long)).toEqual([
      { line: 2, message: expect.stringContaining('longer than 1000 characters') },
    ]);
    const many = `a,b,c,d,e,f,g,h,i,j,k,l,m,n,o,p,q,r,s,t,u\n${'1,2,3,4,5,6,7,8,9,0,1,2,3,4,5,6,7,8,9,0,1\n'.repeat(LOOKUP_MAX_ROWS)}`;
    expect(errorsOf(many)[0]?.message).toContain('at most 200000');
  });
});

/** Text with what CSV must quote: delimiters, quotes, line breaks, spaces, Cyrillic, emoji. */
const cell = fc.string({
  unit: fc.oneof(
    fc.constantFrom(',', ';', '"', '\n', '\r', ' ', '\t', "'", '='),
    fc.constantFrom('a', 'Б', 'ї', 'ș', 'ђ', '1', '.', '-', '🙂'),
  ),
  maxLength: 12,
});
const columnName = fc
  .string({
    unit: fc.constantFrom('a', 'B', '_', 'ї', '1', ',', ';', '"', ' ', '\n'),
    minLength: 1,
    maxLength: 8,
  })
  .filter((name) => name.trim() === name && name !== '');

const table: fc.Arbitrary<LookupTable> = fc
  .uniqueArray(columnName, { minLength: 1, maxLength: 5 })
  .chain((columns) =>
    fc.record({
      columns: fc.constant(columns),
      rows: fc.array(
        fc
          .array(cell, { minLength: columns.length, maxLength: columns.length })
          .filter((row) => row.some((c) => c.trim() !== '')),
        { maxLength: 6 },
      ),
    }),
  );

describe('lookupCsv', () => {
  it('should write any table that parseLookupCsv reads back equal, as text or UTF-8 bytes', () => {
    fc.assert(
      fc.property(table, (t) => {
        const csv = lookupCsv(t);
        expect(tableOf(csv)).toEqual(t);
        expect(tableOf(utf8(csv))).toEqual(t);
      }),
      { numRuns: 300 },
    );
  });

  it('should write CRLF lines, quoting only what must be', () => {
    expect(
      lookupCsv({
        columns: ['k', 'v'],
        rows: [
          ['1', 'a,b'],
          ['2', 'say "hi"'],
        ],
      }),
    ).toBe('k,v\r\n1,"a,b"\r\n2,"say ""hi"""\r\n');
  });
});

describe('lookupNameOfFile', () => {
  it('should name a table by its CSV file name, and refuse other files', () => {
    expect(lookupNameOfFile('sampleList.csv')).toBe('sampleList');
    expect(lookupNameOfFile('media/sites.CSV')).toBe('sites');
    expect(lookupNameOfFile('photo.jpg')).toBeUndefined();
    expect(lookupNameOfFile('1st list.csv')).toBeUndefined();
  });
});
