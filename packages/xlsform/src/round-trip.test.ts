import { type Item, parseSurvey, type SurveyDefinition } from '@kolo/schema';
import { library } from '@kolo/surveys';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
// the schema package's arbitraries are test fixtures, not part of its public API
import { surveyDefinitionArb } from '../../schema/src/fixtures/arbitraries.ts';
import { buildWorkbook, readRows } from './fixtures/build-workbook.ts';
import { exportXlsForm, importXlsForm } from './index.ts';

/** An export as Kobo or ODK keeps it: without kolo's extra columns and sheet. */
async function withoutKoloExtras(bytes: Uint8Array): Promise<Uint8Array> {
  const sheets = await readRows(bytes);
  const plain: Record<string, string[][]> = {};
  for (const [name, rows] of Object.entries(sheets)) {
    if (name === 'kolo') continue;
    const keep = (rows[0] ?? []).map((header) => !header.startsWith('kolo_'));
    plain[name] = rows.map((row) => row.filter((_, i) => keep[i]));
  }
  return buildWorkbook(plain);
}

/**
 * The one thing XLSForm cannot tell apart: a yes/no question with `dontKnow: false` and one
 * without the key both have no "dont_know" choice.
 */
function normalized(definition: SurveyDefinition): unknown {
  const item = (i: Item): Item => {
    if (i.kind !== 'yes_no' || i.dontKnow !== false) return i;
    const { dontKnow: _dropped, ...rest } = i;
    return rest;
  };
  const copy = JSON.parse(JSON.stringify(definition)) as SurveyDefinition;
  return { ...copy, sections: copy.sections.map((s) => ({ ...s, items: s.items.map(item) })) };
}

describe('XLSForm round trip', () => {
  it('should give every library survey back exactly, with nothing to report', async () => {
    for (const survey of library) {
      const definition = survey as SurveyDefinition;
      const { definition: back, notes } = await importXlsForm(await exportXlsForm(definition));
      expect(notes, definition.id).toEqual([]);
      expect(back, definition.id).toEqual(JSON.parse(JSON.stringify(definition)));
      expect(parseSurvey(back).success).toBe(true);
    }
  }, 30_000);

  it('should give any valid definition back (import of export is the identity)', async () => {
    await fc.assert(
      fc.asyncProperty(surveyDefinitionArb(), async (definition) => {
        const parsed = parseSurvey(definition);
        fc.pre(parsed.success);
        const { definition: back, notes } = await importXlsForm(await exportXlsForm(definition));
        expect(notes).toEqual([]);
        expect(back).toEqual(normalized(definition));
        expect(parseSurvey(back).success).toBe(true);
      }),
      { numRuns: 150 },
    );
  }, 120_000);

  it('should write relevant and constraint columns that convert on their own, as Kobo keeps them', async () => {
    await fc.assert(
      fc.asyncProperty(surveyDefinitionArb(), async (definition) => {
        fc.pre(parseSurvey(definition).success);
        const { definition: back, notes } = await importXlsForm(
          await withoutKoloExtras(await exportXlsForm(definition)),
        );
        expect(notes.filter((n) => n.severity === 'error')).toEqual([]);
        // form_title has one language: the other translations of the title are kolo's own column
        const parsed = parseSurvey(back);
        const errors = parsed.success ? [] : parsed.errors.filter((e) => e.path !== 'title');
        expect(errors).toEqual([]);
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});
