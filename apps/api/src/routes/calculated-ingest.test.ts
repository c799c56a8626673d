// biome-ignore-all lint/suspicious/noTemplateCurlyInString: XLSForm expressions write references as ${name}
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app.ts';

const en = (text: string) => ({ en: text });

describe('calculations, constraints and choice filters on ingest', () => {
  let t: TestApp;
  let staff: string;

  const send = (answers: Record<string, unknown>, collectedAt = '2026-03-01T10:00:00Z') => {
    const id = randomUUID();
    return t
      .request('/api/submissions', {
        method: 'POST',
        cookie: staff,
        json: {
          id,
          surveyId: 'calc-check',
          version: 1,
          siteId: t.orgs[0].siteIds[0],
          collectedAt,
          locale: 'en',
          answers,
        },
      })
      .then(async (res) => ({ id, status: res.status, body: (await res.json()) as Record<string, unknown> }));
  };

  const storedAnswers = async (id: string): Promise<Record<string, unknown> | undefined> => {
    const res = await t.request('/api/surveys/calc-check/submissions', { cookie: staff });
    const body = (await res.json()) as { rows: Array<{ id: string; answers: Record<string, unknown> }> };
    return body.rows.find((row) => row.id === id)?.answers;
  };

  beforeAll(async () => {
    t = await createTestApp();
    staff = await t.login(t.orgs[0].emails.staff);
    const definition = {
      id: 'calc-check',
      version: 1,
      locales: ['en'],
      title: en('Calc'),
      sections: [
        {
          id: 'main',
          title: en('Main'),
          items: [
            { id: 'birth_year', kind: 'number', integer: true, label: en('Born'), constraint: '. >= 1920' },
            {
              id: 'age',
              kind: 'calculate',
              label: en('Age'),
              calculation: "format-date(today(), '%Y') - ${birth_year}",
              valueType: 'number',
            },
            {
              id: 'country',
              kind: 'single_choice',
              label: en('Country'),
              options: [
                { value: 'kg', label: en('Kyrgyzstan') },
                { value: 'ua', label: en('Ukraine') },
              ],
            },
            {
              id: 'city',
              kind: 'single_choice',
              label: en('City'),
              options: [
                { value: 'osh', label: en('Osh'), properties: { country: 'kg' } },
                { value: 'kyiv', label: en('Kyiv'), properties: { country: 'ua' } },
              ],
              choiceFilter: 'country = ${country}',
            },
          ],
        },
      ],
    };
    const created = await t.request('/api/surveys', { method: 'POST', cookie: staff, json: { definition } });
    expect(created.status).toBe(201);
    const published = await t.request('/api/surveys/calc-check/publish', {
      method: 'POST',
      cookie: staff,
      json: {},
    });
    expect(published.status).toBe(201);
  });
  afterAll(async () => {
    await t?.close();
  });

  it("should store the server's calculated value, computed for the day of collection, not the client's", async () => {
    const sent = await send({ birth_year: 1990, age: 99 }, '2026-03-01T10:00:00Z');
    expect(sent.status).toBe(201);
    expect(await storedAnswers(sent.id)).toMatchObject({ birth_year: 1990, age: 36 });
  });

  it('should answer 422 naming the question for a failed constraint or a choice the filter excludes', async () => {
    const early = await send({ birth_year: 1900 });
    expect(early.status).toBe(422);
    expect(JSON.stringify(early.body)).toContain('answers.birth_year');
    const wrongCity = await send({ country: 'ua', city: 'osh' });
    expect(wrongCity.status).toBe(422);
    expect(JSON.stringify(wrongCity.body)).toContain('answers.city');
    expect((await send({ country: 'kg', city: 'osh' })).status).toBe(201);
  });
});
