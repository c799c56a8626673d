import { describe, expect, it } from 'vitest';
import { CONFIRMATION_TTL_MS, ExportConfirmations, type ExportGrant } from './confirmations.ts';

const GRANT: ExportGrant = { userId: 'u1', orgId: 'o1', surveyId: 's1', format: 'csv' };

describe('ExportConfirmations', () => {
  it('should take a confirmation once, before it expires', () => {
    let now = 1_000;
    const store = new ExportConfirmations(() => now);
    const { token, expiresAt } = store.issue(GRANT);
    expect(expiresAt.getTime()).toBe(1_000 + CONFIRMATION_TTL_MS);
    expect(store.redeem(token, GRANT)).toBe(true);
    expect(store.redeem(token, GRANT)).toBe(false);
    const late = store.issue(GRANT).token;
    now += CONFIRMATION_TTL_MS;
    expect(store.redeem(late, GRANT)).toBe(false);
  });

  it('should be spent by a wrong attempt, so a leaked token is worth one try', () => {
    const store = new ExportConfirmations();
    const { token } = store.issue(GRANT);
    expect(store.redeem(token, { ...GRANT, userId: 'u2' })).toBe(false);
    expect(store.redeem(token, GRANT)).toBe(false);
    for (const other of [{ orgId: 'o2' }, { surveyId: 's2' }, { format: 'xlsx' as const }]) {
      expect(store.redeem(store.issue(GRANT).token, { ...GRANT, ...other })).toBe(false);
    }
    expect(store.redeem('not-issued', GRANT)).toBe(false);
  });
});
