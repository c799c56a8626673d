import type { Database } from '@kolo/db';
import { openTestDatabase } from '@kolo/db/testing';
import { ACTION_STATUSES } from '@kolo/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionView, FindingSummaryView, ObservationView } from '../accountability/shapes.ts';
import { createApp, finishWrites } from '../app.ts';
import { readConfig } from '../config.ts';
import { createLogger } from '../logger.ts';
import { seedDemo } from './seed.ts';

describe('the demo accountability cycle', () => {
  let database: Database;
  let app: ReturnType<typeof createApp>;
  let cookie = '';
  const get = async <T>(path: string): Promise<T> => {
    const res = await app.app.request(path, { headers: { cookie } });
    expect(res.status, path).toBe(200);
    return (await res.json()) as T;
  };

  beforeAll(async () => {
    database = await openTestDatabase('pglite');
    await seedDemo(database.db, { password: 'demo-password-1', volume: 0.25 });
    app = createApp({ database, config: readConfig({}), log: createLogger('error', () => {}) });
    const login = await app.app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'staff@demo.kolo', password: 'demo-password-1' }),
    });
    cookie = login.headers.get('set-cookie')?.split(';')[0] ?? '';
  }, 600_000);
  afterAll(async () => {
    await finishWrites(app.deps);
    await database.close();
  });

  it('should have findings in English, Ukrainian and Russian, tied to the survey indicators', async () => {
    const { findings } = await get<{ findings: FindingSummaryView[] }>('/api/findings');
    expect(findings.length).toBeGreaterThanOrEqual(8);
    const titles = findings.map((f) => f.title).join('\n');
    expect(titles).toMatch(/syringes/);
    expect(titles).toMatch(/[іїєґ]/);
    expect(titles).toMatch(/полиция задерживает/);
    expect(findings.filter((f) => f.evidence?.target.kind === 'indicator').length).toBeGreaterThan(5);
    expect(new Set(findings.map((f) => f.visibility))).toEqual(
      new Set(['internal', 'shared_with_funders', 'published']),
    );
  });

  it('should have actions in every status, some overdue, and a resolved one the follow-up shows improved', async () => {
    const { actions } = await get<{ actions: ActionView[] }>('/api/actions?followUp=true');
    const statuses = new Set(actions.map((a) => a.status));
    for (const status of ACTION_STATUSES) expect(statuses, status).toContain(status);
    expect(actions.some((a) => a.overdue)).toBe(true);
    expect(actions.some((a) => a.status === 'resolved' && a.followUp?.verdict === 'improved')).toBe(true);
    expect(actions.find((a) => a.status === 'not_resolved')?.followUp?.verdict).toBe('unchanged');
    const escalated = await get<ActionView>(
      `/api/actions/${actions.find((a) => a.level === 'national' && a.dutyBearer.type === 'police_justice')?.id}`,
    );
    expect(escalated.history?.some((e) => e.kind === 'escalated' && e.previous !== null)).toBe(true);
  });

  it('should have field observations waiting for triage', async () => {
    const { observations } = await get<{ observations: ObservationView[] }>('/api/observations?status=new');
    expect(observations.length).toBeGreaterThanOrEqual(3);
  });
});
