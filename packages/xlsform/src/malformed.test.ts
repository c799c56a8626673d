import { parseSurvey } from '@kolo/schema';
import { describe, expect, it } from 'vitest';
import { buildWorkbook } from './fixtures/build-workbook.ts';
import { importXlsForm, XlsFormError } from './index.ts';

async function refusal(bytes: Uint8Array | ArrayBuffer): Promise<XlsFormError> {
  const error = await importXlsForm(bytes).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(XlsFormError);
  return error as XlsFormError;
}

const SETTINGS = [
  ['form_title', 'form_id'],
  ['Broken', 'broken'],
];

describe('importXlsForm on files that are not usable XLSForms', () => {
  it('should refuse an empty file', async () => {
    const error = await refusal(new Uint8Array());
    expect(error).toMatchObject({ name: 'XlsFormError', code: 'empty_file', message: 'the file is empty' });
    expect(error.notes).toEqual([
      { sheet: '', severity: 'error', code: 'empty_file', message: 'the file is empty' },
    ]);
  });

  it('should refuse a file that is not an xlsx at all: text, CSV, PDF, a broken old .xls, a cut-off workbook', async () => {
    const text = new TextEncoder().encode('type,name,label\ntext,q1,Why?\n');
    expect((await refusal(text)).code).toBe('not_xlsx');
    const pdf = new TextEncoder().encode('%PDF-1.7\n').buffer;
    expect((await refusal(pdf)).message).toMatch(/not an \.xlsx workbook/);
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    // an .xls is read (read-xls.test.ts); one that is only a header is damaged
    expect(await refusal(xls)).toMatchObject({
      code: 'unreadable',
      message: expect.stringMatching(/save it as \.xlsx/),
    });
    const whole = await buildWorkbook({
      survey: [
        ['type', 'name', 'label'],
        ['text', 'q1', 'Why?'],
      ],
    });
    expect(['not_xlsx', 'unreadable']).toContain((await refusal(whole.slice(0, whole.length / 2))).code);
  });

  it('should refuse a workbook without a survey sheet, naming the sheets it has', async () => {
    const error = await refusal(
      await buildWorkbook({ Sheet1: [['type', 'name']], choices: [['list_name', 'name']] }),
    );
    expect(error.code).toBe('no_survey_sheet');
    expect(error.message).toContain('"Sheet1", "choices"');
  });

  it('should refuse a survey sheet without type or name columns, at the header row', async () => {
    const noType = await refusal(
      await buildWorkbook({
        survey: [
          ['name', 'label'],
          ['q1', 'Why?'],
        ],
      }),
    );
    expect(noType).toMatchObject({ code: 'no_type_column' });
    expect(noType.notes[0]).toMatchObject({ sheet: 'survey', row: 1 });
    expect(
      (
        await refusal(
          await buildWorkbook({
            survey: [
              ['type', 'label'],
              ['text', 'Why?'],
            ],
          }),
        )
      ).code,
    ).toBe('no_name_column');
  });

  it('should keep a question whose list is unknown and report it; parseSurvey flags it too', async () => {
    const { definition, notes } = await importXlsForm(
      await buildWorkbook({
        survey: [
          ['type', 'name', 'label'],
          ['begin_group', 'g', 'G'],
          ['select_one nowhere', 'q1', 'Pick'],
          ['end_group'],
        ],
        choices: [
          ['list_name', 'name', 'label'],
          ['somewhere', 'a', 'A'],
        ],
        settings: SETTINGS,
      }),
    );
    expect(notes).toContainEqual({
      sheet: 'survey',
      row: 3,
      column: 'type',
      severity: 'error',
      code: 'unknown_list',
      message: 'the choice list "nowhere" is not in the choices sheet; add its choices in the builder',
    });
    const parsed = parseSurvey(definition);
    expect(parsed.success ? [] : parsed.errors.map((e) => e.code)).toContain('unknown_reference');
  });

  it('should report a missing choices sheet once', async () => {
    const { notes } = await importXlsForm(
      await buildWorkbook({
        survey: [
          ['type', 'name', 'label'],
          ['select_one yn', 'q1', 'Q'],
        ],
        settings: SETTINGS,
      }),
    );
    expect(notes.filter((n) => n.code === 'no_choices_sheet')).toHaveLength(1);
  });

  it('should rename a duplicate name, and drop a duplicate choice, reporting both', async () => {
    const { definition, notes } = await importXlsForm(
      await buildWorkbook({
        survey: [
          ['type', 'name', 'label'],
          ['begin_group', 'g', 'G'],
          ['text', 'q1', 'First'],
          ['text', 'q1', 'Second'],
          ['select_one l', 'q2', 'Third'],
          ['end_group'],
        ],
        choices: [
          ['list_name', 'name', 'label'],
          ['l', 'a', 'A'],
          ['l', 'a', 'A again'],
        ],
        settings: SETTINGS,
      }),
    );
    expect(notes).toEqual([
      expect.objectContaining({
        sheet: 'choices',
        row: 3,
        column: 'name',
        severity: 'error',
        code: 'duplicate_choice',
      }),
      expect.objectContaining({
        sheet: 'survey',
        row: 4,
        column: 'name',
        severity: 'error',
        code: 'duplicate_name',
      }),
    ]);
    expect(notes[1]?.message).toBe('the name "q1" is used twice; this question was renamed "q1_2"');
    const items = (definition.sections as Array<{ items: Array<{ id: string }> }>)[0]?.items;
    expect(items?.map((i) => i.id)).toEqual(['q1', 'q1_2', 'q2']);
  });

  it('should report broken expressions at their row and column, with the offending character', async () => {
    const { definition, notes } = await importXlsForm(
      await buildWorkbook({
        survey: [
          ['type', 'name', 'label', 'relevant', 'constraint'],
          ['begin_group', 'g', 'G'],
          ['integer', 'n', 'N', null, '. >= '],
          ['text', 'a', 'A', `\${n = '3'`],
          ['text', 'b', 'B', `selected(\${n}, 'x'`],
          ['text', 'c', 'C', `\${n} > 1 > 0`],
          ['text', 'd', 'D', `\${n} =`],
          ['text', 'e', 'E', "/data/n = '1'"],
          ['end_group'],
        ],
        settings: SETTINGS,
      }),
    );
    const broken = notes.map((n) => [n.row, n.column, n.code]);
    expect(broken).toEqual([
      // a constraint that is not bounds is kept as an expression, if it reads as one
      [3, 'constraint', 'unsupported_expression'],
      [4, 'relevant', 'unsupported_expression'],
      [5, 'relevant', 'unsupported_expression'],
      [6, 'relevant', 'unsupported_expression'],
      [7, 'relevant', 'unsupported_expression'],
      [8, 'relevant', 'unsupported_expression'],
    ]);
    expect(notes[1]?.message).toContain(`a "\${" is never closed with "}"`);
    expect(notes[2]?.message).toContain('expected ")" but found the end');
    expect(notes[3]?.message).toContain('comparisons cannot be chained');
    expect(notes[4]?.message).toContain('the expression ends too early, at character 7');
    // the questions themselves are kept, shown always
    const items = (definition.sections as Array<{ items: Array<Record<string, unknown>> }>)[0]?.items;
    expect(items?.map((i) => [i.id, i.showIf])).toEqual([
      ['n', undefined],
      ['a', undefined],
      ['b', undefined],
      ['c', undefined],
      ['d', undefined],
      ['e', undefined],
    ]);
    expect(parseSurvey(definition).success).toBe(true);
  });

  it('should give a language it cannot tell a private code under its name, and report groups that do not close', async () => {
    const { definition, notes } = await importXlsForm(
      await buildWorkbook({
        survey: [
          ['type', 'name', 'label::English (en)', 'label::Klingon'],
          ['end_group'],
          ['begin_group', 'g', 'G', 'G'],
          ['text', 'q', 'Q', 'Q'],
        ],
        settings: SETTINGS,
      }),
    );
    expect(definition.locales).toEqual(['en', 'qaa']);
    expect(definition.languageNames).toEqual({ qaa: 'Klingon' });
    const structural = notes.filter((n) => !['title_untranslated', 'partial_translation'].includes(n.code));
    expect(structural.map((n) => [n.code, n.row, n.column])).toEqual([
      ['unbalanced_group', 2, 'type'],
      ['unbalanced_group', 3, 'type'],
    ]);
  });
});

describe('importXlsForm on text no database can hold', () => {
  it('should drop NUL, other control characters and broken Unicode from cells', async () => {
    const { definition } = await importXlsForm(
      await buildWorkbook({
        survey: [
          ['type', 'name', 'label'],
          ['begin_group', 'g', 'G'],
          ['text', 'q1', 'Wh\u0000y\u0007 \uD800not?\tok 🙂'],
          ['end_group'],
        ],
        settings: SETTINGS,
      }),
    );
    const items = (definition.sections as Array<{ items: Array<{ label: unknown }> }>)[0]?.items;
    // the file itself holds the lone half as U+FFFD: storable
    expect(items?.[0]?.label).toEqual({ en: 'Why \uFFFDnot?\tok 🙂' });
  });
});
