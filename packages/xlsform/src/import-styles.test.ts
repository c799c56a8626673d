import { parseSurvey } from '@kolo/schema';
import { describe, expect, it } from 'vitest';
import { settingsSheet } from './fixtures/build-workbook.ts';
import { firstItems, importSheets, sectionsOf } from './fixtures/import-sheets.ts';

const codes = (notes: ReadonlyArray<{ code: string }>) => notes.map((n) => n.code);

describe('importXlsForm on forms written the way teams write them', () => {
  it('should read a Kobo form: label::Language (code) columns, spaced types, mixed-case headers', async () => {
    const { definition, notes } = await importSheets({
      survey: [
        [
          'Type',
          'Name',
          'Label::English (en)',
          'label::Українська (uk)',
          'label::Русский (ru)',
          'Hint::English (en)',
          'hint::Українська (uk)',
          'hint::Русский (ru)',
          'Required',
          'Relevant',
          'Constraint',
          'constraint_message::English (en)',
          'Appearance',
          '$kuid',
        ],
        [
          'begin group',
          'visit',
          'Your visit',
          'Ваш візит',
          'Ваш визит',
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          'field-list',
          'a1',
        ],
        [
          'select one service',
          'service',
          'Which service?',
          'Яка послуга?',
          'Какая услуга?',
          'Pick one',
          'Оберіть одну',
          'Выберите одну',
          'yes',
          null,
          null,
          null,
          'minimal',
          'a2',
        ],
        [
          'integer',
          'age',
          'Age',
          'Вік',
          'Возраст',
          null,
          null,
          null,
          'TRUE',
          null,
          '. >= 16 and . <= 99',
          'Between 16 and 99',
          null,
          'a3',
        ],
        [
          'select_multiple barriers or_other',
          'barriers',
          'What got in the way?',
          'Що заважало?',
          'Что мешало?',
          null,
          null,
          null,
          'no',
          `\${service} = 'nsp' or selected(\${service}, 'ost')`,
          'count-selected(.) <= 2',
          null,
          null,
          'a4',
        ],
        [
          'text',
          'story',
          'Tell us more',
          'Розкажіть більше',
          'Расскажите подробнее',
          null,
          null,
          null,
          null,
          `\${age} >= '18' and not(selected(\${barriers}, 'cost'))`,
          'string-length(.) <= 500',
          null,
          'multiline',
          'a5',
        ],
        [
          'date',
          'visited_on',
          'When?',
          'Коли?',
          'Когда?',
          null,
          null,
          null,
          null,
          `\${barriers} != ''`,
          ". >= date('2024-01-01') and . <= date('2030-12-31')",
          null,
          null,
          'a6',
        ],
        [
          'range',
          'wait',
          'Rate the wait',
          'Оцініть очікування',
          'Оцените ожидание',
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          'rating',
          'a7',
        ],
        [
          'note',
          'thanks',
          'Thank you',
          'Дякуємо',
          'Спасибо',
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          'a8',
        ],
        ['end group', null, null, null, null, null, null, null, null, null, null, null, null, 'a9'],
      ],
      choices: [
        ['list name', 'name', 'label::English (en)', 'label::Українська (uk)', 'label::Русский (ru)'],
        ['service', 'nsp', 'Needles and syringes', 'Голки та шприци', 'Иглы и шприцы'],
        ['service', 'ost', 'OST', 'ЗПТ', 'ОЗТ'],
        ['barriers', 'cost', 'Cost', 'Вартість', 'Стоимость'],
        ['barriers', 'stigma', 'Stigma', 'Стигма', 'Стигма'],
      ],
      settings: [
        ['form_title', 'form_id', 'version', 'default_language'],
        ['Clinic visit', 'clinic_visit', '2024031501', 'English (en)'],
      ],
    });
    expect(definition).toMatchObject({
      id: 'clinic-visit',
      version: 1,
      locales: ['en', 'uk', 'ru'],
      title: { en: 'Clinic visit' },
    });
    const section = sectionsOf(definition)[0];
    expect(section?.id).toBe('visit');
    expect(section?.items).toEqual([
      {
        id: 'service',
        kind: 'single_choice',
        label: { en: 'Which service?', uk: 'Яка послуга?', ru: 'Какая услуга?' },
        hint: { en: 'Pick one', uk: 'Оберіть одну', ru: 'Выберите одну' },
        required: true,
        options: [
          { value: 'nsp', label: { en: 'Needles and syringes', uk: 'Голки та шприци', ru: 'Иглы и шприцы' } },
          { value: 'ost', label: { en: 'OST', uk: 'ЗПТ', ru: 'ОЗТ' } },
        ],
      },
      {
        id: 'age',
        kind: 'number',
        label: { en: 'Age', uk: 'Вік', ru: 'Возраст' },
        required: true,
        integer: true,
        min: 16,
        max: 99,
        // constraint_message comes along, shown until translated in each language
        constraintMessage: { en: 'Between 16 and 99', uk: 'Between 16 and 99', ru: 'Between 16 and 99' },
      },
      {
        id: 'barriers',
        kind: 'multi_choice',
        label: { en: 'What got in the way?', uk: 'Що заважало?', ru: 'Что мешало?' },
        required: false,
        showIf: {
          any: [
            { question: 'service', op: 'eq', value: 'nsp' },
            { question: 'service', op: 'eq', value: 'ost' },
          ],
        },
        options: [
          { value: 'cost', label: { en: 'Cost', uk: 'Вартість', ru: 'Стоимость' } },
          { value: 'stigma', label: { en: 'Stigma', uk: 'Стигма', ru: 'Стигма' } },
        ],
        other: {},
        maxSelections: 2,
      },
      {
        id: 'story',
        kind: 'text',
        label: { en: 'Tell us more', uk: 'Розкажіть більше', ru: 'Расскажите подробнее' },
        showIf: {
          all: [
            { question: 'age', op: 'gte', value: 18 },
            { not: { question: 'barriers', op: 'selected', value: 'cost' } },
          ],
        },
        long: true,
        maxLength: 500,
      },
      {
        id: 'visited_on',
        kind: 'date',
        label: { en: 'When?', uk: 'Коли?', ru: 'Когда?' },
        showIf: { question: 'barriers', op: 'answered' },
        min: '2024-01-01',
        max: '2030-12-31',
      },
      {
        id: 'wait',
        kind: 'rating',
        label: { en: 'Rate the wait', uk: 'Оцініть очікування', ru: 'Оцените ожидание' },
        max: 10,
      },
      { id: 'thanks', kind: 'note', label: { en: 'Thank you', uk: 'Дякуємо', ru: 'Спасибо' } },
    ]);
    // only display hints and kolo's own messages are noted; the $kuid column is Kobo's bookkeeping
    // the $kuid column is Kobo's bookkeeping; display hints and kolo's own messages are noted
    expect(notes.map((n) => [n.severity, n.code, n.sheet, n.row, n.column])).toEqual([
      ['warning', 'title_untranslated', 'settings', 2, 'form_title'],
      ['warning', 'survey_id', 'settings', 2, 'form_id'],
      ['warning', 'version', 'settings', 2, 'version'],
      ['warning', 'appearance_ignored', 'survey', 3, 'Appearance'],
      // the Kobo form leaves some texts untranslated: each language is filled from its fallback, with one warning
      ['warning', 'partial_translation', '', undefined, undefined],
      ['warning', 'partial_translation', '', undefined, undefined],
    ]);
    // XLSForm's form_title has one language: the other two show it until staff translate it (warned)
    const parsed = parseSurvey(definition);
    expect(parsed.success ? [] : parsed.errors.map((e) => [e.path, e.code])).toEqual([]);
  });

  it('should read a plain label column as the default language, and as English without one', async () => {
    const survey = [
      ['type', 'name', 'label', 'required'],
      ['select_one yn', 'tested', 'Tested this year?', 'yes'],
    ];
    const choices = [
      ['list_name', 'name', 'label'],
      ['yn', 'yes', 'Yes'],
      ['yn', 'no', 'No'],
    ];
    const plain = await importSheets({ survey, choices });
    expect(plain.definition.locales).toEqual(['en']);
    expect(plain.definition.id).toBe('imported-survey');
    expect(codes(plain.notes)).toEqual(['no_title', 'survey_id', 'section_added']);
    const sections = sectionsOf(plain.definition);
    expect(sections[0]?.id).toBe('main');
    expect(sections[0]?.items[0]?.label).toEqual({ en: 'Tested this year?' });

    const russian = await importSheets({
      survey,
      choices,
      settings: [
        ['form_title', 'form_id', 'default_language'],
        ['Тестирование', 'testing', 'Русский (ru)'],
      ],
    });
    expect(russian.definition).toMatchObject({
      id: 'testing',
      locales: ['ru'],
      title: { ru: 'Тестирование' },
    });
    const items = sectionsOf(russian.definition)[0];
    expect(items?.title).toEqual({ ru: 'Тестирование' });
    expect(items?.items[0]).toMatchObject({
      kind: 'single_choice',
      label: { ru: 'Tested this year?' },
      required: true,
    });
    expect(parseSurvey(russian.definition).success).toBe(true);
  });

  it('should map language names without codes, in English or in the language itself', async () => {
    const { definition, notes } = await importSheets({
      survey: [
        ['type', 'name', 'label::English', 'label::Українська', 'label::ky'],
        ['text', 'comment', 'Comment', 'Коментар', 'Пикир'],
      ],
      settings: [
        ['form_title', 'form_id', 'default_language'],
        ['T', 'tt', 'English'],
      ],
    });
    expect(definition.locales).toEqual(['en', 'uk', 'ky']);
    // the English-only title shows in Ukrainian and Kyrgyz as English until translated
    expect(codes(notes)).toEqual([
      'title_untranslated',
      'section_added',
      'partial_translation',
      'partial_translation',
    ]);
  });

  it('should take underscored and spaced type names and odd capitals alike', async () => {
    const { definition, notes } = await importSheets({
      survey: [
        ['TYPE', 'NAME', 'LABEL'],
        ['Begin_Group', 'g', 'Group'],
        ['Select_Multiple  Colours', 'colour', 'Colours'],
        ['SELECT ONE Colours', 'best', 'Best colour'],
        ['Decimal', 'weight', 'Weight'],
        ['End Group', null, null],
      ],
      choices: [
        ['List_Name', 'Name', 'Label'],
        ['Colours', 'red', 'Red'],
        ['Colours', 'blue', 'Blue'],
      ],
      settings: [
        ['Form_Title', 'Form_ID'],
        ['Colours', 'colours'],
      ],
    });
    expect(notes).toEqual([]);
    expect(definition.choiceLists).toEqual({
      colours: [
        { value: 'red', label: { en: 'Red' } },
        { value: 'blue', label: { en: 'Blue' } },
      ],
    });
    const items = firstItems(definition);
    expect(items?.map((i) => [i.kind, i.choices])).toEqual([
      ['multi_choice', 'colours'],
      ['single_choice', 'colours'],
      ['number', undefined],
    ]);
  });

  it('should read an ODK grid (table-list group of one list) as a matrix and refer to its rows', async () => {
    const { definition, notes } = await importSheets({
      survey: [
        ['type', 'name', 'label', 'appearance', 'relevant'],
        ['begin_group', 'main', 'Main'],
        ['begin_group', 'staff', 'How were the staff?', 'table-list'],
        ['select_one agree', 'staff_kind', 'Kind'],
        ['select_one agree', 'staff_quick', 'Quick'],
        ['end_group'],
        ['text', 'why', 'Why not kind?', null, `\${staff_kind} = 'no'`],
        ['end_group'],
      ],
      choices: [
        ['list_name', 'name', 'label'],
        ['agree', 'yes', 'Yes'],
        ['agree', 'no', 'No'],
      ],
      settings: settingsSheet('Staff', 'staff'),
    });
    expect(notes).toEqual([]);
    const items = firstItems(definition);
    expect(items?.[0]).toMatchObject({
      id: 'staff',
      kind: 'matrix',
      rows: [
        { id: 'kind', label: { en: 'Kind' } },
        { id: 'quick', label: { en: 'Quick' } },
      ],
    });
    expect(items?.[1]?.showIf).toEqual({ question: 'staff.kind', op: 'eq', value: 'no' });
    expect(parseSurvey(definition).success).toBe(true);
  });

  it('should report what it cannot convert with its sheet, row and column, and keep the rest', async () => {
    const { definition, notes } = await importSheets({
      survey: [
        ['type', 'name', 'label', 'relevant', 'constraint', 'choice_filter', 'calculation'],
        ['start', 'start'],
        ['deviceid', 'deviceid'],
        ['begin_group', 'g', 'Group'],
        ['integer', 'age', 'Age', null, ". >= 0 and regex(., '^[0-9]+$')"],
        ['calculate', 'double', null, null, null, null, `\${age} * 2`],
        ['geopoint', 'where', 'Where are you?'],
        ['text', 'later', 'Later', `\${double} > 10`],
        ['text', 'sum', 'Sum', `\${age} + 1 > 2`],
        ['text', 'nth', 'Nth', 'position(..) > 1'],
        ['select_one c', 'city', 'City', null, null, `country=\${age}`],
        ['begin_repeat', 'kids', 'Children'],
        ['text', 'kid_name', 'Name'],
        ['end_repeat'],
        ['end_group'],
      ],
      choices: [
        ['list_name', 'name', 'label'],
        ['c', 'kyiv', 'Kyiv'],
      ],
      settings: settingsSheet('Odd', 'odd'),
    });
    const found = notes.map((n) => `${n.severity} ${n.code} ${n.sheet}!${n.row}:${n.column ?? ''}`);
    expect(found).toEqual(
      expect.arrayContaining([
        'warning metadata_ignored survey!2:type',
        'warning metadata_ignored survey!3:type',
        'warning placeholder_added survey!7:type',
      ]),
    );
    // a repeat inside the group is a section of its own, after the group's questions
    expect(sectionsOf(definition).map((s) => s.id)).toEqual(['g', 'kids']);
    expect(sectionsOf(definition)[1]?.items.map((i) => i.id)).toEqual(['kid_name']);
    const items = firstItems(definition);
    expect(items?.map((i) => i.id)).toEqual(['age', 'double', 'where', 'later', 'sum', 'nth', 'city']);
    // what kolo's language holds arrives: a regex constraint, a calculation, a condition on it, a cascade
    expect(items?.[0]).toMatchObject({ constraint: ". >= 0 and regex(., '^[0-9]+$')" });
    expect(items?.[1]).toMatchObject({ kind: 'calculate', calculation: `\${age} * 2`, valueType: 'number' });
    expect(items?.[3]?.showIf).toEqual({ question: 'double', op: 'gt', value: 10 });
    // arithmetic in relevant is kept whole as an expression condition
    expect(items?.[4]?.showIf).toEqual({ expression: `\${age} + 1 > 2` });
    // position(..) (1 outside a repeat) is kept as an expression condition
    expect(items?.[5]?.showIf).toEqual({ expression: 'position(..) > 1' });
    expect(items?.[6]).toMatchObject({ choiceFilter: `country=\${age}` });
  });

  it('should flatten nested groups into their section, moving the group condition onto the questions', async () => {
    const { definition, notes } = await importSheets({
      survey: [
        ['type', 'name', 'label', 'relevant'],
        ['text', 'intro', 'Intro'],
        ['begin_group', 'outer', 'Outer'],
        ['integer', 'n', 'How many?'],
        ['begin_group', 'inner', 'Inner', `\${n} > 0`],
        ['text', 'which', 'Which?', `\${intro} != 'x'`],
        ['end_group'],
        ['end_group'],
      ],
      settings: settingsSheet('Nested', 'nested'),
    });
    expect(codes(notes)).toEqual(['section_added', 'group_flattened']);
    const sections = sectionsOf(definition);
    expect(sections.map((s) => s.id)).toEqual(['main', 'outer']);
    expect(sections[1]?.items[1]?.showIf).toEqual({
      all: [
        { question: 'n', op: 'gt', value: 0 },
        { question: 'intro', op: 'neq', value: 'x' },
      ],
    });
    expect(parseSurvey(definition).success).toBe(true);
  });

  it('should merge Kobo\'s spelled-out "other, please specify" into the question\'s other option', async () => {
    const { definition, notes } = await importSheets({
      survey: [
        ['type', 'name', 'label::English (en)', 'label::Українська (uk)', 'relevant'],
        ['begin_group', 'visit', 'Visit', 'Візит'],
        ['select_one where', 'where', 'Where?', 'Де?'],
        ['text', 'where_other', 'Please specify', 'Уточніть', `selected(\${where}, 'other')`],
        ['select_multiple got', 'got', 'What did you get?', 'Що ви отримали?'],
        ['text', 'got_specify', 'Specify', 'Уточніть', `selected(\${got}, 'other')`],
        ['select_one where', 'again', 'Where next?', 'Де далі?'],
        ['text', 'why', 'Why?', 'Чому?', `\${again} = 'clinic'`],
        ['end_group'],
      ],
      choices: [
        ['list_name', 'name', 'label::English (en)', 'label::Українська (uk)'],
        ['where', 'clinic', 'Clinic', 'Клініка'],
        ['where', 'other', 'Somewhere else', 'Деінде'],
        ['got', 'syringes', 'Syringes', 'Шприци'],
        ['got', 'other', 'Other', 'Інше'],
      ],
      settings: [
        ['form_title', 'form_title::Українська (uk)', 'form_id'],
        ['Other answers', 'Інші відповіді', 'other_test'],
      ],
    });
    const items = firstItems(definition) ?? [];
    const byId = new Map(items.map((i) => [i.id, i]));
    // the specify question is gone: its answers are the select's "other" text; a list shared by
    // two questions keeps its "other" choice and its specify question (the other question uses it)
    expect(items.map((i) => i.id)).toEqual(['where', 'where_other', 'got', 'again', 'why']);
    const got = byId.get('got') as { options?: Array<{ value: string }>; other?: unknown };
    expect(got.options?.map((o) => o.value)).toEqual(['syringes']);
    expect(got.other).toEqual({ label: { en: 'Other', uk: 'Інше' } });
    const merged = notes.filter((n) => n.code === 'other_merged');
    expect(merged.map((n) => [n.row, n.column])).toEqual([[6, 'relevant']]);
    expect(merged[0]?.message).toMatch(/stored as "got_other"/);
    expect(definition.title).toEqual({ en: 'Other answers', uk: 'Інші відповіді' });
    expect(parseSurvey(definition).success).toBe(true);
  });

  it('should say which languages the title lacks when form_title has one', async () => {
    const { definition, notes } = await importSheets({
      survey: [
        ['type', 'name', 'label::English (en)', 'label::Русский (ru)'],
        ['text', 'why', 'Why?', 'Почему?'],
      ],
      settings: [
        ['form_title', 'default_language'],
        ['Visits', 'English (en)'],
      ],
    });
    // the fallback fills the draft; the note says what to translate
    expect(definition.title).toEqual({ en: 'Visits', ru: 'Visits' });
    const note = notes.find((n) => n.code === 'title_untranslated');
    expect(note).toMatchObject({ sheet: 'settings', row: 2, column: 'form_title' });
    expect(note?.message).toMatch(/no ru translation/);
  });
});
