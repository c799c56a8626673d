import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import {
  calculateAnswers,
  type Item,
  offeredChoices,
  parseSurvey,
  pipeText,
  type SurveyDefinition,
  surveyItems,
  validateAnswers,
} from '@kolo/schema';
import { describe, expect, it } from 'vitest';
import { PYXFORM, pyxformRefusal } from './fixtures/pyxform.ts';
import { exportXlsForm, importXlsForm, lookupCsv } from './index.ts';

/** The UNICEF Liberia village form, read where the corpus keeps it (never copied). */
const FORM = fileURLToPath(
  new URL('../../../../shared/xlsform-corpus/unicef_liberia_village.xlsx', import.meta.url),
);
/** A small sample list written for this test: four of the form's enumeration areas. */
const SAMPLE = fileURLToPath(new URL('./fixtures/media/sampleList.csv', import.meta.url));

async function village(): Promise<SurveyDefinition> {
  const { definition, notes } = await importXlsForm(await readFile(FORM), {
    media: { 'sampleList.csv': await readFile(SAMPLE) },
  });
  expect(notes.filter((n) => n.code.startsWith('lookup') || n.code === 'calculation_placeholder')).toEqual(
    [],
  );
  const parsed = parseSurvey(definition);
  if (!parsed.success) throw new Error(JSON.stringify(parsed.errors));
  return parsed.survey;
}

function item(survey: SurveyDefinition, id: string): Item {
  const found = surveyItems(survey).find((e) => e.item.id === id)?.item;
  if (!found) throw new Error(`no item ${id}`);
  return found;
}

describe.skipIf(!existsSync(FORM))('the Liberia village form with its sample list', () => {
  it("should look up the chosen area's map and coordinates and show them in the note", async () => {
    const survey = await village();
    expect(survey.lookups?.sampleList?.columns).toEqual(['EFEACODE', 'gmap', 'lat', 'lon']);
    const chosen = { cid: '2', did: '10' };
    const areas = offeredChoices(survey, item(survey, 'eid'), chosen).map((c) => c.value);
    expect(areas).toContain('910001072');
    const answers = calculateAnswers(survey, { ...chosen, eid: '910001072' });
    expect(answers).toMatchObject({
      county: 'Grand Bassa',
      map: 'https://maps.example.org/ea/910001072',
      lat: '5.9214',
      lon: '-10.0203',
    });
    const note = item(survey, 'maplink');
    const shown = pipeText(note.label.en ?? '', (id) => String(answers[id] ?? ''));
    expect(shown).toContain('(https://maps.example.org/ea/910001072)');
    expect(shown).toContain('5.9214,-10.0203');
    // an area the sample list does not hold looks nothing up
    expect(calculateAnswers(survey, { cid: '2', did: '16', eid: '916009112' })).not.toHaveProperty('lat');
  });

  it('should have the server compute the same coordinates, whatever the phone sent', async () => {
    const survey = await village();
    const sent = { cid: '1', did: '4', eid: '3004557151', lat: '0', lon: '0', map: 'x', pop: 250 };
    expect(validateAnswers(survey, sent)).toEqual({
      success: true,
      answers: {
        cid: '1',
        did: '4',
        eid: '3004557151',
        pop: 250,
        county: 'Urban Montserrado',
        map: 'https://maps.example.org/ea/3004557151',
        lat: '6.2689',
        lon: '-10.6972',
      },
    });
  });

  it('should export as pyxform accepts and read back equal with its sample list', async () => {
    const survey = await village();
    const exported = await exportXlsForm(survey);
    if (PYXFORM) expect(pyxformRefusal(exported)).toBe('');
    const sampleList = survey.lookups?.sampleList;
    if (!sampleList) throw new Error('the sample list was not attached');
    const media = { 'sampleList.csv': new TextEncoder().encode(lookupCsv(sampleList)) };
    const back = await importXlsForm(exported, { media });
    expect(back.definition).toEqual(JSON.parse(JSON.stringify(survey)));
  });
});
