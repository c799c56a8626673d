import { parseSurvey, type SurveyDefinition } from '@kolo/schema';
import { describe, expect, it } from 'vitest';
import { buildWorkbook, readRows } from './fixtures/build-workbook.ts';
import { exportXlsForm, importXlsForm } from './index.ts';
import { languageCode } from './languages.ts';

/** A REACH-style form: languages by name (English and native spellings), a local language, Arabic default. */
const form = {
  survey: [
    ['type', 'name', 'label::English', 'label::العربية', 'label::Local language', 'hint::Kiswahili'],
    ['begin_group', 'intro', 'Introduction', 'مقدمة', 'Intro (local)', null],
    ['text', 'village', 'Village?', 'القرية؟', 'Village (local)', 'Kijiji'],
    ['integer', 'people', 'People?', null, null, null],
    ['end_group', null, null, null, null, null],
  ],
  settings: [
    ['form_title', 'form_id', 'default_language'],
    ['Needs', 'needs', 'Arabic'],
  ],
};

describe('languages by name or code', () => {
  it('should know common names in English and in the language itself', () => {
    expect(
      [
        'Arabic',
        'العربية',
        'Swahili',
        'Kiswahili',
        'chinese',
        'English (en)',
        'Français',
        'Chinese (Simplified)',
      ].map(languageCode),
    ).toEqual(['ar', 'ar', 'sw', 'sw', 'zh', 'en', 'fr', 'zh']);
  });

  it('should map names, give a local language a private code, read default_language by name, warn on partial translation', async () => {
    const { definition, notes } = await importXlsForm(await buildWorkbook(form));
    expect(definition.locales).toEqual(['ar', 'en', 'qaa', 'sw']);
    expect(definition.languageNames).toEqual({ qaa: 'Local language' });
    expect(notes.filter((n) => n.severity === 'error')).toEqual([]);
    expect(notes.filter((n) => n.code === 'partial_translation').map((n) => n.message)).toEqual([
      expect.stringMatching(/^\d+ of \d+ texts have no English \(en\) translation/),
      expect.stringMatching(/no Local language \(qaa\) translation/),
      expect.stringMatching(/no Swahili \(sw\) translation/),
      // the hint is in Swahili only, "people" in English only
      expect.stringMatching(/^2 of 5 texts have no Arabic \(ar\) translation/),
    ]);
    const parsed = parseSurvey(definition);
    expect(parsed.success ? [] : parsed.errors).toEqual([]);
    // a text missing in a language shows its fallback: Arabic before English for "people"
    const items = (definition as unknown as SurveyDefinition).sections[0]?.items;
    expect(items?.[1]?.label).toEqual({ en: 'People?', ar: 'People?', qaa: 'People?', sw: 'People?' });
  });

  it('should write the local language under its name and read the export back identically', async () => {
    const { definition } = await importXlsForm(await buildWorkbook(form));
    const bytes = await exportXlsForm(definition as unknown as SurveyDefinition);
    const header = (await readRows(bytes)).survey?.[0] ?? [];
    expect(header).toContain('label::Local language (qaa)');
    const back = await importXlsForm(bytes);
    expect(back.definition).toEqual(JSON.parse(JSON.stringify(definition)));
  });

  it('should read Romanian and Serbian in either script by name or code', () => {
    expect(
      [
        'Romanian',
        'Română',
        'Română (ro)',
        'ro',
        'Moldovan',
        'Serbian',
        'Српски',
        'Српски (sr)',
        'Srpski (latinica) (sr-Latn)',
        'sr_Latn',
        'Serbian (Latin)',
        'Srpski latinica',
      ].map(languageCode),
    ).toEqual(['ro', 'ro', 'ro', 'ro', 'ro', 'sr', 'sr', 'sr', 'sr-Latn', 'sr-Latn', 'sr-Latn', 'sr-Latn']);
  });

  it('should write Serbian in both scripts, Latin derived, and read the export back as Cyrillic only', async () => {
    const serbian = {
      survey: [
        ['type', 'name', 'label::English (en)', 'label::Română (ro)', 'label::Српски (sr)'],
        ['text', 'city', 'Your city?', 'Orașul dumneavoastră?', 'Ваш град?'],
        ['select_one yn', 'ost', 'Do you get OST?', 'Primiți TSO?', 'Да ли примате супституциону терапију?'],
      ],
      choices: [
        ['list_name', 'name', 'label::English (en)', 'label::Română (ro)', 'label::Српски (sr)'],
        ['yn', 'yes', 'Yes', 'Da', 'Да'],
        ['yn', 'no', 'No', 'Nu', 'Не'],
      ],
      settings: [
        ['form_title', 'form_id', 'default_language'],
        ['Access', 'access', 'English (en)'],
      ],
    };
    const { definition } = await importXlsForm(await buildWorkbook(serbian));
    expect(definition.locales).toEqual(['en', 'ro', 'sr']);
    const bytes = await exportXlsForm(definition as unknown as SurveyDefinition);
    const rows = await readRows(bytes);
    const header = rows.survey?.[0] ?? [];
    expect(header).toEqual(
      expect.arrayContaining([
        'label::Română (ro)',
        'label::Српски (sr)',
        'label::Srpski (latinica) (sr-Latn)',
      ]),
    );
    const latin = header.indexOf('label::Srpski (latinica) (sr-Latn)');
    expect(rows.survey?.map((row) => row[latin])).toContain('Da li primate supstitucionu terapiju?');
    expect((rows.choices?.[0] ?? []).includes('label::Srpski (latinica) (sr-Latn)')).toBe(true);
    const back = await importXlsForm(bytes);
    expect(back.definition).toEqual(JSON.parse(JSON.stringify(definition)));
    const parsed = parseSurvey(back.definition);
    expect(parsed.success ? [] : parsed.errors).toEqual([]);
  });

  it('should keep a Serbian form written only in Latin script as Serbian', async () => {
    const latinOnly = {
      survey: [
        ['type', 'name', 'label::English', 'label::Srpski (latinica)'],
        ['text', 'city', 'Your city?', 'Vaš grad?'],
      ],
      settings: [
        ['form_title', 'form_id', 'default_language'],
        ['Access', 'access', 'English'],
      ],
    };
    const { definition } = await importXlsForm(await buildWorkbook(latinOnly));
    expect(definition.locales).toEqual(['en', 'sr']);
    const items = (definition as unknown as SurveyDefinition).sections[0]?.items;
    expect(items?.[0]?.label).toEqual({ en: 'Your city?', sr: 'Vaš grad?' });
    const parsed = parseSurvey(definition);
    expect(parsed.success ? [] : parsed.errors).toEqual([]);
  });
});
