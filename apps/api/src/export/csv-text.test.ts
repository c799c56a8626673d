import { randomUUID } from 'node:crypto';
import { surveyItems } from '@kolo/schema';
import { serviceSatisfaction } from '@kolo/surveys';
import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportColumns, neutralizeCell } from './columns.ts';
import { csvField, csvLine, type ExportCell } from './csv-text.ts';
import type { ExportRow } from './rows-source.ts';
import { utf8Lines } from './write-export.ts';

/** Text that tries every edge: delimiters, quotes, line breaks, Cyrillic, formula starts. */
const text = fc.string({
  unit: fc.oneof(
    fc.constantFrom(',', '"', '\n', '\r', '\t', "'", '=', '+', '-', '@', ';', ' ', 'а', 'ї', 'Ж', '\uff1d'),
    fc.string({ unit: 'grapheme', maxLength: 1 }),
  ),
  maxLength: 12,
});
const cell: fc.Arbitrary<ExportCell> = fc.oneof(text, fc.integer(), fc.double(), fc.constant(null));

/** The straightforward way the export was written before: csv-stringify on neutralised cells. */
function stringified(cells: readonly ExportCell[]): string {
  return stringify([cells.map((c) => (typeof c === 'string' ? neutralizeCell(c) : c))]);
}

describe('csvField', () => {
  it('should write any cells as csv-stringify writes them once neutralised', () => {
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 8 }), (cells) => {
        expect(`${cells.map(csvField).join(',')}\n`).toBe(stringified(cells));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('csvLine', () => {
  const keys = [...surveyItems(serviceSatisfaction)].map(({ item }) => item.id);
  const value = fc.oneof(
    text,
    fc.constantFrom('yes', 'no', 'dont_know', 'other', '1', '5'),
    fc.integer(),
    fc.double(),
    fc.array(fc.oneof(text, fc.constantFrom('pwud', 'msm', 'other')), { maxLength: 3 }),
    fc.dictionary(text, text, { maxKeys: 2, noNullPrototype: true }),
    fc.constant(null),
  );
  const answers = fc.dictionary(fc.oneof(fc.constantFrom(...keys), text), value, {
    maxKeys: keys.length,
    noNullPrototype: true,
  });
  const row = fc.record({
    siteName: text,
    country: text,
    locale: text,
    version: fc.integer({ min: 1, max: 99 }),
    answers,
  });

  it('should write an answer shaped like no stored answer (an object with a "toString" key) as JSON, never throw', () => {
    const columns = exportColumns(serviceSatisfaction, { labels: 'en', includeSensitive: false });
    const submission: ExportRow = {
      id: randomUUID(),
      version: 1,
      siteName: '',
      country: '',
      locale: '',
      collectedAt: new Date(1_700_000_000_000).toISOString(),
      answers: { service_type: { toString: '' } },
    };
    const line = csvLine(submission, columns);
    expect(line).toContain('"{""toString"":""""}"');
  });

  it('should write a yes/no answer of "__proto__" as that text, never as the label table\'s prototype', () => {
    const columns = exportColumns(serviceSatisfaction, { labels: 'en', includeSensitive: false });
    const submission: ExportRow = {
      id: randomUUID(),
      version: 1,
      siteName: '',
      country: '',
      locale: '',
      collectedAt: new Date(1_700_000_000_000).toISOString(),
      answers: { recommend: '__proto__' },
    };
    expect(csvLine(submission, columns).split(',')).toContain('__proto__');
  });

  it('should write a submission as csv-stringify writes its cells, for codes and for labels', () => {
    for (const labels of ['code', 'uk', 'en']) {
      for (const includeSensitive of [false, true]) {
        const columns = exportColumns(serviceSatisfaction, { labels, includeSensitive });
        fc.assert(
          fc.property(row, (r) => {
            const submission: ExportRow = {
              ...r,
              id: randomUUID(),
              collectedAt: new Date(1_700_000_000_000 + r.version).toISOString(),
            };
            const cells = [
              submission.id,
              submission.version,
              submission.siteName,
              submission.country,
              submission.collectedAt,
              submission.locale,
              ...columns.map((c) => c.read(submission.answers)),
            ];
            expect(csvLine(submission, columns)).toBe(stringified(cells));
          }),
          { numRuns: 300 },
        );
      }
    }
  });
});

describe('utf8Lines', () => {
  it('should encode lines exactly as one joined string would be, whatever their length and characters', () => {
    const line = fc.string({
      unit: fc.oneof(
        fc.constantFrom('а', 'ї', '\u{1F600}', '\uD800', '\uDC00', ',', '\n'),
        fc.string({ unit: 'grapheme', maxLength: 1 }),
      ),
      maxLength: 3000,
    });
    fc.assert(
      fc.property(fc.array(line, { maxLength: 60 }), (lines) => {
        expect(
          utf8Lines(lines, (l) => `${l}\n`).equals(Buffer.from(lines.map((l) => `${l}\n`).join(''))),
        ).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
