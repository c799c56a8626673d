// biome-ignore-all lint/suspicious/noTemplateCurlyInString: expressions write references as ${name}
import { auditLog } from '@kolo/db';
import { LOOKUP_MAX_ROWS } from '@kolo/schema';
import { and, eq, like } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app.ts';

const engines = (): Array<'pglite' | 'postgres'> =>
  inject('postgresUrl') ? ['pglite', 'postgres'] : ['pglite'];
const SAME_ORIGIN = { origin: 'http://localhost' };
const CSV = { ...SAME_ORIGIN, 'content-type': 'text/csv' };
/** A cell that must never reach the audit log. */
const SECRET_CELL = 'Riverside outreach point 77';

/** A survey that looks an area's coordinates up in the table `areas`. */
const villageSurvey = (id: string) => ({
  id,
  version: 1,
  locales: ['en'],
  title: { en: `Village visit ${id}` },
  sections: [
    {
      id: 'area',
      title: { en: 'Area' },
      items: [
        {
          id: 'ea',
          kind: 'single_choice',
          label: { en: 'Enumeration area' },
          options: [
            { value: 'a1', label: { en: 'A1' } },
            { value: 'a2', label: { en: 'A2' } },
          ],
        },
        {
          id: 'lat',
          kind: 'calculate',
          label: { en: 'Latitude' },
          calculation: "pulldata('areas', 'lat', 'code', ${ea})",
        },
      ],
    },
  ],
});

const AREAS = `code,lat,place\r\na1,6.31,"${SECRET_CELL}"\r\na2,6.29,"Kebbeh, market"\r\n`;

interface Problem {
  path: string;
  code: string;
}
interface Saved {
  id: string;
  name: string;
  table: { columns: string[]; rows: string[][] };
  replaced: boolean;
  errors: Problem[];
  warnings: Problem[];
}
interface Refusal {
  error: { code: string; message: string; problem?: string; cap?: number; lines?: unknown[] };
}

describe.each(engines())('lookup tables of a survey draft on %s', (engine) => {
  let t: TestApp;
  const cookie = {} as Record<'staff' | 'admin' | 'monitor' | 'funder' | 'betaStaff', string>;
  let n = 0;

  const newSurvey = async () => {
    n += 1;
    const id = `village-${n}`;
    const res = await t.request('/api/surveys', {
      method: 'POST',
      cookie: cookie.staff,
      headers: SAME_ORIGIN,
      json: { definition: villageSurvey(id) },
    });
    expect(res.status).toBe(201);
    return id;
  };
  const putCsv = (id: string, name: string, body: RequestInit['body'], who: keyof typeof cookie = 'staff') =>
    t.request(`/api/surveys/${id}/draft/lookups/${name}`, {
      method: 'PUT',
      cookie: cookie[who],
      headers: CSV,
      body,
    });
  const postFile = (id: string, fileName: string, body: string | Uint8Array<ArrayBuffer>) => {
    const form = new FormData();
    form.set('file', new Blob([body], { type: 'text/csv' }), fileName);
    return t.request(`/api/surveys/${id}/draft/lookups`, {
      method: 'POST',
      cookie: cookie.staff,
      headers: SAME_ORIGIN,
      body: form,
    });
  };
  const draftOf = async (id: string) =>
    (await (await t.request(`/api/surveys/${id}/draft`, { cookie: cookie.staff })).json()) as {
      definition: { lookups?: Record<string, { columns: string[]; rows: string[][] }> };
      errors: Problem[];
      warnings: Problem[];
    };
  const refusal = async (res: Response) => {
    const text = await res.text();
    expect(res.status, text.slice(0, 300)).toBeGreaterThanOrEqual(400);
    expect(res.status, text.slice(0, 300)).toBeLessThan(500);
    return JSON.parse(text) as Refusal;
  };

  beforeAll(async () => {
    t = await createTestApp({ engine });
    const [alpha, beta] = t.orgs;
    for (const role of ['staff', 'admin', 'monitor', 'funder'] as const)
      cookie[role] = await t.login(alpha.emails[role]);
    cookie.betaStaff = await t.login(beta.emails.staff);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('should attach a CSV to the draft, so the form can read it, audited with its name and size only', async () => {
    const id = await newSurvey();
    const before = await draftOf(id);
    expect(before.errors.length).toBeGreaterThan(0);
    const res = await putCsv(id, 'areas', AREAS);
    const saved = (await res.json()) as Saved;
    expect(res.status, JSON.stringify(saved)).toBe(200);
    expect(saved).toMatchObject({ id, name: 'areas', replaced: false, errors: [] });
    expect(saved.table).toEqual({
      columns: ['code', 'lat', 'place'],
      rows: [
        ['a1', '6.31', SECRET_CELL],
        ['a2', '6.29', 'Kebbeh, market'],
      ],
    });
    const draft = await draftOf(id);
    expect(draft.definition.lookups?.areas).toEqual(saved.table);
    expect(draft.errors).toEqual([]);
    const entries = await t.database.db
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.orgId, t.orgs[0].id), eq(auditLog.target, id), like(auditLog.action, 'lookup%')),
      );
    expect(entries.map((e) => [e.action, e.detail])).toEqual([
      ['lookup_attach', { table: 'areas', rows: 2, columns: 3, replaced: false }],
    ]);
    expect(JSON.stringify(entries)).not.toContain('Riverside');
  });

  it("should take the table's name from the uploaded file's name, and replace a table of that name", async () => {
    const id = await newSurvey();
    const first = await postFile(id, 'areas.csv', AREAS);
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ name: 'areas', replaced: false, errors: [] });
    // a browser's second download of the same file
    const second = await postFile(id, 'areas (1).csv', 'code;lat\na1;7.5\n');
    expect(second.status).toBe(200);
    expect(await second.json()).toMatchObject({
      name: 'areas',
      replaced: true,
      table: { columns: ['code', 'lat'], rows: [['a1', '7.5']] },
    });
    const other = await postFile(id, 'teams.csv', 'district,size\nBong,3\n');
    expect(((await other.json()) as Saved).warnings.length).toBeGreaterThan(0);
    expect(Object.keys((await draftOf(id)).definition.lookups ?? {}).sort()).toEqual(['areas', 'teams']);
  });

  it('should keep the attached tables when the builder saves the draft without them', async () => {
    const id = await newSurvey();
    expect((await putCsv(id, 'areas', AREAS)).status).toBe(200);
    const edited = { ...villageSurvey(id), title: { en: 'Village visit, renamed' } };
    const res = await t.request(`/api/surveys/${id}/draft`, {
      method: 'PUT',
      cookie: cookie.staff,
      headers: SAME_ORIGIN,
      json: { definition: edited },
    });
    expect(await res.json()).toMatchObject({ errors: [] });
    const draft = await draftOf(id);
    expect(draft.definition).toMatchObject({ title: { en: 'Village visit, renamed' } });
    expect(draft.definition.lookups?.areas?.rows).toHaveLength(2);
  });

  it('should remove a table, after which the draft says the form reads a table it lacks', async () => {
    const id = await newSurvey();
    await putCsv(id, 'areas', AREAS);
    const del = (name: string) =>
      t.request(`/api/surveys/${id}/draft/lookups/${name}`, {
        method: 'DELETE',
        cookie: cookie.staff,
        headers: SAME_ORIGIN,
      });
    const res = await del('areas');
    expect(res.status).toBe(200);
    expect(((await res.json()) as Saved).errors.length).toBeGreaterThan(0);
    expect((await draftOf(id)).definition.lookups).toBeUndefined();
    expect((await del('areas')).status).toBe(404);
    const [entry] = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.target, id), eq(auditLog.action, 'lookup_remove')));
    expect(entry?.detail).toEqual({ table: 'areas', rows: 2, columns: 3 });
  });

  it('should give a table as CSV from the draft and from the published version', async () => {
    const id = await newSurvey();
    await putCsv(id, 'areas', AREAS);
    const csv = (query: string) =>
      t.request(`/api/surveys/${id}/lookups/areas${query}`, { cookie: cookie.staff });
    const fromDraft = await csv('?draft=true');
    expect(fromDraft.status).toBe(200);
    expect(fromDraft.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(fromDraft.headers.get('content-disposition')).toBe('attachment; filename="areas.csv"');
    const text = await fromDraft.text();
    expect(text).toContain(SECRET_CELL);
    expect(text).toContain('"Kebbeh, market"');
    // nothing published yet
    expect((await csv('')).status).toBe(404);
    const published = await t.request(`/api/surveys/${id}/publish`, {
      method: 'POST',
      cookie: cookie.staff,
      headers: SAME_ORIGIN,
      json: {},
    });
    expect(published.status).toBe(201);
    expect(await (await csv('')).text()).toBe(text);
    expect(await (await csv('?version=1')).text()).toBe(text);
    // the CSV reads back as the same table
    const again = await putCsv(id, 'areas', text);
    expect(((await again.json()) as Saved).table.rows[0]).toEqual(['a1', '6.31', SECRET_CELL]);
    expect((await csv('?version=2')).status).toBe(404);
    expect((await csv('?draft=true&version=1')).status).toBe(422);
  });

  it('should publish a survey carrying 10,000 lookup rows and serve it to a monitor’s phone', async () => {
    const id = await newSurvey();
    const lines = Array.from(
      { length: LOOKUP_MAX_ROWS },
      (_, i) => `a${i + 1},${(6 + i / 1e5).toFixed(5)},-10.8${i},Area ${i + 1} near the river`,
    );
    const res = await putCsv(id, 'areas', ['code,lat,lon,place', ...lines].join('\n'));
    expect(res.status).toBe(200);
    // the builder's save carries the whole definition back
    const draft = await draftOf(id);
    const save = await t.request(`/api/surveys/${id}/draft`, {
      method: 'PUT',
      cookie: cookie.staff,
      headers: SAME_ORIGIN,
      json: { definition: draft.definition },
    });
    expect(save.status).toBe(200);
    const published = await t.request(`/api/surveys/${id}/publish`, {
      method: 'POST',
      cookie: cookie.staff,
      headers: SAME_ORIGIN,
      json: {},
    });
    expect(published.status).toBe(201);
    const phone = await t.request('/api/published-surveys', { cookie: cookie.monitor });
    expect(phone.status).toBe(200);
    const { surveys } = (await phone.json()) as {
      surveys: Array<{ id: string; lookups?: Record<string, { rows: string[][] }> }>;
    };
    expect(surveys.find((s) => s.id === id)?.lookups?.areas?.rows).toHaveLength(LOOKUP_MAX_ROWS);
  });

  it('should let only staff and admins of the survey’s organization change or read its tables', async () => {
    const id = await newSurvey();
    expect((await putCsv(id, 'areas', AREAS, 'admin')).status).toBe(200);
    for (const who of ['monitor', 'funder'] as const) {
      expect((await putCsv(id, 'areas', AREAS, who)).status, who).toBe(403);
      const read = await t.request(`/api/surveys/${id}/lookups/areas?draft=true`, { cookie: cookie[who] });
      expect(read.status, who).toBe(403);
    }
    expect((await putCsv(id, 'areas', AREAS, 'betaStaff')).status).toBe(404);
    // another organization's survey is not found whatever the body holds
    const asJson = await t.request(`/api/surveys/${id}/draft/lookups/areas`, {
      method: 'PUT',
      cookie: cookie.betaStaff,
      headers: SAME_ORIGIN,
      json: { name: 'taken over' },
    });
    expect(asJson.status).toBe(404);
    const other = await t.request(`/api/surveys/${id}/lookups/areas?draft=true`, {
      cookie: cookie.betaStaff,
    });
    expect(other.status).toBe(404);
    const removed = await t.request(`/api/surveys/${id}/draft/lookups/areas`, {
      method: 'DELETE',
      cookie: cookie.betaStaff,
      headers: SAME_ORIGIN,
    });
    expect(removed.status).toBe(404);
    expect((await draftOf(id)).definition.lookups?.areas?.rows).toHaveLength(2);
  });

  describe('hostile uploads', () => {
    let id: string;
    beforeAll(async () => {
      id = await newSurvey();
    });

    it('should refuse a binary file or a workbook saying to save it as CSV UTF-8', async () => {
      const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
      const xlsx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0]);
      for (const bytes of [png, xlsx]) {
        const body = await refusal(await putCsv(id, 'areas', bytes));
        expect(body.error).toMatchObject({ code: 'invalid', problem: 'not_csv' });
        expect(body.error.message).toMatch(/CSV UTF-8/);
      }
      // a NUL deep in a long file (jsonb cannot hold one: it must be refused, never stored)
      const late = new TextEncoder().encode(
        `code,place\n${`a1,${'x'.repeat(100)}\n`.repeat(1_000)}a2,\u0000\n`,
      );
      expect((await refusal(await putCsv(id, 'areas', late))).error.problem).toBe('not_csv');
      const latin1 = new Uint8Array([...new TextEncoder().encode('code,place\na1,'), 0xe9, 0x0a]);
      const body = await refusal(await putCsv(id, 'areas', latin1));
      expect(body.error).toMatchObject({ problem: 'not_utf8' });
      expect(body.error.message).toMatch(/UTF-8/);
    });

    it('should refuse 20 MB with 413 before reading it', async () => {
      const big = `code,lat\n${'a1,6.3\n'.repeat(3_000_000)}`;
      const res = await putCsv(id, 'areas', big);
      expect(res.status).toBe(413);
      expect(((await res.json()) as Refusal).error.message).toMatch(/over \d+ KiB/);
    });

    it('should refuse 100,000 rows saying the cap', async () => {
      const rows = Array.from({ length: 100_000 }, (_, i) => `a${i},1`);
      const body = await refusal(await putCsv(id, 'areas', ['code,lat', ...rows].join('\n')));
      expect(body.error).toMatchObject({ problem: 'csv' });
      expect(body.error.message).toMatch(/10[,\s]?000/);
    });

    it('should refuse a ragged row naming its line', async () => {
      const body = await refusal(await putCsv(id, 'areas', 'code,lat,lon\na1,1,2\na2,1\n'));
      expect(body.error).toMatchObject({ problem: 'csv_rows' });
      expect(body.error.message).toMatch(/line 3/);
      expect(body.error.lines?.[0]).toMatchObject({ line: 3 });
    });

    it('should refuse an empty file, a bad name, no file, and an eleventh table', async () => {
      expect((await refusal(await putCsv(id, 'areas', ''))).error.problem).toBe('empty');
      expect((await refusal(await putCsv(id, 'areas', 'code,code\na,b\n'))).error.problem).toBe('csv_header');
      expect((await refusal(await putCsv(id, '1areas', AREAS))).error.problem).toBe('bad_name');
      expect((await refusal(await postFile(id, 'my areas!.csv', AREAS))).error.problem).toBe('bad_name');
      const empty = await t.request(`/api/surveys/${id}/draft/lookups`, {
        method: 'POST',
        cookie: cookie.staff,
        headers: SAME_ORIGIN,
        body: new FormData(),
      });
      expect((await refusal(empty)).error.problem).toBe('no_file');
      const json = await t.request(`/api/surveys/${id}/draft/lookups/areas`, {
        method: 'PUT',
        cookie: cookie.staff,
        headers: SAME_ORIGIN,
        json: { columns: ['a'], rows: [] },
      });
      expect(json.status).toBe(415);
      const many = await newSurvey();
      for (let i = 1; i <= 10; i += 1) expect((await putCsv(many, `t${i}`, 'k,v\na,1\n')).status).toBe(200);
      const eleventh = await refusal(await putCsv(many, 't11', 'k,v\na,1\n'));
      expect(eleventh.error).toMatchObject({ problem: 'too_many_tables', cap: 10 });
    });

    it('should refuse tables that together hold more cells than travel with a survey', async () => {
      const many = await newSurvey();
      const wide = ['c1,c2,c3,c4,c5', ...Array.from({ length: 10_000 }, (_, i) => `${i},b,c,d,e`)].join('\n');
      for (const name of ['t1', 't2', 't3', 't4']) expect((await putCsv(many, name, wide)).status).toBe(200);
      const body = await refusal(await putCsv(many, 't5', wide));
      expect(body.error).toMatchObject({ problem: 'too_many_cells', cap: 200_000 });
      expect(Object.keys((await draftOf(many)).definition.lookups ?? {})).toHaveLength(4);
    });

    it('should answer any bytes with a table or a 4xx, never a 500', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            fc.uint8Array({ maxLength: 400 }),
            fc.string({ unit: 'binary', maxLength: 400 }).map((s) => new TextEncoder().encode(s)),
            fc
              .array(
                fc.array(fc.constantFrom('a', '"', ',', ';', '\n', '\r', 'é', ' ', 'x'), { maxLength: 12 }),
                {
                  maxLength: 20,
                },
              )
              .map((parts) => new TextEncoder().encode(parts.map((p) => p.join('')).join(''))),
          ),
          async (bytes) => {
            const res = await putCsv(id, 'fuzz', bytes);
            expect(res.status === 200 || (res.status >= 400 && res.status < 500), String(res.status)).toBe(
              true,
            );
          },
        ),
        { numRuns: 60 },
      );
    });
  });
});
