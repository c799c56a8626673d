// biome-ignore-all lint/suspicious/noTemplateCurlyInString: XLSForm expressions write references as ${name}
import { parseSurvey } from '@kolo/schema';
import { describe, expect, it } from 'vitest';
import { settingsSheet } from './fixtures/build-workbook.ts';
import { firstItems, importSheets } from './fixtures/import-sheets.ts';
import { exportDraftXlsForm, importXlsForm } from './index.ts';

describe('loose XLSForm comparisons', () => {
  it("should keep ${age} != 'NaN', a code no choice has and sum() as ODK reads them, with no draft error", async () => {
    const { definition, notes } = await importSheets({
      survey: [
        ['type', 'name', 'label', 'relevant', 'calculation'],
        ['integer', 'years', 'Age in years'],
        ['select_one yn', 'child', 'A child?'],
        ['select_multiple yn', 'seen', 'Seen?'],
        ['calculate', 'months', null, null, 'int(${years} * 12)'],
        ['calculate', 'total', null, null, 'sum(${months})'],
        ['text', 'a', 'A', "${months} != 'NaN' and ${months} > 6"],
        ['text', 'b', 'B', "${child} = 'dk' or ${child} = 'yes'"],
        ['text', 'c', 'C', "selected(${seen}, 'dk')"],
        ['text', 'd', 'D', '${total} mod 2 = 0'],
      ],
      choices: [
        ['list_name', 'name', 'label'],
        ['yn', 'yes', 'Yes'],
        ['yn', 'no', 'No'],
      ],
      settings: settingsSheet('Loose', 'loose'),
    });
    expect(notes.filter((n) => n.severity === 'error')).toEqual([]);
    const parsed = parseSurvey(definition);
    expect(parsed.success ? [] : parsed.errors).toEqual([]);
    const items = firstItems(definition);
    expect(items?.find((i) => i.id === 'a')?.showIf).toEqual({
      all: [{ expression: "${months} != 'NaN'" }, { question: 'months', op: 'gt', value: 6 }],
    });
    expect(items?.find((i) => i.id === 'b')?.showIf).toEqual({
      any: [{ expression: "${child} = 'dk'" }, { question: 'child', op: 'eq', value: 'yes' }],
    });
    expect(items?.find((i) => i.id === 'c')?.showIf).toEqual({ expression: "selected(${seen}, 'dk')" });
    expect(items?.find((i) => i.id === 'd')?.showIf).toEqual({ expression: '${total} mod 2 = 0' });
    expect(items?.find((i) => i.id === 'total')).toMatchObject({ calculation: 'sum(${months})' });

    const back = await importXlsForm(await exportDraftXlsForm(definition));
    expect(back.definition).toEqual(JSON.parse(JSON.stringify(definition)));
  });
});
