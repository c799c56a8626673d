import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineSurvey } from '@kolo/schema';
import { describe, expect, it } from 'vitest';
import { library, serviceSatisfaction } from '../index.ts';
import { codebookFiles } from './files.ts';
import { renderCodebook } from './render.ts';

const CODEBOOK_DIR = fileURLToPath(new URL('../../codebooks/', import.meta.url));

const tiny = defineSurvey({
  id: 'tiny',
  version: 2,
  locales: ['en', 'uk'],
  title: { en: 'Tiny', uk: 'Маленьке' },
  sections: [
    {
      id: 'main',
      title: { en: 'Main', uk: 'Головне' },
      items: [
        {
          id: 'visits',
          kind: 'number',
          min: 0,
          max: 365,
          integer: true,
          label: { en: 'Visits', uk: 'Візити' },
        },
        {
          id: 'used',
          kind: 'multi_choice',
          options: [
            { value: 'nsp', label: { en: 'NSP', uk: 'ПОШ' } },
            { value: 'none', label: { en: 'None', uk: 'Жодної' }, exclusive: true },
          ],
          label: { en: 'Used', uk: 'Користувалися' },
        },
        {
          id: 'why',
          kind: 'text',
          sensitive: true,
          label: { en: 'Why?', uk: 'Чому?' },
          showIf: {
            any: [
              { question: 'visits', op: 'gte', value: 2 },
              {
                all: [
                  { question: 'used', op: 'selected', value: 'nsp' },
                  { not: { question: 'visits', op: 'answered' } },
                ],
              },
            ],
          },
        },
        {
          id: 'staff',
          kind: 'matrix',
          options: [
            { value: 'lo', label: { en: 'Low', uk: 'Низько' } },
            { value: 'hi', label: { en: 'High', uk: 'Високо' } },
          ],
          rows: [{ id: 'kind', label: { en: 'Kind', uk: 'Привітні' } }],
          label: { en: 'Staff', uk: 'Персонал' },
        },
        {
          id: 'score',
          kind: 'rating',
          max: 5,
          minLabel: { en: 'Bad', uk: 'Погано' },
          label: { en: 'Score', uk: 'Оцінка' },
          showIf: { question: 'staff.kind', op: 'eq', value: 'hi' },
        },
        { id: 'since', kind: 'date', min: '2020-01-01', label: { en: 'Since', uk: 'Відколи' } },
      ],
    },
  ],
  indicators: [
    { id: 'submissions', kind: 'count', label: { en: 'Submissions', uk: 'Анкети' } },
    {
      id: 'staff',
      kind: 'scale_mean',
      items: ['staff.kind', 'score'],
      label: { en: 'Staff', uk: 'Персонал' },
    },
  ],
});

describe('renderCodebook', () => {
  it('should describe conditions in words in the reader’s language', () => {
    expect(renderCodebook(tiny, 'en')).toContain(
      'Shown if `visits` is at least 2 or (the answers to `used` include “NSP” (`nsp`) and it is not true that `visits` is answered).',
    );
    expect(renderCodebook(tiny, 'uk')).toContain(
      'Показується, якщо `visits` не менше за 2 або (серед відповідей на `used` є «ПОШ» (`nsp`) і неправда, що на `visits` є відповідь).',
    );
  });

  it('should list ids, flags, codes and indicators', () => {
    const en = renderCodebook(tiny, 'en');
    expect(en).toContain('### `why`: Why?');
    expect(en).toContain('**Kind:** text · optional · sensitive');
    expect(en).toContain('| `none` | None (cannot be combined with other answers) |');
    expect(en).toContain('**Range:** 0 – 365, whole numbers');
    expect(en).toContain('### `submissions`: Submissions\n\nNumber of submissions.');
    expect(en).toContain('| `staff.kind` | Kind |');
    expect(en).toContain('| `hi` | High |');
    expect(en).toContain('Shown if the answer to `staff.kind` is “High” (`hi`).');
    expect(en).toContain('**Range:** 1 – 5 (1 = Bad)');
    expect(en).toContain('**Range:** 2020-01-01 – …');
    expect(en).toContain('Mean of the answers to `staff.kind`, `score` on a 0–100 scale');
  });

  it('should translate its own words for every library locale', () => {
    const uk = renderCodebook(serviceSatisfaction, 'uk');
    expect(uk).toContain('# Кодова книга: Задоволеність послугами');
    expect(uk).toContain('Показується, якщо відповідь на `referred` — «Так» (`yes`).');
    expect(renderCodebook(serviceSatisfaction, 'ky')).toContain('Көрсөтүү шарты:');
    expect(renderCodebook(serviceSatisfaction, 'pl')).toContain('Wyświetlane, jeśli');
    expect(renderCodebook(serviceSatisfaction, 'ru')).toContain('Показывается, если');
  });

  it('should speak Romanian and Serbian (Cyrillic), with their quotation marks', () => {
    const ro = renderCodebook(serviceSatisfaction, 'ro');
    expect(ro).toContain('# Registru de coduri: Satisfacția față de servicii');
    expect(ro).toContain('Afișată dacă răspunsul la `referred` este „Da” (`yes`).');
    const sr = renderCodebook(serviceSatisfaction, 'sr');
    expect(sr).toContain('# Кодна књига: Задовољство услугама');
    expect(sr).toContain('Приказује се ако одговор на `referred` гласи „Да” (`yes`).');
  });

  it('should fall back to English words for a language it does not speak', () => {
    expect(renderCodebook(tiny, 'de')).toContain('# Codebook: Tiny');
  });
});

describe('committed codebooks', () => {
  it('should equal a fresh render (run `pnpm --filter @kolo/surveys codebook`)', () => {
    const files = codebookFiles(library);
    expect(
      readdirSync(CODEBOOK_DIR)
        .filter((n) => n.endsWith('.md'))
        .sort(),
    ).toEqual(files.map((f) => f.name).sort());
    for (const file of files) {
      expect(readFileSync(`${CODEBOOK_DIR}${file.name}`, 'utf8'), file.name).toBe(file.content);
    }
  });
});
