import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { describe, expect, it, vi } from 'vitest';
import { describeError } from './errors.ts';
import { sensitiveExportPath } from './testing/sensitive-export.ts';
import { createTestApp, type TestApp, validAnswers } from './testing/test-app.ts';

/** Exercise every path an answer travels, with `marker` in every place a respondent's words can be. */
async function exercise(t: TestApp, marker: string): Promise<void> {
  const monitor = await t.login(t.orgs[0].emails.monitor);
  const staff = await t.login(t.orgs[0].emails.staff);
  const post = (json: unknown, path = '/api/submissions') =>
    t.request(path, { method: 'POST', cookie: monitor, json });
  const base = {
    id: randomUUID(),
    surveyId: 'service-satisfaction',
    version: 1,
    siteId: t.orgs[0].siteIds[0],
    collectedAt: '2026-03-02T10:00:00Z',
    locale: 'en',
    answers: {
      ...validAnswers(t.survey, 1),
      comment: marker,
      gender: 'other',
      gender_other: marker,
    },
  };
  expect((await post(base)).status).toBe(201);
  expect((await post(base)).status).toBe(200);
  expect((await post({ ...base, answers: { ...base.answers, comment: `${marker}!` } })).status).toBe(409);
  // invalid answers whose values and keys are the marker: the 422 tells the sender, the log nothing
  expect((await post({ ...base, id: randomUUID(), answers: { service_type: marker } })).status).toBe(422);
  expect((await post({ ...base, id: randomUUID(), answers: { [marker]: 1 } })).status).toBe(422);
  expect((await post({ ...base, id: randomUUID(), answers: { comment: `${marker}\u0000` } })).status).toBe(
    422,
  );
  expect((await post({ ...base, id: marker })).status).toBe(422);
  expect(
    (
      await post(
        { submissions: [base, { ...base, id: randomUUID(), siteId: marker }] },
        '/api/submissions/batch',
      )
    ).status,
  ).toBe(200);
  const malformed = await t.request('/api/submissions', {
    method: 'POST',
    cookie: monitor,
    headers: { 'content-type': 'application/json' },
    body: `{"answers":{"comment":"${marker}"`,
  });
  expect(malformed.status).toBe(400);
  await t.request('/api/auth/login', {
    method: 'POST',
    json: { email: `${marker}@x.test`, password: marker },
  });
  await t.request(`/api/surveys/${marker}/results`, { cookie: staff });
  for (const path of [
    '/api/surveys/service-satisfaction/submissions?includeSensitive=true',
    await sensitiveExportPath(t, staff, 'service-satisfaction', 'csv'),
    await sensitiveExportPath(t, staff, 'service-satisfaction', 'xlsx'),
  ]) {
    const res = await t.request(path, { cookie: staff });
    expect(res.status).toBe(200);
    await res.arrayBuffer();
  }
}

describe('what the server logs', () => {
  for (const level of ['debug', 'info', 'error'] as const) {
    it(`should never log a respondent's words at log level ${level}`, async () => {
      const t = await createTestApp({ env: { KOLO_LOG_LEVEL: level } });
      try {
        const marker = `log-marker-${randomUUID()}`;
        await exercise(t, marker);
        const logged = t.logs.join('\n');
        expect(logged).not.toContain(marker);
        expect(logged).not.toMatch(/unhandled/);
      } finally {
        await t.close();
      }
    });
  }

  it('should log a failed query by its code only, never its statement or parameters', () => {
    const marker = `param-${randomUUID()}`;
    const query = Object.assign(
      new Error(
        `Failed query: insert into submissions (answers) values ($1)\nparams: {"comment":"${marker}"}`,
      ),
      {
        cause: Object.assign(new Error(`invalid input syntax for type json: "${marker}"`), { code: '22P02' }),
      },
    );
    expect(describeError(query)).toBe('database error 22P02');
    const driver = Object.assign(new Error(`value "${marker}" is out of range`), { code: '22003' });
    expect(describeError(driver)).toBe('database error 22003');
    expect(describeError(new TypeError('x is not a function'))).toBe('TypeError: x is not a function');
  });
});

describe('a failed export stream', () => {
  it('should be logged by its SQLSTATE only, end broken for the client, and leave the server up', async () => {
    const t = await createTestApp({ env: { KOLO_LOG_LEVEL: 'error' } });
    const server = serve({ fetch: t.app.fetch, port: 0, hostname: '127.0.0.1' });
    const printed: string[] = [];
    const capture = (...args: unknown[]) => {
      printed.push(
        args.map((a) => (a instanceof Error ? `${a.stack} ${String(a.cause)}` : String(a))).join(' '),
      );
    };
    const spies = [
      vi.spyOn(console, 'error').mockImplementation(capture),
      vi.spyOn(console, 'warn').mockImplementation(capture),
      vi.spyOn(console, 'info').mockImplementation(capture),
      vi.spyOn(console, 'log').mockImplementation(capture),
    ];
    try {
      await once(server, 'listening');
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const staff = await t.login(t.orgs[0].emails.staff);
      const marker = `query-marker-${randomUUID()}`;
      const failure = Object.assign(
        new Error(`Failed query: select answers from submissions where id = $1\nparams: ${marker}`),
        { cause: Object.assign(new Error(`canceling statement due to ${marker}`), { code: '57014' }) },
      );
      // the database fails after the export has begun (the header line is already sent)
      const execute = vi.spyOn(t.database.db, 'execute').mockRejectedValue(failure);
      for (const format of ['csv', 'xlsx']) {
        // the header line may be sent or not yet: either way the download breaks, never ends as if complete
        const download = fetch(`${base}/api/surveys/service-satisfaction/export.${format}`, {
          headers: { cookie: staff },
        }).then((res) => res.arrayBuffer());
        await expect(download, format).rejects.toThrow();
        // without node's response (another runtime, app.request) the stream ends with a bare error
        const inProcess = await t.request(`/api/surveys/service-satisfaction/export.${format}`, {
          cookie: staff,
        });
        await expect(inProcess.arrayBuffer(), format).rejects.toThrow(/export stopped before its end/);
      }
      execute.mockRestore();
      expect((await fetch(`${base}/api/health`)).status).toBe(200);
      const ok = await fetch(`${base}/api/surveys/service-satisfaction/export.csv`, {
        headers: { cookie: staff },
      });
      expect(ok.status).toBe(200);
      await ok.arrayBuffer();
      const logged = t.logs.join('\n');
      expect(
        logged.match(/export of survey service-satisfaction as \w+ stopped: database error 57014/g),
      ).toHaveLength(4);
      expect(logged).not.toContain(marker);
      expect(printed.join('\n')).not.toContain(marker);
      expect(printed.join('\n')).not.toMatch(/Failed query|at async|\.ts:\d+/);
    } finally {
      for (const spy of spies) spy.mockRestore();
      server.close();
      await t.close();
    }
  });
});
