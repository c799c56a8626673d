// biome-ignore-all lint/suspicious/noTemplateCurlyInString: XLSForm expressions write references as ${name}
import { parseSurvey } from '@kolo/schema';
import { describe, expect, it } from 'vitest';
import { readRows, settingsSheet } from './fixtures/build-workbook.ts';
import { firstItems, importSheets } from './fixtures/import-sheets.ts';
import { PYXFORM, pyxformRefusal } from './fixtures/pyxform.ts';
import { exportDraftXlsForm, importXlsForm } from './index.ts';

describe('XLSForm choice filters', () => {
  it('should read a bare word compared with a choice property as a text (pastel=yes), noted', async () => {
    const { definition, notes } = await importSheets({
      survey: [
        ['type', 'name', 'label', 'choice_filter'],
        ['select_one colors', 'fav_pastel', 'Favourite pastel?', 'pastel=yes and name != red'],
      ],
      choices: [
        ['list name', 'name', 'label', 'pastel'],
        ['colors', 'red', 'red', 'no'],
        ['colors', 'mauve', 'mauve', 'yes'],
      ],
      settings: settingsSheet('Colours', 'colours'),
    });
    expect(firstItems(definition)?.[0]?.choiceFilter).toBe("pastel='yes' and name != 'red'");
    expect(notes.find((n) => n.code === 'filter_word_quoted')).toMatchObject({
      severity: 'warning',
      row: 2,
      column: 'choice_filter',
    });
    const parsed = parseSurvey(definition);
    expect(parsed.success ? [] : parsed.errors).toEqual([]);
  });

  it('should keep a filtered question\'s spelled-out "other" choice and its specify question, so pyxform accepts the export', async () => {
    const { definition, notes } = await importSheets({
      survey: [
        ['type', 'name', 'label', 'relevant', 'choice_filter'],
        ['select_one gov', 'governorate', 'Governorate'],
        ['select_one district', 'district', 'District', null, "(gov = ${governorate}) or (gov = 'other')"],
        ['text', 'district_other', 'Which district?', "selected(${district}, 'other')"],
      ],
      choices: [
        ['list_name', 'name', 'label', 'gov'],
        ['gov', 'north', 'North'],
        ['gov', 'south', 'South'],
        ['district', 'd1', 'District 1', 'north'],
        ['district', 'd2', 'District 2', 'south'],
        ['district', 'other', 'Other', 'other'],
      ],
      settings: settingsSheet('Districts', 'districts'),
    });
    expect(notes.map((n) => n.code)).not.toContain('other_merged');
    const items = firstItems(definition) ?? [];
    expect(items.map((i) => i.id)).toEqual(['governorate', 'district', 'district_other']);
    expect(items[1]?.other).toBeUndefined();
    expect(((items[1]?.options ?? []) as Array<{ value: string }>).map((o) => o.value)).toEqual([
      'd1',
      'd2',
      'other',
    ]);
    const bytes = await exportDraftXlsForm(definition);
    const survey = (await readRows(bytes)).survey ?? [];
    const type = (survey[0] ?? []).indexOf('type');
    expect(survey.map((r) => r[type]).filter((t) => t?.includes('or_other'))).toEqual([]);
    expect((await importXlsForm(bytes)).definition).toEqual(JSON.parse(JSON.stringify(definition)));
  });
});

describe('XLSForm "other" beside a choice filter, made in kolo', () => {
  it('should write the other option spelled out (a choice and a specify question), not or_other, and read it back identically', async () => {
    const definition = {
      id: 'districts',
      version: 1,
      locales: ['en', 'uk'],
      title: { en: 'Districts', uk: 'Райони' },
      sections: [
        {
          id: 'where',
          title: { en: 'Where', uk: 'Де' },
          items: [
            {
              id: 'region',
              kind: 'single_choice',
              label: { en: 'Region', uk: 'Область' },
              options: [
                { value: 'north', label: { en: 'North', uk: 'Північ' } },
                { value: 'south', label: { en: 'South', uk: 'Південь' } },
              ],
            },
            {
              id: 'district',
              kind: 'single_choice',
              label: { en: 'District', uk: 'Район' },
              options: [
                { value: 'd1', label: { en: 'D1', uk: 'Р1' }, properties: { region: 'north' } },
                { value: 'd2', label: { en: 'D2', uk: 'Р2' }, properties: { region: 'south' } },
              ],
              other: { label: { en: 'Another district', uk: 'Інший район' } },
              choiceFilter: 'region = ${region}',
            },
            {
              id: 'services',
              kind: 'multi_choice',
              label: { en: 'Services', uk: 'Послуги' },
              options: [
                { value: 'nsp', label: { en: 'Needles', uk: 'Голки' }, properties: { region: 'north' } },
                { value: 'ost', label: { en: 'OST', uk: 'ЗПТ' }, properties: { region: 'south' } },
              ],
              other: {},
              choiceFilter: 'region = ${region}',
            },
          ],
        },
      ],
    };
    const parsed = parseSurvey(definition);
    expect(parsed.success ? [] : parsed.errors).toEqual([]);
    const bytes = await exportDraftXlsForm(definition);
    const sheets = await readRows(bytes);
    const survey = sheets.survey ?? [];
    const col = (key: string) => (survey[0] ?? []).indexOf(key);
    const rows = survey
      .slice(1)
      .map((r) => [col('type'), col('name'), col('relevant'), col('choice_filter')].map((i) => r[i] ?? ''));
    expect(rows.filter((r) => r[0]?.includes('or_other'))).toEqual([]);
    expect(rows).toContainEqual([
      'select_one district',
      'district',
      '',
      "(region = ${region}) or name = 'other'",
    ]);
    expect(rows).toContainEqual(['text', 'district_other', "${district} = 'other'", '']);
    expect(rows).toContainEqual(['text', 'services_other', "selected(${services}, 'other')", '']);
    const choices = sheets.choices ?? [];
    expect(choices.filter((r) => r[1] === 'other').map((r) => r[0])).toEqual(['district', 'services']);
    if (PYXFORM) expect(pyxformRefusal(bytes)).toBe('');
    const back = await importXlsForm(bytes);
    expect(back.notes.filter((n) => n.severity === 'error')).toEqual([]);
    expect(back.definition).toEqual(definition);
  });
});

describe('XLSForm "other" beside a choice filter on a shared list, made in kolo', () => {
  it('should write the other option spelled out on a copy of the list, not or_other, and read it back identically', async () => {
    const definition = {
      id: 'shared-districts',
      version: 1,
      locales: ['en', 'uk'],
      title: { en: 'Districts', uk: 'Райони' },
      choiceLists: {
        districts: [
          { value: 'd1', label: { en: 'D1', uk: 'Р1' }, properties: { region: 'north' } },
          { value: 'd2', label: { en: 'D2', uk: 'Р2' }, properties: { region: 'south' } },
        ],
      },
      sections: [
        {
          id: 'where',
          title: { en: 'Where', uk: 'Де' },
          items: [
            {
              id: 'region',
              kind: 'single_choice',
              label: { en: 'Region', uk: 'Область' },
              options: [
                { value: 'north', label: { en: 'North', uk: 'Північ' } },
                { value: 'south', label: { en: 'South', uk: 'Південь' } },
              ],
            },
            {
              id: 'home',
              kind: 'single_choice',
              label: { en: 'Home district', uk: 'Район проживання' },
              choices: 'districts',
              other: { label: { en: 'Another district', uk: 'Інший район' } },
              choiceFilter: 'region = ${region}',
            },
            {
              id: 'visited',
              kind: 'multi_choice',
              label: { en: 'Districts visited', uk: 'Відвідані райони' },
              choices: 'districts',
              other: {},
              choiceFilter: 'region = ${region}',
            },
            {
              id: 'work',
              kind: 'single_choice',
              label: { en: 'Work district', uk: 'Район роботи' },
              choices: 'districts',
            },
          ],
        },
      ],
    };
    const parsed = parseSurvey(definition);
    expect(parsed.success ? [] : parsed.errors).toEqual([]);
    const bytes = await exportDraftXlsForm(definition);
    const sheets = await readRows(bytes);
    const survey = sheets.survey ?? [];
    const col = (key: string) => (survey[0] ?? []).indexOf(key);
    const rows = survey
      .slice(1)
      .map((r) => [col('type'), col('name'), col('relevant'), col('choice_filter')].map((i) => r[i] ?? ''));
    expect(rows.filter((r) => r[0]?.includes('or_other'))).toEqual([]);
    expect(rows).toContainEqual(['text', 'home_other', "${home} = 'other'", '']);
    expect(rows).toContainEqual(['text', 'visited_other', "selected(${visited}, 'other')", '']);
    // the shared list gains no "other": the question without one still offers only the districts
    expect(rows).toContainEqual(['select_one districts', 'work', '', '']);
    const choices = sheets.choices ?? [];
    expect(choices.filter((r) => r[0] === 'districts').map((r) => r[1])).toEqual(['d1', 'd2']);
    if (PYXFORM) expect(pyxformRefusal(bytes)).toBe('');
    const back = await importXlsForm(bytes);
    expect(back.notes.filter((n) => n.severity === 'error')).toEqual([]);
    expect(back.definition).toEqual(definition);
  });
});
