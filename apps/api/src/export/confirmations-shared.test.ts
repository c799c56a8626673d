import { randomUUID } from 'node:crypto';
import { resultRows } from '@kolo/db';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createApp, finishWrites } from '../app.ts';
import { createLogger } from '../logger.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import {
  CONFIRMATION_TTL_MS,
  type ExportGrant,
  MAX_PENDING_PER_USER,
  PostgresExportConfirmations,
} from './confirmations.ts';

const EXPORT = '/api/surveys/service-satisfaction/export.csv?includeSensitive=true&confirm=';

/** Two apps over one PostgreSQL database stand for two API processes behind a round-robin proxy. */
describe.skipIf(!inject('postgresUrl'))('export confirmations shared by API processes', () => {
  let t: TestApp;
  let other: ReturnType<typeof createApp>;
  let grant: ExportGrant;
  beforeAll(async () => {
    t = await createTestApp({ engine: 'postgres' });
    other = createApp({ database: t.database, config: t.config, log: createLogger('silent') });
    grant = { userId: randomUUID(), orgId: randomUUID(), surveyId: 's1', format: 'csv' };
  });
  afterAll(async () => {
    await finishWrites(other.deps);
    await t.close();
  });

  it('should open a sensitive export through one process with a confirmation issued by the other, once', async () => {
    const cookie = await t.login(t.orgs[0].emails.staff);
    const asked = await t.request('/api/surveys/service-satisfaction/export-confirmation', {
      method: 'POST',
      cookie,
      json: { format: 'csv' },
    });
    expect(asked.status).toBe(201);
    const { token } = (await asked.json()) as { token: string };
    const open = () => other.app.request(`${EXPORT}${token}`, { headers: { cookie } });
    const first = await open();
    expect(first.status).toBe(200);
    await first.text();
    const again = await open();
    expect(again.status).toBe(403);
    expect(await again.text()).toMatch(/fresh confirmation/);
  });

  it('should keep only a hash of the token, spend it on a wrong attempt and refuse it once expired', async () => {
    let now = Date.now();
    const store = new PostgresExportConfirmations(t.database.db, () => now);
    const { token, expiresAt } = await store.issue(grant);
    expect(expiresAt.getTime()).toBe(now + CONFIRMATION_TTL_MS);
    const stored = JSON.stringify(
      resultRows(await t.database.db.execute(sql`select * from export_confirmations`)),
    );
    expect(stored).not.toContain(token);
    expect(await store.redeem(token, { ...grant, format: 'xlsx' })).toBe(false);
    expect(await store.redeem(token, grant)).toBe(false);
    const late = (await store.issue(grant)).token;
    now += CONFIRMATION_TTL_MS;
    expect(await store.redeem(late, grant)).toBe(false);
    expect(await store.redeem('not-issued', grant)).toBe(false);
  });

  it('should hold at most a few pending confirmations per user, dropping the oldest', async () => {
    let now = Date.now();
    const store = new PostgresExportConfirmations(t.database.db, () => now);
    const tokens: string[] = [];
    for (let i = 0; i < MAX_PENDING_PER_USER + 5; i += 1) {
      now += 1;
      tokens.push((await store.issue(grant)).token);
    }
    expect(await store.redeem(tokens[0] ?? '', grant)).toBe(false);
    expect(await store.redeem(tokens.at(-1) ?? '', grant)).toBe(true);
  });
});
