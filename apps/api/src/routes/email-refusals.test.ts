import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createApp, finishWrites } from '../app.ts';
import { createLogger } from '../logger.ts';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../testing/test-app.ts';

/**
 * Two apps over one PostgreSQL database stand for two API processes: the hourly limit on e-mail
 * addresses refused as used elsewhere holds across both, so trying a list of addresses through
 * several processes finds out no more than through one.
 */
describe.skipIf(!inject('postgresUrl'))('refused e-mail addresses across two API processes', () => {
  let t: TestApp;
  let other: ReturnType<typeof createApp>;
  beforeAll(async () => {
    t = await createTestApp({ engine: 'postgres' });
    other = createApp({ database: t.database, config: t.config, log: createLogger('silent') });
  });
  afterAll(async () => {
    await finishWrites(other.deps);
    await t.close();
  });

  it('should refuse an eleventh address used elsewhere in both processes after ten through the two together', async () => {
    const cookie = await t.login(t.orgs[1].emails.admin);
    const create = (viaOther: boolean) => {
      const init = {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/json' },
        body: JSON.stringify({
          email: t.orgs[0].emails.staff,
          name: 'Someone',
          password: TEST_PASSWORD,
          role: 'staff',
        }),
      };
      return viaOther
        ? Promise.resolve(other.app.request('/api/users', init))
        : t.request('/api/users', init);
    };
    const statuses: number[] = [];
    for (let i = 0; i < 10; i += 1) statuses.push((await create(i % 2 === 1)).status);
    expect(statuses.every((s) => s === 409)).toBe(true);
    // ten refusals in all, five through each: the limit is reached in both processes
    expect((await create(false)).status).toBe(429);
    expect((await create(true)).status).toBe(429);
  });
});
