// biome-ignore-all lint/suspicious/noTemplateCurlyInString: XLSForm expressions write references as ${name}
import { parseSurvey } from '@kolo/schema';
import { describe, expect, it } from 'vitest';
import { settingsSheet } from './fixtures/build-workbook.ts';
import { firstItems, importSheets } from './fixtures/import-sheets.ts';
import { exportDraftXlsForm, importXlsForm } from './index.ts';

describe('what kolo cannot compute or collect', () => {
  it('should keep now(), random() and uuid() calculations as noted placeholders that what reads them can use', async () => {
    const { definition, notes } = await importSheets({
      survey: [
        ['type', 'name', 'label', 'relevant', 'calculation'],
        ['text', 'eid', 'Area code'],
        ['calculate', 'lat', null, null, 'once(now())'],
        ['calculate', 'rand', null, null, 'once(random())'],
        ['calculate', 'kid', null, null, 'once(uuid())'],
        ['calculate', 'gone', null, null, 'if(${eid} = 1, 2, null)'],
        ['note', 'where', 'The area is at ${lat}'],
        ['text', 'again', 'Measure again', '${rand} < 0.05'],
        ['text', 'hidden', 'Never asked', 'false'],
      ],
      settings: settingsSheet('Uncomputable', 'uncomputable'),
    });
    expect(notes.filter((n) => n.severity === 'error')).toEqual([]);
    expect(notes.filter((n) => n.code === 'calculation_placeholder').map((n) => n.row)).toEqual([3, 4, 5]);
    const parsed = parseSurvey(definition);
    expect(parsed.success ? [] : parsed.errors).toEqual([]);
    const items = firstItems(definition);
    expect(items?.find((i) => i.id === 'lat')).toMatchObject({ kind: 'calculate', calculation: "''" });
    expect(items?.find((i) => i.id === 'gone')).toMatchObject({ calculation: "if(${eid} = 1, 2, '')" });
    expect(items?.find((i) => i.id === 'again')?.showIf).toEqual({ question: 'rand', op: 'lt', value: 0.05 });
    expect(items?.find((i) => i.id === 'hidden')?.showIf).toEqual({ expression: 'false()' });
    const back = await importXlsForm(await exportDraftXlsForm(definition));
    expect(back.definition).toEqual(JSON.parse(JSON.stringify(definition)));
  });

  it('should ask a select with choices from a file as a text question, and show metadata in labels as [name]', async () => {
    const { definition, notes } = await importSheets({
      survey: [
        ['type', 'name', 'label', 'relevant'],
        ['start', 'start'],
        ['deviceid', 'deviceid'],
        ['select_one_from_file species.csv', 'species', 'Species'],
        ['text', 'other_species', 'Which?', "${species} = 'other'"],
        ['note', 'stamp', 'Started at ${start} on ${deviceid}'],
      ],
      settings: settingsSheet('From file', 'from_file'),
    });
    expect(notes.filter((n) => n.severity === 'error')).toEqual([]);
    expect(notes.map((n) => n.code)).toEqual(
      expect.arrayContaining(['choices_from_file', 'metadata_piping']),
    );
    const parsed = parseSurvey(definition);
    expect(parsed.success ? [] : parsed.errors).toEqual([]);
    const items = firstItems(definition);
    expect(items?.find((i) => i.id === 'species')).toMatchObject({ kind: 'text' });
    expect(items?.find((i) => i.id === 'other_species')?.showIf).toEqual({
      question: 'species',
      op: 'eq',
      value: 'other',
    });
    expect(items?.find((i) => i.id === 'stamp')?.label).toEqual({ en: 'Started at [start] on [deviceid]' });
  });

  it('should ask an acknowledge question as a choice whose one answer is OK, as ODK stores it', async () => {
    const { definition, notes } = await importSheets({
      survey: [
        ['type', 'name', 'label', 'relevant'],
        ['acknowledge', 'consent', 'I agree to take part'],
        ['text', 'name_used', 'What should we call you?', "${consent} = 'OK'"],
      ],
      settings: settingsSheet('Consent', 'consent'),
    });
    expect(notes.filter((n) => n.severity === 'error')).toEqual([]);
    expect(notes.map((n) => n.code)).toContain('acknowledge_as_choice');
    const parsed = parseSurvey(definition);
    expect(parsed.success ? [] : parsed.errors).toEqual([]);
    const items = firstItems(definition);
    expect(items?.[0]).toMatchObject({
      kind: 'single_choice',
      options: [{ value: 'OK', label: { en: 'OK' } }],
    });
    expect(items?.[1]?.showIf).toEqual({ question: 'consent', op: 'eq', value: 'OK' });
    const back = await importXlsForm(await exportDraftXlsForm(definition));
    expect(back.definition).toEqual(JSON.parse(JSON.stringify(definition)));
  });

  it('should give a question or choice shown only by an image its name as a label, noted', async () => {
    const { definition, notes } = await importSheets({
      survey: [
        ['type', 'name', 'label::English (en)', 'label::French (fr)', 'image'],
        ['note', 'picture', null, null, 'map.jpg'],
        ['select_one shapes', 'shape', 'Shape', 'Forme'],
      ],
      choices: [
        ['list_name', 'name', 'label::English (en)', 'image'],
        ['shapes', 'round', null, 'round.jpg'],
        ['shapes', 'square', 'Square', null],
      ],
      settings: settingsSheet('Pictures', 'pictures'),
    });
    expect(notes.filter((n) => n.code === 'label_missing')).toHaveLength(2);
    const parsed = parseSurvey(definition);
    expect(parsed.success ? [] : parsed.errors).toEqual([]);
    const items = firstItems(definition);
    expect(items?.[0]?.label).toEqual({ en: '[picture]', fr: '[picture]' });
    expect(JSON.stringify(definition)).toContain('"label":{"en":"[round]","fr":"[round]"}');
  });
});
