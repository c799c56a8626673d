import { lintSurvey, parseSurvey, type SurveyDefinition, type SurveyError } from '@kolo/schema';
import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { i18n } from '../i18n/index.ts';
import { BuilderProvider } from './builder-context.tsx';
import type { ImportNote } from './design-api.ts';
import { draftFromDefinition } from './draft-state.ts';
import { ImportReport } from './import-report.tsx';
import { importNoteText, problemText } from './machine-messages.ts';
import { addDesignMessages } from './messages/index.ts';
import { ProblemsList } from './problems-list.tsx';

const text = (en: string, uk: string) => ({ en, uk });

/** Two text questions in en and uk: `first` untranslated and shown after `second`, `second` after a question that does not exist. */
const broken = {
  id: 'broken',
  version: 1,
  locales: ['en', 'uk'],
  title: text('Broken', 'Зламане'),
  sections: [
    {
      id: 'main',
      title: text('Main', 'Головне'),
      items: [
        { id: 'first', kind: 'text', label: { en: 'First' }, showIf: { question: 'second', op: 'answered' } },
        {
          id: 'second',
          kind: 'text',
          label: text('Second', 'Друге'),
          showIf: { question: 'nowhere', op: 'answered' },
        },
      ],
    },
  ],
};

/** A valid survey whose question has a German label the survey does not declare. */
const linted: SurveyDefinition = {
  id: 'linted',
  version: 1,
  locales: ['en'],
  title: { en: 'Linted' },
  sections: [
    {
      id: 'main',
      title: { en: 'Main' },
      items: [{ id: 'comment', kind: 'text', label: { en: 'Comment', de: 'Kommentar' } }],
    },
  ],
};

function errorsOf(input: unknown): readonly SurveyError[] {
  const result = parseSurvey(input);
  if (result.success) throw new Error('expected errors');
  return result.errors;
}

describe('machine messages in the UI language', () => {
  beforeAll(async () => {
    addDesignMessages(i18n);
    await i18n.changeLanguage('uk');
  });
  afterAll(async () => {
    await i18n.changeLanguage('en');
  });

  it('should translate validation errors by code, naming what the message names', () => {
    const errors = errorsOf(broken);
    expect(errors.map((e) => e.code).sort()).toEqual([
      'forward_reference',
      'missing_translation',
      'unknown_reference',
    ]);
    const shown = new Map(errors.map((e) => [e.code, problemText(i18n.t, e)]));
    for (const error of errors) {
      const message = shown.get(error.code);
      expect(message?.original, error.code).toBe(false);
      expect(message?.detail, error.code).toBe(error.message);
    }
    expect(shown.get('forward_reference')?.text).toBe(
      'Умова спирається на запитання «second», яке йде далі. Умова може залежати лише від попередніх запитань.',
    );
    expect(shown.get('unknown_reference')?.text).toContain('«nowhere»');
    expect(shown.get('missing_translation')?.text).toBe('Бракує перекладу: Українська.');
  });

  it('should translate lint warnings by code', () => {
    const warnings = lintSurvey(linted);
    expect(warnings.map((w) => w.code).sort()).toEqual(['text_not_sensitive', 'undeclared_locale']);
    const undeclared = warnings.find((w) => w.code === 'undeclared_locale');
    expect(undeclared && problemText(i18n.t, undeclared).text).toBe(
      'Цей текст має переклад мовою, якої немає в опитуванні: de.',
    );
  });

  it('should name the lookup table of a pulldata() problem', () => {
    const missing = {
      code: 'missing_lookup',
      message: "col 1: pulldata reads 'sampleList', which this survey does not carry: attach sampleList.csv",
    };
    expect(problemText(i18n.t, missing).text).toBe(
      'Форма шукає значення в таблиці «sampleList», яку не додано. Додайте файл sampleList.csv: доти опитування не можна опублікувати.',
    );
    const column = {
      code: 'unknown_lookup_column',
      message: "col 6: lookup table 'sampleList' has no column 'lat2' (its columns: EFEACODE, lat)",
    };
    expect(problemText(i18n.t, column).text).toContain('«sampleList»');
    const unused = {
      code: 'unused_lookup',
      message: "lookup table 'villages' is not read by any pulldata(): use it or remove it",
    };
    expect(problemText(i18n.t, unused).text).toContain('«villages»');
    const note = importNoteText(i18n.t, {
      code: 'lookup_missing',
      message:
        'the form looks values up in sampleList.csv with pulldata(), which was not attached: attach sampleList.csv, or the survey cannot be published',
    });
    expect(note.text).toBe(
      'Форма шукає значення у файлі sampleList.csv, який не додано. Додайте його: доти опитування не можна опублікувати.',
    );
  });

  it('should translate import notes, reading a name only from where the message puts it', () => {
    const renamed = importNoteText(i18n.t, {
      code: 'duplicate_name',
      message: 'the name "Visit date" is used twice; this question was renamed "visit_date_2"',
    });
    expect(renamed.text).toBe('Цю назву використано двічі; цей рядок перейменовано на «visit_date_2».');
    expect(
      importNoteText(i18n.t, {
        code: 'survey_id',
        message: 'there is no form_id; the survey id "kyiv" was made from the title',
      }).text,
    ).toContain('«kyiv»');
    expect(
      importNoteText(i18n.t, {
        code: 'title_untranslated',
        message:
          'the title has no uk, ru translation: add a form_title::Language (code) column, or translate it in the builder',
      }).text,
    ).toBe('Назву не перекладено такими мовами: Українська, Русский. Перекладіть її в конструкторі.');
    expect(importNoteText(i18n.t, { code: 'empty_file', message: 'the file is empty' })).toEqual({
      text: 'Файл порожній.',
      detail: 'the file is empty',
      original: false,
    });
  });

  it('should show the original message when the code is unknown or its name cannot be read', () => {
    expect(importNoteText(i18n.t, { code: 'brand_new', message: 'something new' })).toEqual({
      text: 'something new',
      original: true,
    });
    expect(importNoteText(i18n.t, { message: 'an older server' })).toEqual({
      text: 'an older server',
      original: true,
    });
    expect(importNoteText(i18n.t, { code: 'duplicate_name', message: 'worded differently' }).original).toBe(
      true,
    );
    expect(problemText(i18n.t, { code: 'mystery', message: 'a new check' }).text).toBe('a new check');
  });

  it('should show the translation with the English message as a detail in the import report', () => {
    const notes: ImportNote[] = [
      {
        sheet: 'survey',
        row: 4,
        column: 'type',
        severity: 'error',
        code: 'missing_type',
        message: 'row 4 has no type and was not imported',
      },
      { sheet: 'survey', severity: 'warning', code: 'brand_new', message: 'a note from a newer server' },
    ];
    render(
      <I18nextProvider i18n={i18n}>
        <ImportReport notes={notes} />
      </I18nextProvider>,
    );
    expect(screen.getByText('Цей рядок не має типу, тому його не імпортовано.')).not.toHaveAttribute('lang');
    expect(screen.getByText('row 4 has no type and was not imported')).toHaveAttribute('lang', 'en');
    expect(screen.getByText('a note from a newer server')).toHaveAttribute('lang', 'en');
  });

  it('should show the translation with the English message as a detail in the problems list', () => {
    const errors = errorsOf(broken).filter((e) => e.code === 'forward_reference');
    const definition = structuredClone(broken) as SurveyDefinition;
    render(
      <I18nextProvider i18n={i18n}>
        <BuilderProvider
          state={draftFromDefinition(definition)}
          dispatch={() => {}}
          locale="en"
          reveal={() => {}}
          open={new Set()}
          toggle={() => {}}
        >
          <ProblemsList errors={errors} warnings={[]} onShow={() => {}} />
        </BuilderProvider>
      </I18nextProvider>,
    );
    expect(screen.getByText(/^Умова спирається на запитання «second»/)).toBeInTheDocument();
    expect(screen.getByText('question "second" comes later in the survey')).toHaveAttribute('lang', 'en');
  });
});
