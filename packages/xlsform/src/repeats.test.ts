// biome-ignore-all lint/suspicious/noTemplateCurlyInString: XLSForm expressions write references as ${name}
import { parseSurvey } from '@kolo/schema';
import { describe, expect, it } from 'vitest';
import { readRows, settingsSheet } from './fixtures/build-workbook.ts';
import { importSheets, sectionsOf } from './fixtures/import-sheets.ts';
import { exportDraftXlsForm, importXlsForm } from './index.ts';

const at = (notes: ReadonlyArray<{ severity: string; code: string; row?: number | undefined }>) =>
  notes.map((n) => `${n.severity} ${n.code} ${n.row ?? ''}`);

describe('XLSForm repeats', () => {
  it('should import a repeat as a section of its own, counted by repeat_count, with what its questions read kept', async () => {
    const { definition, notes } = await importSheets({
      survey: [
        ['type', 'name', 'label', 'relevant', 'calculation', 'repeat_count', 'constraint'],
        ['begin_group', 'hh', 'Household'],
        ['integer', 'ch', 'How many children?'],
        ['end_group'],
        ['begin_repeat', 'child_repeat', 'Child', '${ch} > 0', null, '${ch}'],
        ['calculate', 'c1', null, null, 'position(..)'],
        ['text', 'name', 'Name of child ${c1}'],
        ['integer', 'age', 'Age of ${name}', 'position(..) <= ${ch}', null, null, '. < 18'],
        ['text', 'school', 'School', '../age > 5'],
        ['end_repeat'],
        ['begin_group', 'after', 'After'],
        ['calculate', 'first_age', null, null, 'indexed-repeat(${age}, ${child_repeat}, 1)'],
        ['calculate', 'kids', null, null, 'count(${child_repeat})'],
        ['calculate', 'ages', null, null, 'sum(${age})'],
        ['text', 'youngest', 'Youngest child', 'count(${child_repeat}) > 1'],
        ['end_group'],
      ],
      settings: settingsSheet('Coverage', 'coverage'),
    });
    expect(notes.filter((n) => n.severity === 'error')).toEqual([]);
    expect(notes.map((n) => n.code)).not.toContain('calculation_placeholder');
    const sections = sectionsOf(definition);
    expect(sections.map((s) => s.id)).toEqual(['hh', 'child_repeat', 'after']);
    const repeat = sections[1] as unknown as Record<string, unknown>;
    expect(repeat).toMatchObject({
      title: { en: 'Child' },
      showIf: { question: 'ch', op: 'gt', value: 0 },
      repeat: { count: '${ch}' },
    });
    const items = sections[1]?.items ?? [];
    expect(items.map((i) => i.id)).toEqual(['c1', 'name', 'age', 'school']);
    expect(items[0]).toMatchObject({ kind: 'calculate', calculation: 'position(..)' });
    expect(items[1]?.label).toEqual({ en: 'Name of child ${c1}' });
    expect(items[3]?.showIf).toMatchObject({ question: 'age' });
    expect(sections[2]?.items.map((i) => i.calculation)).toEqual([
      'indexed-repeat(${age}, ${child_repeat}, 1)',
      'count(${child_repeat})',
      'sum(${age})',
      undefined,
    ]);
    expect(sections[2]?.items[3]?.showIf).toEqual({ expression: 'count(${child_repeat}) > 1' });
    const parsed = parseSurvey(definition);
    expect(parsed.success ? [] : parsed.errors).toEqual([]);
  });

  it('should read a literal repeat_count or jr:count as a fixed number of instances, and note jr:noAddRemove with no count', async () => {
    const { definition, notes } = await importSheets({
      survey: [
        ['type', 'name', 'label', 'jr:count', 'jr:noAddRemove'],
        ['begin_repeat', 'visits', 'Visit', '3'],
        ['date', 'when', 'When?'],
        ['end_repeat'],
        ['begin_repeat', 'others', 'Other', null, 'true()'],
        ['text', 'who', 'Who?'],
        ['end_repeat'],
      ],
      settings: settingsSheet('Visits', 'visits'),
    });
    const sections = sectionsOf(definition) as unknown as Array<Record<string, unknown>>;
    expect(sections.map((s) => s.repeat)).toEqual([{ min: 3, max: 3 }, {}]);
    expect(at(notes)).toContain('warning no_add_remove 5');
    expect(at(notes).filter((n) => n.startsWith('error'))).toEqual([]);
  });

  it('should make a repeat inside a group a section at its place, and the questions after it a section like the group', async () => {
    const { definition, notes } = await importSheets({
      survey: [
        ['type', 'name', 'label', 'relevant'],
        ['begin_group', 'hh', 'Household', '${consent} = 1'],
        ['integer', 'consent', 'Consent'],
        ['integer', 'size', 'Size'],
        ['begin_repeat', 'member', 'Member', '${size} > 1'],
        ['text', 'member_name', 'Name'],
        ['end_repeat'],
        ['text', 'notes', 'Notes'],
        ['end_group'],
      ],
      settings: settingsSheet('Household', 'household'),
    });
    const sections = sectionsOf(definition) as unknown as Array<Record<string, unknown>>;
    expect(sections.map((s) => s.id)).toEqual(['hh', 'member', 'hh_continued']);
    expect(sections[1]).toMatchObject({
      repeat: {},
      showIf: {
        all: [
          { question: 'consent', op: 'eq', value: 1 },
          { question: 'size', op: 'gt', value: 1 },
        ],
      },
    });
    expect(sections[2]).toMatchObject({ title: { en: 'Household' }, showIf: { question: 'consent' } });
    expect(at(notes)).toContain('warning group_split 2');
    const back = await importXlsForm(await exportDraftXlsForm(definition));
    expect(back.definition).toEqual(JSON.parse(JSON.stringify(definition)));
  });

  it('should import a repeat inside a repeat as part of the outer one, with a located warning', async () => {
    const { definition, notes } = await importSheets({
      survey: [
        ['type', 'name', 'label', 'repeat_count'],
        ['begin_repeat', 'trees', 'Tree'],
        ['text', 'species', 'Species'],
        ['integer', 'stem_count', 'Stems'],
        ['begin_repeat', 'stems', 'Stem', '${stem_count}'],
        ['decimal', 'diameter', 'Diameter'],
        ['end_repeat'],
        ['end_repeat'],
      ],
      settings: settingsSheet('Biomass', 'biomass'),
    });
    const sections = sectionsOf(definition);
    expect(sections.map((s) => s.id)).toEqual(['trees']);
    expect(sections[0]?.items.map((i) => i.id)).toEqual(['species', 'stem_count', 'diameter']);
    expect(notes.find((n) => n.code === 'repeat_nested')).toMatchObject({
      severity: 'warning',
      sheet: 'survey',
      row: 5,
      column: 'type',
    });
    expect(notes.map((n) => n.code)).not.toContain('repeat_flattened');
  });

  it('should export a repeat as begin_repeat and end_repeat with repeat_count and original names, and read it back identically', async () => {
    const { definition } = await importSheets({
      survey: [
        ['type', 'name', 'label', 'repeat_count', 'calculation'],
        ['begin_group', 'hh', 'Household'],
        ['integer', 'Kids', 'Children'],
        ['end_group'],
        ['begin_repeat', 'Child-Repeat', 'Child', '${Kids}'],
        ['integer', 'Age', 'Age'],
        ['calculate', 'Pos', null, null, 'position(..)'],
        ['end_repeat'],
        ['begin_repeat', 'visits', 'Visit', '2'],
        ['date', 'when', 'When?'],
        ['end_repeat'],
      ],
      settings: settingsSheet('Kids', 'kids'),
    });
    const bytes = await exportDraftXlsForm(definition);
    const survey = (await readRows(bytes)).survey ?? [];
    const header = survey[0] ?? [];
    const col = (key: string) => header.indexOf(key);
    const rows = survey
      .slice(1)
      .map((r) => [col('type'), col('name'), col('repeat_count')].map((i) => r[i] ?? ''));
    expect(rows).toEqual([
      ['begin_group', 'hh', ''],
      ['integer', 'Kids', ''],
      ['end_group', '', ''],
      ['begin_repeat', 'Child-Repeat', '${Kids}'],
      ['integer', 'Age', ''],
      ['calculate', 'Pos', ''],
      ['end_repeat', '', ''],
      ['begin_repeat', 'visits', '2'],
      ['date', 'when', ''],
      ['end_repeat', '', ''],
    ]);
    const back = await importXlsForm(bytes);
    expect(back.definition).toEqual(JSON.parse(JSON.stringify(definition)));
  });
});

describe('XLSForm repeats made in kolo', () => {
  it('should write min, max and the instance label in kolo columns and read them back identically', async () => {
    const definition = {
      id: 'partners',
      version: 1,
      locales: ['en', 'uk'],
      title: { en: 'Partners', uk: 'Партнери' },
      sections: [
        {
          id: 'about',
          title: { en: 'About you', uk: 'Про вас' },
          items: [{ id: 'age', kind: 'number', integer: true, label: { en: 'Age', uk: 'Вік' } }],
        },
        {
          id: 'partners',
          title: { en: 'Partners', uk: 'Партнери' },
          repeat: { min: 1, max: 5, instanceLabel: { en: 'Partner', uk: 'Партнер' } },
          items: [
            { id: 'partner_age', kind: 'number', integer: true, label: { en: 'Age', uk: 'Вік' } },
            {
              id: 'older',
              kind: 'calculate',
              label: { en: 'Older', uk: 'Старший' },
              calculation: "if(${partner_age} > ${age}, 'yes', 'no')",
            },
          ],
        },
        {
          id: 'totals',
          title: { en: 'Totals', uk: 'Разом' },
          items: [
            {
              id: 'how_many',
              kind: 'calculate',
              label: { en: 'How many', uk: 'Скільки' },
              calculation: 'count(${partners})',
              valueType: 'number',
            },
          ],
        },
      ],
    };
    const parsed = parseSurvey(definition);
    expect(parsed.success ? [] : parsed.errors).toEqual([]);
    const bytes = await exportDraftXlsForm(definition);
    const survey = (await readRows(bytes)).survey ?? [];
    const header = survey[0] ?? [];
    const begin = survey.find((r) => r[header.indexOf('type')] === 'begin_repeat') ?? [];
    expect(begin[header.indexOf('kolo_repeat_min')]).toBe('1');
    expect(begin[header.indexOf('kolo_repeat_max')]).toBe('5');
    expect(begin[header.indexOf('repeat_count')] ?? '').toBe('');
    const back = await importXlsForm(bytes);
    expect(back.notes.filter((n) => n.severity === 'error')).toEqual([]);
    expect(back.definition).toEqual(definition);
  });
});
