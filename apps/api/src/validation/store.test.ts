import { auditLog } from '@kolo/db';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import {
  listValidations,
  setValidationEmbargo,
  undoValidation,
  validateQuarter,
  validationEmbargo,
} from './store.ts';

describe('validation store', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });
  const entries = (orgId: string, action: string) =>
    t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.orgId, orgId), eq(auditLog.action, action)));

  it('should record a quarter once with its audit entry, and undo it with another', async () => {
    const by = { orgId: t.orgs[0].id, userId: null };
    const quarter = {
      surveyId: 'service-satisfaction',
      quarter: '2026-Q1',
      periodStart: '2026-01-01',
      periodEnd: '2026-03-31',
      meetingDate: '2026-04-10',
      participants: 12,
      notes: null,
    };
    const row = await validateQuarter(t.database.db, by, quarter);
    expect(row).toMatchObject({ periodStart: '2026-01-01', participants: 12 });
    expect(await validateQuarter(t.database.db, by, quarter)).toBeUndefined();
    expect(await listValidations(t.database.db, by.orgId, 'service-satisfaction')).toHaveLength(1);
    // the other organization sees none of it and cannot undo it
    expect(await listValidations(t.database.db, t.orgs[1].id, 'service-satisfaction')).toHaveLength(0);
    const other = { orgId: t.orgs[1].id, userId: null };
    expect(await undoValidation(t.database.db, other, 'service-satisfaction', row?.id ?? '')).toBeUndefined();
    expect(await entries(by.orgId, 'period_validate')).toHaveLength(1);
    expect((await undoValidation(t.database.db, by, 'service-satisfaction', row?.id ?? ''))?.id).toBe(
      row?.id,
    );
    expect(await entries(by.orgId, 'period_unvalidate')).toHaveLength(1);
    expect(await listValidations(t.database.db, by.orgId, 'service-satisfaction')).toHaveLength(0);
  });

  it('should turn the embargo on for one organization only, with its audit entry', async () => {
    const by = { orgId: t.orgs[0].id, userId: null };
    expect(await validationEmbargo(t.database.db, by.orgId)).toBe(false);
    await setValidationEmbargo(t.database.db, by, true);
    expect(await validationEmbargo(t.database.db, by.orgId)).toBe(true);
    expect(await validationEmbargo(t.database.db, t.orgs[1].id)).toBe(false);
    const [entry] = await entries(by.orgId, 'embargo_change');
    expect(entry?.detail).toEqual({ validationEmbargo: true });
  });
});
