import type { SurveyDefinition } from '@kolo/schema';
import { library } from '@kolo/surveys';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildWorkbook, type TestCell } from './fixtures/build-workbook.ts';
import { exportXlsForm, importXlsForm, XlsFormError } from './index.ts';

const LIMIT_MS = 10_000;

/** Import, and say how it ended: a result, an XlsFormError, or anything else (a bug). */
async function outcome(bytes: Uint8Array): Promise<'ok' | 'refused'> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`importXlsForm took over ${LIMIT_MS} ms`)), LIMIT_MS);
  });
  try {
    const result = await Promise.race([importXlsForm(bytes), hang]);
    expect(Array.isArray(result.notes)).toBe(true);
    return 'ok';
  } catch (error) {
    if (error instanceof XlsFormError) {
      expect(error.notes.length).toBeGreaterThan(0);
      return 'refused';
    }
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

/** A byte-level mutation of a workbook: flips, cuts, splices. */
const mutationArb = fc.oneof(
  fc.record({
    kind: fc.constant('flip' as const),
    at: fc.nat(),
    byte: fc.integer({ min: 0, max: 255 }),
    count: fc.integer({ min: 1, max: 40 }),
  }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('splice' as const),
    at: fc.nat(),
    bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }),
  }),
);

function mutate(bytes: Uint8Array, mutations: readonly Mutation[]): Uint8Array {
  let out = bytes;
  for (const m of mutations) {
    const at = m.at % Math.max(1, out.length);
    if (m.kind === 'cut') out = out.slice(0, at);
    else if (m.kind === 'splice') out = new Uint8Array([...out.slice(0, at), ...m.bytes, ...out.slice(at)]);
    else {
      out = out.slice();
      for (let i = 0; i < m.count; i += 1) out[(at + i * 97) % out.length] = (m.byte + i) & 0xff;
    }
  }
  return out;
}
type Mutation =
  | { kind: 'flip'; at: number; byte: number; count: number }
  | { kind: 'cut'; at: number }
  | { kind: 'splice'; at: number; bytes: Uint8Array };

const WORDS: TestCell[] = [
  'select_one yes_no',
  'select one colours or_other',
  'select_multiple colours',
  'select_one nowhere',
  'integer',
  'decimal',
  'range',
  'text',
  'date',
  'note',
  'begin_group',
  'begin group',
  'end_group',
  'end group',
  'begin_repeat',
  'end_repeat',
  'calculate',
  'geopoint',
  'image',
  'start',
  'Q1',
  'q1',
  'q 2',
  'q1',
  '',
  null,
  42,
  true,
  `\${q1} = 'yes'`,
  `selected(\${q2}, 'red')`,
  `\${q1} >= 3 and (\${q2} != 1 or not(\${q3} < 2))`,
  `\${`,
  "'",
  '((((',
  '. >= 0 and . <= 10',
  'string-length(.) <= 5',
  'count-selected(.) <= 2',
  "regex(., '^a')",
  'yes',
  'no',
  'likert',
  'table-list',
  'multiline',
  'start=1 end=5 step=1',
  'matrix',
  'yes_no',
  '{"question":"q1","op":"answered"}',
  '{"all":[]}',
  'Ок',
  'Так',
  '=SUM(A1)',
  '  ',
];
const HEADERS: TestCell[] = [
  'type',
  'name',
  'label',
  'Label::English (en)',
  'label::Українська (uk)',
  'hint',
  'required',
  'relevant',
  'constraint',
  'appearance',
  'parameters',
  'kolo_kind',
  'kolo_show_if',
  'kolo_sensitive',
  'choice_filter',
  'label::Klingon',
  'default',
  'Type',
  'NAME',
  'list_name',
  'list name',
];
const cellArb = fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 12 }), fc.integer());
const sheetArb = (headers: readonly TestCell[]) =>
  fc
    .tuple(
      fc.uniqueArray(fc.constantFrom(...headers), { minLength: 0, maxLength: 8 }),
      fc.array(fc.array(cellArb, { maxLength: 8 }), { maxLength: 12 }),
    )
    .map(([head, rows]) => [head, ...rows]);

describe('importXlsForm on hostile input', () => {
  let exported: Uint8Array;
  beforeAll(async () => {
    exported = await exportXlsForm(library[0] as SurveyDefinition);
  });

  it('should refuse garbage bytes with an XlsFormError', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), async (bytes) => {
        expect(await outcome(bytes)).toBe('refused');
      }),
      { numRuns: 200 },
    );
  });

  it('should end with a draft or an XlsFormError on a damaged workbook, never hang', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutationArb, { minLength: 1, maxLength: 4 }), async (mutations) => {
        await outcome(mutate(exported, mutations));
      }),
      { numRuns: 150 },
    );
  }, 120_000);

  it('should convert any well-formed but odd workbook without throwing', async () => {
    const workbookArb = fc.record(
      {
        survey: sheetArb(HEADERS),
        choices: sheetArb([
          'list_name',
          'name',
          'label',
          'list name',
          'label::Русский (ru)',
          'kolo_score',
          'kolo_exclusive',
        ]),
        settings: sheetArb([
          'form_title',
          'form_id',
          'version',
          'default_language',
          'kolo_title::English (en)',
        ]),
        kolo: sheetArb(['key', 'value']),
      },
      { requiredKeys: ['survey'] },
    );
    await fc.assert(
      fc.asyncProperty(workbookArb, async (sheets) => {
        await outcome(await buildWorkbook(sheets as Record<string, TestCell[][]>));
      }),
      { numRuns: 200 },
    );
  }, 120_000);
});
