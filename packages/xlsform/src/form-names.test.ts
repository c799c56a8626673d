import { parseSurvey, type SurveyDefinition } from '@kolo/schema';
import { describe, expect, it } from 'vitest';
import { buildWorkbook, readRows, settingsSheet } from './fixtures/build-workbook.ts';
import { exportXlsForm, importXlsForm } from './index.ts';

/** A Kobo form whose names are not kolo ids and whose choice codes kolo cannot store as they are. */
const koboForm = {
  survey: [
    ['type', 'name', 'label', 'relevant'],
    ['begin_group', 'Household-Info', 'Household', null],
    ['select_one needs', 'Q1_Need', 'Main need?', null],
    ['select_multiple needs', 'Q2 Other needs', 'Other needs?', `selected(\${Q1_Need}, 'food & water')`],
    ['integer', 'HH_size', 'How many people?', `\${Q1_Need} = 'Café crème' or \${Q1_Need} = 'a:b/c'`],
    ['end_group', null, null, null],
  ],
  choices: [
    ['list_name', 'name', 'label'],
    ['needs', 'food & water', 'Food and water'],
    ['needs', 'Café crème', 'Coffee'],
    ['needs', 'a:b/c', 'Something else'],
    ['needs', 'food_water', 'Already a code'],
    ['needs', 'shelter', 'Shelter'],
  ],
  settings: settingsSheet('Needs', 'needs'),
};

describe('original names and choice codes', () => {
  it('should keep Kobo names and choice codes, with kolo ids beside them and no draft errors', async () => {
    const { definition, notes } = await importXlsForm(await buildWorkbook(koboForm));
    const parsed = parseSurvey(definition);
    expect(parsed.success ? [] : parsed.errors).toEqual([]);
    expect(notes.filter((n) => ['renamed', 'invalid_choice_name'].includes(n.code))).toEqual([]);
    const survey = definition as SurveyDefinition;
    const [section] = survey.sections;
    expect(section).toMatchObject({ id: 'household_info', sourceName: 'Household-Info' });
    expect(section?.items.map((i) => [i.id, 'sourceName' in i ? i.sourceName : undefined])).toEqual([
      ['q1_need', 'Q1_Need'],
      ['q2_other_needs', 'Q2 Other needs'],
      ['hh_size', 'HH_size'],
    ]);
    const codes = Object.values(survey.choiceLists ?? {})[0]?.map((c) => [c.value, c.sourceName]);
    expect(codes).toEqual([
      ['food_water', 'food & water'],
      ['Cafe_creme', 'Café crème'],
      ['a_b_c', 'a:b/c'],
      ['food_water_2', 'food_water'],
      ['shelter', undefined],
    ]);
    // conditions name the kolo codes
    expect(section?.items[1]?.showIf).toEqual({ question: 'q1_need', op: 'eq', value: 'food_water' });
    expect(section?.items[2]?.showIf).toEqual({
      any: [
        { question: 'q1_need', op: 'eq', value: 'Cafe_creme' },
        { question: 'q1_need', op: 'eq', value: 'a_b_c' },
      ],
    });
  });

  it('should write the original names and codes back on export, and read the export back identically', async () => {
    const { definition } = await importXlsForm(await buildWorkbook(koboForm));
    const bytes = await exportXlsForm(definition as SurveyDefinition);
    const sheets = await readRows(bytes);
    const survey = sheets.survey ?? [];
    const header = survey[0] ?? [];
    const column = (name: string) => survey.slice(1).map((r) => r[header.indexOf(name)] ?? '');
    expect(column('name')).toEqual(['Household-Info', 'Q1_Need', 'Q2 Other needs', 'HH_size', '']);
    expect(column('relevant').filter(Boolean)).toEqual([
      `\${Q1_Need} = 'food & water'`,
      `\${Q1_Need} = 'Café crème' or \${Q1_Need} = 'a:b/c'`,
    ]);
    const choices = sheets.choices ?? [];
    const nameAt = (choices[0] ?? []).indexOf('name');
    expect(choices.slice(1).map((r) => r[nameAt])).toEqual([
      'food & water',
      'Café crème',
      'a:b/c',
      'food_water',
      'shelter',
    ]);
    const back = await importXlsForm(bytes);
    expect(back.definition).toEqual(JSON.parse(JSON.stringify(definition)));
  });

  it('should fall back to the kolo id when an original name clashes with another question', async () => {
    const definition = parseSurvey({
      id: 'clash',
      version: 1,
      locales: ['en'],
      title: { en: 'Clash' },
      sections: [
        {
          id: 's',
          title: { en: 'S' },
          items: [
            { id: 'age', kind: 'number', label: { en: 'Age' } },
            { id: 'age_2', sourceName: 'age', kind: 'number', label: { en: 'Age again' } },
          ],
        },
      ],
    });
    if (!definition.success) throw new Error('fixture');
    const sheets = await readRows(await exportXlsForm(definition.survey));
    const rows = sheets.survey ?? [];
    const at = (rows[0] ?? []).indexOf('name');
    expect(rows.slice(1).map((r) => r[at] ?? '')).toEqual(['s', 'age', 'age_2', '']);
  });
});
