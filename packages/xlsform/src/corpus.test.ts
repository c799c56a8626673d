import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseSurvey } from '@kolo/schema';
import { afterAll, describe, expect, it } from 'vitest';
import { PYXFORM, pyxformRefusal } from './fixtures/pyxform.ts';
import { type ConversionNote, exportDraftXlsForm, importXlsForm } from './index.ts';
import { readWorkbook, type Sheet } from './read-workbook.ts';
import { isOldXls } from './read-xls.ts';
import { MAX_CELLS, MAX_ROWS, scanWorkbook } from './workbook-scan.ts';
import { MAX_UNPACKED_BYTES } from './zip-guard.ts';

/** Real forms (Kobo, ODK, pyxform, REACH, UNICEF, WHO) kept outside the project, read where they are. */
const CORPUS = fileURLToPath(new URL('../../../../shared/xlsform-corpus/', import.meta.url));
const files = existsSync(CORPUS) ? readdirSync(CORPUS).filter((f) => f.endsWith('.xlsx')) : [];

/** Columns that carry a question's logic. */
const LOGIC = ['relevant', 'relevance', 'constraint', 'calculation', 'choice_filter'];
/** Notes that mean a row's logic did not arrive whole (a dropped column only when it is a logic column). */
const LOST = new Set([
  'unsupported_constraint',
  'unsupported_expression',
  'unsupported_choice_filter',
  'unknown_reference',
  'column_dropped',
  'unsupported_type',
  'stale_show_if',
  'calculation_placeholder',
]);
const lostLogic = (n: ConversionNote) =>
  LOST.has(n.code) &&
  (n.code !== 'column_dropped' || LOGIC.includes(n.column ?? '')) &&
  (n.severity === 'error' || n.code === 'calculation_placeholder');
const NOT_QUESTIONS =
  /^(begin|end)[ _](group|repeat)$|^(start|end|today|deviceid|subscriberid|simserial|phonenumber|username|email|audit|start-geopoint)$/;

/** The question rows of the survey sheet, and which of them have logic. */
function questionRows(survey: Sheet) {
  const at = (key: string) => survey.columns.filter((c) => c.key === key).map((c) => c.index);
  const typeAt = at('type');
  const logicAt = LOGIC.flatMap(at);
  const rows = survey.rows.filter((r) => {
    const type = typeAt
      .map((i) => r.cells.get(i) ?? '')
      .join('')
      .trim()
      .toLowerCase();
    return type !== '' && !NOT_QUESTIONS.test(type);
  });
  return { rows, withLogic: rows.filter((r) => logicAt.some((i) => r.cells.has(i))) };
}

/** Every `${name}` of an exported survey sheet resolves, names are unique, every select list exists. */
async function checkExport(bytes: Uint8Array): Promise<string[]> {
  const book = await readWorkbook(bytes);
  const survey = book.get('survey') as Sheet;
  const choices = book.get('choices');
  const col = (sheet: Sheet, key: string) =>
    sheet.columns.find((c) => c.key === key && !c.language)?.index ?? -1;
  const names = new Set<string>();
  const problems: string[] = [];
  for (const row of survey.rows) {
    const name = row.cells.get(col(survey, 'name'));
    if (!name) continue;
    if (names.has(name)) problems.push(`name "${name}" twice`);
    names.add(name);
  }
  const lists = new Set(choices?.rows.map((r) => r.cells.get(col(choices, 'list_name'))) ?? []);
  for (const row of survey.rows) {
    const list = /^select_(?:one|multiple) (\S+)/.exec(row.cells.get(col(survey, 'type')) ?? '')?.[1];
    if (list && !lists.has(list)) problems.push(`list "${list}" missing`);
    // kolo_* columns are kolo's own JSON (ids, not XLSForm names), which XLSForm tools ignore
    const xlsform = survey.columns.filter((c) => !c.key.startsWith('kolo_')).map((c) => c.index);
    for (const text of xlsform.map((i) => row.cells.get(i) ?? ''))
      for (const [, ref] of text.matchAll(/\$\{([^}]+)\}/g))
        if (ref && !names.has(ref)) problems.push(`\${${ref}} at row ${row.row} resolves to nothing`);
  }
  return problems;
}

interface Figures {
  questions: number;
  withLogic: number;
  logicKept: number;
  draftErrors: number;
  /** The codes of the draft's errors, to say which ones the corpus is allowed. */
  draftErrorCodes: string[];
  errors: number;
  warnings: number;
  cpuMs: number;
}
const figures = new Map<string, Figures>();

describe.skipIf(files.length === 0)('real XLSForms', { timeout: 120_000 }, () => {
  it.each(files)('should read %s far below every cap, import it fast, and export it back', async (file) => {
    const bytes = await readFile(CORPUS + file);
    if (!isOldXls(bytes)) {
      const scan = await scanWorkbook(bytes);
      expect(scan.unpackedBytes).toBeLessThan(MAX_UNPACKED_BYTES / 5);
      for (const sheet of scan.sheets) expect(sheet.rows).toBeLessThan(MAX_ROWS / 5);
      expect(scan.sheets.reduce((sum, s) => sum + s.cells, 0)).toBeLessThan(MAX_CELLS / 5);
    }
    // CPU time, not wall time: the test machine is shared
    const cpu = process.cpuUsage();
    const { definition, notes } = await importXlsForm(bytes);
    const used = process.cpuUsage(cpu);
    const cpuMs = (used.user + used.system) / 1000;
    expect(cpuMs).toBeLessThan(3000);

    const survey = (await readWorkbook(bytes)).get('survey') as Sheet;
    const { rows, withLogic } = questionRows(survey);
    const lostRows = new Set(notes.filter((n) => lostLogic(n) && n.sheet === survey.name).map((n) => n.row));
    const parsed = parseSurvey(definition);
    figures.set(file, {
      questions: rows.length,
      withLogic: withLogic.length,
      logicKept: withLogic.filter((r) => !lostRows.has(r.row)).length,
      draftErrors: parsed.success ? 0 : parsed.errors.length,
      draftErrorCodes: parsed.success ? [] : parsed.errors.map((e) => e.code),
      errors: notes.filter((n) => n.severity === 'error').length,
      warnings: notes.filter((n) => n.severity === 'warning').length,
      cpuMs: Math.round(cpuMs),
    });

    // a draft with errors exports too, its problems listed for staff fixing it in Excel; a draft
    // kolo would publish exports a valid XLSForm; either reads back identically
    const exported = await exportDraftXlsForm(definition);
    const book = await readWorkbook(exported);
    if (parsed.success) {
      expect(await checkExport(exported)).toEqual([]);
      expect(book.has('kolo_problems')).toBe(false);
      if (PYXFORM) expect(pyxformRefusal(exported)).toBe('');
    } else expect(book.get('kolo_problems')?.rows.length).toBe(parsed.errors.length);
    const back = await importXlsForm(exported);
    expect(back.definition).toEqual(JSON.parse(JSON.stringify(definition)));
  });

  // runs after the forms (tests of a file run in order): the issue asks >= 95% per form and < 20
  // draft errors; the forms below it say why, and are held where they are so they only improve
  it('should keep at least 95% of the questions with logic of each form whole, with no draft error in all', () => {
    const all = [...figures.values()];
    if (all.length < files.length) return; // a single form was run on its own
    const withLogic = all.reduce((n, f) => n + f.withLogic, 0);
    const kept = all.reduce((n, f) => n + f.logicKept, 0);
    expect(kept / withLogic).toBeGreaterThanOrEqual(0.995);
    // the issue asks under 20; the only ones left are the Liberia village form's pulldata()
    // calls, which wait for its sample list (the CSV the corpus does not hold) to be attached
    expect(all.reduce((n, f) => n + f.draftErrors, 0)).toBeLessThan(20);
    expect(all.flatMap((f) => f.draftErrorCodes).filter((code) => code !== 'missing_lookup')).toEqual([]);
    for (const [file, f] of figures)
      expect({ file, kept: f.withLogic === 0 ? 1 : f.logicKept / f.withLogic }).toEqual({
        file,
        kept: expect.toSatisfy((share: number) => share >= 0.95),
      });
  });

  afterAll(() => {
    const total = { questions: 0, withLogic: 0, logicKept: 0, draftErrors: 0, cpuMs: 0 };
    const percent = (kept: number, of: number) => `${((of === 0 ? 1 : kept / of) * 100).toFixed(1)}%`;
    const lines = ['form | questions | with logic | kept % | draft errors | import errors/warnings | cpu ms'];
    for (const [file, f] of figures) {
      lines.push(
        `${file} | ${f.questions} | ${f.withLogic} | ${percent(f.logicKept, f.withLogic)} | ${f.draftErrors} | ${f.errors}/${f.warnings} | ${f.cpuMs}`,
      );
      total.questions += f.questions;
      total.withLogic += f.withLogic;
      total.logicKept += f.logicKept;
      total.draftErrors += f.draftErrors;
      total.cpuMs = Math.max(total.cpuMs, f.cpuMs);
    }
    lines.push(
      `all | ${total.questions} | ${total.withLogic} | ${percent(total.logicKept, total.withLogic)} | ${total.draftErrors} | | max ${total.cpuMs}`,
    );
    console.log(lines.join('\n'));
  });
});
