// biome-ignore-all lint/suspicious/noTemplateCurlyInString: XLSForm expressions write references as ${name}
import { calculateAnswers, parseSurvey, type SurveyDefinition } from '@kolo/schema';
import { describe, expect, it } from 'vitest';
import { buildWorkbook, settingsSheet } from './fixtures/build-workbook.ts';
import { firstItems } from './fixtures/import-sheets.ts';
import { PYXFORM, pyxformRefusal } from './fixtures/pyxform.ts';
import { exportXlsForm, importXlsForm, lookupCsv } from './index.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

const SAMPLE = 'EFEACODE,lat,lon\r\n910001072,6.01,-10.2\r\n916001092,6.25,-9.9\r\n';

/** A form that looks an area's coordinates up in sampleList.csv and hides a question by one. */
async function villageForm(): Promise<Uint8Array> {
  return buildWorkbook({
    survey: [
      ['type', 'name', 'label', 'relevant', 'calculation'],
      ['text', 'eid', 'Area code'],
      ['calculate', 'lat', null, null, "pulldata('sampleList', 'lat',  'EFEACODE', ${eid})"],
      ['calculate', 'lon', null, null, "pulldata('sampleList', 'lon', 'EFEACODE', ${eid})"],
      ['note', 'where', 'Go to ${lat},${lon}'],
      ['integer', 'pop', 'Population', "pulldata('sampleList', 'lat', 'EFEACODE', ${eid}) != ''"],
    ],
    settings: settingsSheet('Village', 'village'),
  });
}

function surveyOf(definition: Record<string, unknown>): SurveyDefinition {
  const parsed = parseSurvey(definition);
  if (!parsed.success) throw new Error(JSON.stringify(parsed.errors));
  return parsed.survey;
}

describe('importing pulldata() and its CSV files', () => {
  it('should import pulldata() calculations and conditions whole, with the CSV as a lookup table', async () => {
    const { definition, notes } = await importXlsForm(await villageForm(), {
      media: { 'sampleList.csv': utf8(SAMPLE) },
    });
    expect(notes.filter((n) => n.code.startsWith('lookup') || n.code === 'calculation_placeholder')).toEqual(
      [],
    );
    const survey = surveyOf(definition);
    expect(survey.lookups).toEqual({
      sampleList: {
        columns: ['EFEACODE', 'lat', 'lon'],
        rows: [
          ['910001072', '6.01', '-10.2'],
          ['916001092', '6.25', '-9.9'],
        ],
      },
    });
    expect(firstItems(definition)?.find((i) => i.id === 'lat')).toMatchObject({
      calculation: "pulldata('sampleList', 'lat',  'EFEACODE', ${eid})",
    });
    expect(calculateAnswers(survey, { eid: '916001092' })).toMatchObject({ lat: '6.25', lon: '-9.9' });
  });

  it('should say which CSV to attach when it is missing, and keep the draft unpublishable until then', async () => {
    const { definition, notes } = await importXlsForm(await villageForm());
    expect(notes.filter((n) => n.code === 'lookup_missing')).toEqual([
      {
        sheet: 'survey',
        row: 3,
        column: 'calculation',
        severity: 'warning',
        code: 'lookup_missing',
        message:
          'the form looks values up in sampleList.csv with pulldata(), which was not attached: attach sampleList.csv, or the survey cannot be published',
      },
    ]);
    expect(definition.lookups).toBeUndefined();
    const parsed = parseSurvey(definition);
    expect(parsed.success ? [] : parsed.errors.map((e) => e.code)).toEqual([
      'missing_lookup',
      'missing_lookup',
      'missing_lookup',
    ]);
  });

  it('should keep a CSV nothing reads with a note, and leave out other files and unreadable CSVs', async () => {
    const { definition, notes } = await importXlsForm(await villageForm(), {
      media: {
        'sampleList.csv': utf8('EFEACODE,lat\n1,2\n3\n'),
        'sites.csv': utf8('code\nA\n'),
        'samplelist.csv': utf8('EFEACODE\n1\n'),
        'map.png': new Uint8Array([0x89, 0x50]),
      },
    });
    expect(notes.filter((n) => n.code.startsWith('lookup')).map((n) => [n.code, n.message])).toEqual([
      [
        'lookup_unreadable',
        'sampleList.csv, line 3: this row has 1 values but the header names 2 columns; it was not imported: attach a corrected file',
      ],
      [
        'lookup_unused',
        'no pulldata() of the form reads "sites" (sites.csv); it was kept: remove it in the builder if it is not needed',
      ],
      [
        'lookup_unused',
        'no pulldata() of the form reads "samplelist" (samplelist.csv), but one reads "sampleList": file names are case-sensitive, rename the file sampleList.csv',
      ],
      [
        'lookup_unused',
        '"map.png" is not a CSV file pulldata() can read (a name such as sampleList.csv); it was not imported',
      ],
      [
        'lookup_missing',
        'the form looks values up in sampleList.csv with pulldata(), which was not attached: attach sampleList.csv, or the survey cannot be published',
      ],
    ]);
    expect(Object.keys(definition.lookups as object)).toEqual(['sites', 'samplelist']);
  });

  it('should export pulldata() unchanged, as pyxform accepts, and read the form back equal with its CSV files', async () => {
    const { definition } = await importXlsForm(await villageForm(), {
      media: { 'sampleList.csv': utf8(SAMPLE) },
    });
    const survey = surveyOf(definition);
    const media = Object.fromEntries(
      Object.entries(survey.lookups ?? {}).map(([name, table]) => [`${name}.csv`, utf8(lookupCsv(table))]),
    );
    const exported = await exportXlsForm(survey);
    if (PYXFORM) expect(pyxformRefusal(exported)).toBe('');
    const back = await importXlsForm(exported, { media });
    expect(back.definition).toEqual(JSON.parse(JSON.stringify(survey)));
  });
});
