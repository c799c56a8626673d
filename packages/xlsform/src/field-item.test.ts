import { parseSurvey } from '@kolo/schema';
import { describe, expect, it } from 'vitest';
import { settingsSheet } from './fixtures/build-workbook.ts';
import { firstItems, importSheets } from './fixtures/import-sheets.ts';

describe('types kolo cannot collect', () => {
  it('should put a note saying what was there in place of a location, photo, recording, file or barcode', async () => {
    const { definition, notes } = await importSheets({
      survey: [
        ['type', 'name', 'label::English (en)', 'label::Українська (uk)'],
        ['geopoint', 'gps', 'Where are you?', 'Де ви?'],
        ['image', 'photo', 'Take a photo of the site', null],
        ['audio', 'voice', null, null],
        ['barcode', 'card', 'Scan the card', 'Скануйте картку'],
        ['text', 'comment', 'Comment', 'Коментар'],
      ],
      settings: settingsSheet('Site visit', 'site-visit'),
    });
    expect(
      firstItems(definition)?.map((i) => [i.id, i.kind, (i.label as Record<string, string>).en]),
    ).toEqual([
      ['gps', 'note', 'Where are you? (This form asked for a location here; kolo does not collect it.)'],
      [
        'photo',
        'note',
        'Take a photo of the site (This form asked for a photo here; kolo does not collect it.)',
      ],
      ['voice', 'note', '(This form asked for a recording here; kolo does not collect it.)'],
      ['card', 'note', 'Scan the card (This form asked for a barcode here; kolo does not collect it.)'],
      ['comment', 'text', 'Comment'],
    ]);
    expect((firstItems(definition)?.[0]?.label as Record<string, string> | undefined)?.uk).toBe(
      'Де ви? (Тут форма просила місцезнаходження; kolo цього не збирає.)',
    );
    expect(notes.filter((n) => n.code === 'placeholder_added').map((n) => n.row)).toEqual([2, 3, 4, 5]);
    expect(notes.filter((n) => n.code === 'unsupported_type')).toEqual([]);
    const parsed = parseSurvey(definition);
    expect(parsed.success ? [] : parsed.errors).toEqual([]);
  });
});
