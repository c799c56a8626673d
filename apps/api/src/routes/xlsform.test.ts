// biome-ignore-all lint/suspicious/noTemplateCurlyInString: XLSForm expressions write references as ${name}
import { auditLog } from '@kolo/db';
import type { SurveyDefinition } from '@kolo/schema';
import { exportXlsForm, importXlsForm } from '@kolo/xlsform';
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app.ts';

const ORIGIN = { origin: 'http://localhost' };
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A workbook from sheets of rows, as a team's spreadsheet would hold them. */
async function workbook(sheets: Record<string, unknown[][]>): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = book.addWorksheet(name);
    for (const row of rows) sheet.addRow(row);
  }
  return new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
}

const KOBO_FORM = {
  survey: [
    ['type', 'name', 'label::English (en)', 'label::Русский (ru)', 'required', 'relevant', 'calculation'],
    ['begin group', 'visit', 'Visit', 'Визит'],
    ['select_one yn', 'tested', 'Tested?', 'Тестировались?', 'yes'],
    ['integer', 'times', 'How often?', 'Как часто?', 'no', `\${tested} = 'yes'`],
    ['calculate', 'double', null, null, null, null, `\${times} * 2`],
    ['end group'],
  ],
  choices: [
    ['list_name', 'name', 'label::English (en)', 'label::Русский (ru)'],
    ['yn', 'yes', 'Yes', 'Да'],
    ['yn', 'no', 'No', 'Нет'],
  ],
  settings: [
    ['form_title', 'form_id', 'default_language'],
    ['Testing', 'testing', 'English (en)'],
  ],
};

describe('XLSForm routes', () => {
  let t: TestApp;
  let staff: string;
  let funder: string;
  const upload = (
    file: Uint8Array | string | undefined,
    fields: Record<string, string> = {},
    headers = ORIGIN,
  ) => {
    const form = new FormData();
    if (typeof file === 'string') form.set('file', file);
    else if (file !== undefined) form.set('file', new Blob([file], { type: XLSX_TYPE }), 'form.xlsx');
    for (const [key, value] of Object.entries(fields)) form.set(key, value);
    return t.request('/api/surveys/import/xlsform', { method: 'POST', cookie: staff, headers, body: form });
  };
  beforeAll(async () => {
    t = await createTestApp();
    staff = await t.login(t.orgs[0].emails.staff);
    funder = await t.login(t.orgs[0].emails.funder);
  });
  afterAll(async () => {
    await t.close();
  });

  it('should create a draft from a Kobo form, with the conversion report, audited like POST /api/surveys', async () => {
    const res = await upload(await workbook(KOBO_FORM));
    expect(res.status).toBe(201);
    const body = (await res.json()) as {
      id: string;
      errors: Array<{ path: string; code: string }>;
      warnings: unknown[];
      report: Array<{ sheet: string; row?: number; column?: string; severity: string; code: string }>;
    };
    expect(body.id).toBe('testing');
    // the English-only title shows in Russian until translated: a warning, not an error
    expect(body.errors).toEqual([]);
    expect(body.report).toEqual([
      expect.objectContaining({ sheet: 'settings', column: 'form_title', code: 'title_untranslated' }),
      expect.objectContaining({ severity: 'warning', code: 'partial_translation' }),
    ]);
    const draft = (await (await t.request('/api/surveys/testing/draft', { cookie: staff })).json()) as {
      definition: { locales: string[]; sections: Array<{ items: Array<{ id: string; showIf?: unknown }> }> };
    };
    expect(draft.definition.locales).toEqual(['en', 'ru']);
    expect(draft.definition.sections[0]?.items).toEqual([
      expect.objectContaining({ id: 'tested', kind: 'single_choice', required: true }),
      expect.objectContaining({ id: 'times', showIf: { question: 'tested', op: 'eq', value: 'yes' } }),
      expect.objectContaining({ id: 'double', kind: 'calculate', calculation: `\${times} * 2` }),
    ]);
    const entries = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.orgId, t.orgs[0].id), eq(auditLog.target, 'testing')));
    expect(entries.map((e) => [e.action, e.detail])).toEqual([['survey_draft', { created: true }]]);
  });

  it('should answer 409 for a taken id and import under the id the field "id" gives', async () => {
    const bytes = await exportXlsForm(t.survey);
    const taken = await upload(bytes);
    expect(taken.status).toBe(409);
    expect(((await taken.json()) as { error: { message: string } }).error.message).toMatch(
      /"service-satisfaction" already exists: send another id in the field "id"/,
    );
    const renamed = await upload(bytes, { id: 'satisfaction-copy' });
    expect(renamed.status).toBe(201);
    expect(await renamed.json()).toEqual({
      id: 'satisfaction-copy',
      errors: [],
      warnings: expect.any(Array),
      report: [],
    });
    expect((await upload(bytes, { id: 'Not An Id' })).status).toBe(422);
    // the copy publishes as it is
    const published = await t.request('/api/surveys/satisfaction-copy/publish', {
      method: 'POST',
      cookie: staff,
      json: {},
    });
    expect(published.status).toBe(201);
  });

  it('should answer 400 without a file, 415 for a body that is not multipart', async () => {
    const missing = await upload(undefined, { id: 'x' });
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as { error: { message: string } }).error.message).toMatch(/field "file"/);
    expect((await upload('not a file')).status).toBe(400);
    const asJson = await t.request('/api/surveys/import/xlsform', {
      method: 'POST',
      cookie: staff,
      headers: ORIGIN,
      json: { file: 'x' },
    });
    expect(asJson.status).toBe(415);
    const broken = await t.request('/api/surveys/import/xlsform', {
      method: 'POST',
      cookie: staff,
      headers: { ...ORIGIN, 'content-type': 'multipart/form-data; boundary=nothing' },
      body: 'this is not multipart',
    });
    expect(broken.status).toBe(400);
  });

  it('should answer 422 with the report for a file that is not a usable workbook', async () => {
    const text = await upload(new TextEncoder().encode('type,name\ntext,q1\n'));
    expect(text.status).toBe(422);
    const body = (await text.json()) as {
      error: { code: string; message: string; report: Array<{ code: string }> };
    };
    expect(body.error.code).toBe('invalid');
    expect(body.error.message).toMatch(/not an \.xlsx workbook/);
    expect(body.error.report.map((n) => n.code)).toEqual(['not_xlsx']);
    const noSurvey = await upload(await workbook({ Sheet1: [['a']] }));
    expect(noSurvey.status).toBe(422);
    expect(
      ((await noSurvey.json()) as { error: { report: Array<{ code: string }> } }).error.report[0]?.code,
    ).toBe('no_survey_sheet');
  });

  it('should keep CSRF protection: an upload from another site, or with no Origin, is refused', async () => {
    const bytes = await workbook(KOBO_FORM);
    expect((await upload(bytes, { id: 'csrf-1' }, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await upload(bytes, { id: 'csrf-2' }, {} as typeof ORIGIN)).status).toBe(403);
  });

  it("should import a form's CSV media with it as the draft's lookup tables", async () => {
    const form = {
      survey: [
        ['type', 'name', 'label', 'calculation'],
        ['select_one ea', 'eid', 'Enumeration area'],
        ['calculate', 'lat', null, "pulldata('sampleList', 'lat', 'EFEACODE', ${eid})"],
        ['note', 'where', 'Go to ${lat}'],
      ],
      choices: [
        ['list_name', 'name', 'label'],
        ['ea', 'e1', 'Area 1'],
        ['ea', 'e2', 'Area 2'],
      ],
      settings: [
        ['form_title', 'form_id'],
        ['Village sample', 'village-sample'],
      ],
    };
    const send = (id: string, media: Array<[string, string | Uint8Array<ArrayBuffer>]>) => {
      const body = new FormData();
      body.set('file', new Blob([bytes], { type: XLSX_TYPE }), 'village.xlsx');
      body.set('id', id);
      for (const [name, content] of media) body.append('media', new Blob([content]), name);
      return t.request('/api/surveys/import/xlsform', {
        method: 'POST',
        cookie: staff,
        headers: ORIGIN,
        body,
      });
    };
    const bytes = await workbook(form);
    const csv = 'EFEACODE,lat,lon\r\ne1,6.31,-10.80\r\ne2,6.29,-10.76\r\n';
    const res = await send('village-with-media', [['sampleList.csv', csv]]);
    const body = (await res.json()) as { errors: unknown[]; report: Array<{ code: string }> };
    expect(res.status, JSON.stringify(body)).toBe(201);
    expect(body.errors).toEqual([]);
    expect(body.report.map((n) => n.code)).not.toContain('lookup_missing');
    const draft = (await (
      await t.request('/api/surveys/village-with-media/draft', { cookie: staff })
    ).json()) as {
      definition: { lookups?: Record<string, unknown> };
    };
    expect(draft.definition.lookups).toEqual({
      sampleList: {
        columns: ['EFEACODE', 'lat', 'lon'],
        rows: [
          ['e1', '6.31', '-10.80'],
          ['e2', '6.29', '-10.76'],
        ],
      },
    });
    // without its media the form imports, and the draft says which file to attach
    const bare = await send('village-without-media', []);
    const bareBody = (await bare.json()) as {
      errors: Array<{ code: string }>;
      report: Array<{ code: string }>;
    };
    expect(bare.status).toBe(201);
    expect(bareBody.report.map((n) => n.code)).toContain('lookup_missing');
    expect(bareBody.errors.length).toBeGreaterThan(0);
    // the same file twice, or a flood of files, is refused with what to fix
    const twice = await send('village-twice', [
      ['sampleList.csv', csv],
      ['sampleList.csv', csv],
    ]);
    expect(twice.status).toBe(422);
    expect(((await twice.json()) as { error: { message: string } }).error.message).toMatch(/sent twice/);
    const flood = await send(
      'village-flood',
      Array.from({ length: 51 }, (_, i) => [`t${i}.csv`, 'a,b\n1,2\n'] as [string, string]),
    );
    expect(flood.status).toBe(422);
    const nul = await send('village-nul', [['sampleList.csv', 'EFEACODE,lat\ne1,6.3\u0000\n']]);
    expect(nul.status).toBe(422);
    expect(((await nul.json()) as { error: { message: string } }).error.message).toMatch(/CSV UTF-8/);
  });

  it('should never answer 5xx to an upload, whatever its bytes', async () => {
    const valid = await workbook(KOBO_FORM);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 512 }),
          fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })).map(([at, byte]) => {
            const copy = valid.slice();
            copy[at % copy.length] = byte;
            return copy;
          }),
        ),
        async (bytes) => {
          const res = await upload(bytes, { id: 'fuzzed' });
          expect(res.status).toBeLessThan(500);
          if (res.status === 201) await t.database.db.execute("delete from surveys where id = 'fuzzed'");
        },
      ),
      { numRuns: 25 },
    );
  }, 60_000);

  it('should export the latest version, a version, or a valid draft as an .xlsx that imports back', async () => {
    const res = await t.request('/api/surveys/service-satisfaction/xlsform', { cookie: staff });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(XLSX_TYPE);
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="service-satisfaction-v1.xlsx"',
    );
    const back = await importXlsForm(new Uint8Array(await res.arrayBuffer()));
    expect(back.definition).toEqual(JSON.parse(JSON.stringify(t.survey)));
    expect(
      (await t.request('/api/surveys/service-satisfaction/xlsform?version=1', { cookie: staff })).status,
    ).toBe(200);
    expect(
      (await t.request('/api/surveys/service-satisfaction/xlsform?version=7', { cookie: staff })).status,
    ).toBe(404);
    // no draft: the builder shows the latest version, and downloads it
    const noDraft = await t.request('/api/surveys/service-satisfaction/xlsform?draft=true', {
      cookie: staff,
    });
    expect(noDraft.status).toBe(200);
    expect(noDraft.headers.get('content-disposition')).toBe(
      'attachment; filename="service-satisfaction-v1.xlsx"',
    );
    expect(
      (await t.request('/api/surveys/service-satisfaction/xlsform?version=x', { cookie: staff })).status,
    ).toBe(422);
    expect((await t.request('/api/surveys/nothing-here/xlsform', { cookie: staff })).status).toBe(404);
    expect((await t.request('/api/surveys/service-satisfaction/xlsform', { cookie: funder })).status).toBe(
      403,
    );

    // a draft with errors is exported for fixing in Excel, its problems in a kolo_problems sheet
    const broken: SurveyDefinition = {
      ...t.survey,
      id: 'broken-draft',
      sections: t.survey.sections.map((s, i) =>
        i === 0 ? { ...s, showIf: { question: 'no_such_question', op: 'answered' } } : s,
      ),
    };
    await t.request('/api/surveys', { method: 'POST', cookie: staff, json: { definition: broken } });
    const invalid = await t.request('/api/surveys/broken-draft/xlsform?draft=true', { cookie: staff });
    expect(invalid.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await invalid.arrayBuffer()) as Parameters<ExcelJS.Xlsx['load']>[0]);
    const problems = book.getWorksheet('kolo_problems');
    expect(problems?.getRow(1).values).toEqual([undefined, 'where', 'problem']);
    expect(String(problems?.getRow(2).getCell(2).value)).toMatch(/no_such_question/);
    const definition: SurveyDefinition = {
      ...t.survey,
      id: 'draft-export',
      title: { ...t.survey.title, en: 'Draft' },
    };
    await t.request('/api/surveys', { method: 'POST', cookie: staff, json: { definition } });
    const draft = await t.request('/api/surveys/draft-export/xlsform?draft=true', { cookie: staff });
    expect(draft.status).toBe(200);
    expect(draft.headers.get('content-disposition')).toBe('attachment; filename="draft-export-v1.xlsx"');
    const draftBack = await importXlsForm(new Uint8Array(await draft.arrayBuffer()));
    expect(draftBack.definition.title).toMatchObject({ en: 'Draft' });
  });
});

describe('XLSForm import body limit', () => {
  it('should answer 413 for a workbook over the body limit', async () => {
    const small = await createTestApp({ env: { KOLO_BODY_LIMIT_KB: '16' } });
    try {
      const staff = await small.login(small.orgs[0].emails.staff);
      const form = new FormData();
      const bytes = await exportXlsForm(small.survey);
      expect(bytes.length).toBeGreaterThan(16 * 1024);
      form.set('file', new Blob([bytes]), 'big.xlsx');
      const res = await small.request('/api/surveys/import/xlsform', {
        method: 'POST',
        cookie: staff,
        headers: ORIGIN,
        body: form,
      });
      expect(res.status).toBe(413);
    } finally {
      await small.close();
    }
  });
});
