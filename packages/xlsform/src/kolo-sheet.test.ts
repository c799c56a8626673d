import { parseSurvey } from '@kolo/schema';
import { describe, expect, it } from 'vitest';
import { readRows } from './fixtures/build-workbook.ts';
import { exportXlsForm, importXlsForm } from './index.ts';

describe('the kolo sheet', () => {
  it('should carry disaggregateBy and the privacy settings there and back', async () => {
    const definition = {
      id: 'visits',
      version: 2,
      locales: ['en'],
      title: { en: 'Visits' },
      privacy: { funderBreakdownBySensitive: true },
      disaggregateBy: ['gender'],
      sections: [
        {
          id: 'about',
          title: { en: 'About you' },
          items: [
            {
              id: 'gender',
              kind: 'single_choice',
              sensitive: true,
              label: { en: 'Gender' },
              options: [
                { value: 'f', label: { en: 'Woman' } },
                { value: 'm', label: { en: 'Man' } },
              ],
            },
          ],
        },
      ],
    };
    const parsed = parseSurvey(definition);
    expect(parsed.success ? [] : parsed.errors).toEqual([]);
    if (!parsed.success) return;
    const bytes = await exportXlsForm(parsed.survey);
    const kolo = (await readRows(bytes)).kolo ?? [];
    expect(kolo).toContainEqual(['disaggregate_by', 'gender']);
    expect(kolo).toContainEqual(['privacy', '{"funderBreakdownBySensitive":true}']);
    const back = await importXlsForm(bytes);
    expect(back.notes).toEqual([]);
    expect(back.definition).toEqual(definition);
  });

  it('should report privacy settings that are not JSON, and keep the rest', async () => {
    const definition = {
      id: 'visits',
      version: 1,
      locales: ['en'],
      title: { en: 'Visits' },
      sections: [{ id: 's', title: { en: 'S' }, items: [{ id: 'n', kind: 'note', label: { en: 'Hi' } }] }],
    };
    const parsed = parseSurvey(definition);
    if (!parsed.success) throw new Error('fixture');
    const rows = await readRows(await exportXlsForm(parsed.survey));
    const { buildWorkbook } = await import('./fixtures/build-workbook.ts');
    const bytes = await buildWorkbook({ ...rows, kolo: [...(rows.kolo ?? []), ['privacy', '{not json']] });
    const back = await importXlsForm(bytes);
    expect(back.notes).toEqual([
      expect.objectContaining({ severity: 'error', code: 'invalid_value', sheet: 'kolo', column: 'value' }),
    ]);
    expect(back.definition).toEqual(definition);
  });
});
