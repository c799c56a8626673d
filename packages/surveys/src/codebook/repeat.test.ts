// biome-ignore-all lint/suspicious/noTemplateCurlyInString: XLSForm expressions write references as ${name}
import { defineSurvey } from '@kolo/schema';
import { describe, expect, it } from 'vitest';
import { CODEBOOK_LOCALES } from './labels.ts';
import { renderCodebook } from './render.ts';
import { repeatLabels } from './repeat-labels.ts';

/** Asked once: age; once per partner (at most 10, as many as `partner_count`): age, tested, how told, relation, name. */
const partners = defineSurvey({
  id: 'partner-notification',
  version: 1,
  locales: ['en', 'uk'],
  title: { en: 'Partner notification', uk: 'Сповіщення партнерів' },
  sections: [
    {
      id: 'about',
      title: { en: 'About you', uk: 'Про вас' },
      items: [
        { id: 'age', kind: 'number', label: { en: 'Age', uk: 'Вік' } },
        { id: 'partner_count', kind: 'number', label: { en: 'Partners', uk: 'Партнери' } },
      ],
    },
    {
      id: 'partners',
      title: { en: 'Partners', uk: 'Партнери' },
      repeat: { min: 1, max: 10, count: '${partner_count}', instanceLabel: { en: 'Partner', uk: 'Партнер' } },
      items: [
        { id: 'partner_age', kind: 'number', label: { en: 'Partner age', uk: 'Вік партнера' } },
        { id: 'partner_tested', kind: 'yes_no', required: true, label: { en: 'Tested?', uk: 'Тестувався?' } },
        {
          id: 'partner_how',
          kind: 'single_choice',
          options: [{ value: 'self', label: { en: 'Told them myself', uk: 'Сам(а)' } }],
          other: {},
          label: { en: 'How told', uk: 'Як повідомили' },
        },
        {
          id: 'partner_rel',
          kind: 'matrix',
          options: [{ value: 'lo', label: { en: 'Low', uk: 'Низько' } }],
          rows: [{ id: 'trust', label: { en: 'Trust', uk: 'Довіра' } }],
          label: { en: 'Relation', uk: 'Стосунки' },
        },
        { id: 'partner_note', kind: 'note', label: { en: 'Thanks', uk: 'Дякуємо' } },
        { id: 'partner_name', kind: 'text', label: { en: 'First name', uk: 'Імʼя' } },
        { id: 'partner_hiv', kind: 'yes_no', sensitive: true, label: { en: 'HIV+?', uk: 'ВІЛ+?' } },
      ],
    },
  ],
});

/** The lines of the Markdown table under the heading that names `table`. */
function tableOf(markdown: string, table: string): string[] {
  const start = markdown.split('\n').findIndex((l) => l.startsWith('### ') && l.includes(`\`${table}\``));
  const rest = markdown.split('\n').slice(start + 1);
  return rest
    .slice(0, rest.findIndex((l, i) => i > 0 && l.startsWith('#')) >>> 0)
    .filter((l) => l.startsWith('| `'));
}

describe('codebook of a survey with a repeat section', () => {
  const en = renderCodebook(partners, 'en');

  it('should list as its own table every column the export writes for the repeat sheet, in order', () => {
    // the export's header for the `partners` sheet (apps/api/src/export/repeat-rows.ts with
    // columns.ts `repeatColumns`, sensitive data included); @kolo/api imports this package, so the
    // names are written out here rather than imported
    const exported = [
      '_submission_id',
      '_index',
      'partner_age',
      'partner_tested',
      'partner_how',
      'partner_how_other',
      'partner_rel.trust',
      'partner_name',
      'partner_hiv',
    ];
    const rows = tableOf(en, 'partners');
    expect(rows.map((r) => /^\| `([^`]+)`/.exec(r)?.[1])).toEqual(exported);
  });

  it('should say each column’s type, answer codes and whether it is exported only with sensitive data', () => {
    const row = (column: string) =>
      tableOf(en, 'partners').find((r) => r.startsWith(`| \`${column}\` |`)) ?? '';
    expect(row('_submission_id')).toContain('`submission_id`');
    expect(row('_index')).toMatch(/from 1/);
    expect(row('partner_tested')).toMatch(/yes \/ no · required.*`yes` = Yes.*`no` = No/);
    expect(row('partner_how')).toMatch(/single choice.*`self` = Told them myself.*`other`/);
    expect(row('partner_rel.trust')).toMatch(/Trust.*`lo` = Low/);
    for (const sensitive of ['partner_how_other', 'partner_name', 'partner_hiv'])
      expect(row(sensitive)).toContain(repeatLabels(['en']).onlyWithSensitive);
    for (const plain of ['partner_age', 'partner_tested', 'partner_how', 'partner_rel.trust'])
      expect(row(plain)).not.toContain(repeatLabels(['en']).onlyWithSensitive);
    // a note has no answer, so no column
    expect(en).not.toMatch(/\| `partner_note`/);
  });

  it('should give the sheet and CSV names, the instance label and min, max and count', () => {
    expect(en).toContain('`partners`');
    expect(en).toContain('`export.csv?repeat=partners`');
    expect(en).toContain('“Partner 1”, “Partner 2”');
    expect(en).toMatch(/At least 1 .*at most 10/);
    expect(en).toContain('`${partner_count}`');
  });

  it('should say in the main table that the section’s answers are in the repeat table', () => {
    const main = en.slice(en.indexOf('## '), en.indexOf('## Section 1'));
    expect(main).toContain('`partner-notification`');
    expect(main).toMatch(/`partners`.*not in this table.*table `partners`/s);
  });

  it('should speak every codebook language, each with words of its own', () => {
    for (const locale of CODEBOOK_LOCALES) {
      const words = repeatLabels([locale]);
      const text = renderCodebook({ ...partners, locales: [locale] }, locale);
      expect(text).toContain(words.tables);
      expect(text).toContain(words.linkColumns);
      if (locale !== 'en')
        for (const [key, value] of Object.entries(words))
          expect(value, `${locale}.${key}`).not.toBe(repeatLabels(['en'])[key as keyof typeof words]);
    }
  });

  it('should name the sheet as Excel allows, at most 31 characters, while the CSV keeps the whole id', () => {
    const long = 'partners_told_in_the_last_twelve_months';
    const [about, repeat] = partners.sections;
    if (!about || !repeat) throw new Error('fixture');
    const text = renderCodebook({ ...partners, sections: [about, { ...repeat, id: long }] }, 'en');
    expect(text).toContain(`the sheet \`${long.slice(0, 31)}\`.`);
    expect(text).toContain(`\`export.csv?repeat=${long}\``);
  });

  it('should leave a survey without repeats as it was', () => {
    const once = { ...partners, sections: partners.sections.slice(0, 1) };
    expect(renderCodebook(once, 'en')).not.toContain(repeatLabels(['en']).tables);
  });
});
