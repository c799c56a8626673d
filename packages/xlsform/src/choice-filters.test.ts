// biome-ignore-all lint/suspicious/noTemplateCurlyInString: XLSForm expressions write references as ${name}
import { parseSurvey } from '@kolo/schema';
import { describe, expect, it } from 'vitest';
import { readRows, settingsSheet } from './fixtures/build-workbook.ts';
import { firstItems, importSheets } from './fixtures/import-sheets.ts';
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
