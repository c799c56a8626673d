import { type Db, organizations, validatedPeriods } from '@kolo/db';
import { and, desc, eq } from 'drizzle-orm';
import { audit } from '../audit.ts';
import { quarterLabel } from '../scorecard/periods.ts';

/** Who changes the validations: a user of the organization, or the command line (no user). */
export interface Editor {
  readonly orgId: string;
  readonly userId: string | null;
}

/** A quarter the community validated at a meeting, as stored. */
export type ValidatedPeriod = typeof validatedPeriods.$inferSelect;

/** What a meeting validating a quarter recorded. */
export interface QuarterValidation {
  readonly surveyId: string;
  /** The quarter, written `2026-Q1`, and its first and last day. */
  readonly quarter: string;
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly meetingDate: string;
  readonly participants: number;
  readonly notes: string | null;
}

/** The validated quarters of a survey of the organization, newest first. */
export async function listValidations(db: Db, orgId: string, surveyId: string): Promise<ValidatedPeriod[]> {
  return db
    .select()
    .from(validatedPeriods)
    .where(and(eq(validatedPeriods.orgId, orgId), eq(validatedPeriods.surveyId, surveyId)))
    .orderBy(desc(validatedPeriods.periodStart));
}

/**
 * Record a quarter validated, with its `period_validate` audit entry in the same transaction.
 * Undefined when the quarter is already validated.
 */
export async function validateQuarter(
  db: Db,
  by: Editor,
  v: QuarterValidation,
): Promise<ValidatedPeriod | undefined> {
  return db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ id: validatedPeriods.id })
      .from(validatedPeriods)
      .where(
        and(
          eq(validatedPeriods.orgId, by.orgId),
          eq(validatedPeriods.surveyId, v.surveyId),
          eq(validatedPeriods.periodStart, v.periodStart),
        ),
      );
    if (existing) return undefined;
    const [row] = await tx
      .insert(validatedPeriods)
      .values({
        orgId: by.orgId,
        surveyId: v.surveyId,
        periodStart: v.periodStart,
        periodEnd: v.periodEnd,
        meetingDate: v.meetingDate,
        participants: v.participants,
        notes: v.notes,
        createdBy: by.userId,
      })
      .returning();
    if (!row) throw new Error('validation not recorded');
    await audit(tx, by, 'period_validate', row.id, {
      surveyId: v.surveyId,
      quarter: v.quarter,
      meetingDate: v.meetingDate,
      participants: v.participants,
    });
    return row;
  });
}

/**
 * Undo the validation of a quarter of a survey of the organization, with its `period_unvalidate`
 * audit entry in the same transaction. Undefined when there is no such validation.
 */
export async function undoValidation(
  db: Db,
  by: Editor,
  surveyId: string,
  validationId: string,
): Promise<ValidatedPeriod | undefined> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .delete(validatedPeriods)
      .where(
        and(
          eq(validatedPeriods.id, validationId),
          eq(validatedPeriods.orgId, by.orgId),
          eq(validatedPeriods.surveyId, surveyId),
        ),
      )
      .returning();
    if (!row) return undefined;
    await audit(tx, by, 'period_unvalidate', row.id, {
      surveyId: row.surveyId,
      quarter: quarterLabel(row.periodStart),
      meetingDate: row.meetingDate,
      participants: row.participants,
    });
    return row;
  });
}

/** Whether funders and share links see only validated figures in the organization. */
export async function validationEmbargo(db: Db, orgId: string): Promise<boolean> {
  const [org] = await db
    .select({ validationEmbargo: organizations.validationEmbargo })
    .from(organizations)
    .where(eq(organizations.id, orgId));
  return org?.validationEmbargo ?? false;
}

/** Turn the organization's validation embargo on or off, with its `embargo_change` audit entry in the same transaction. */
export async function setValidationEmbargo(db: Db, by: Editor, on: boolean): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.update(organizations).set({ validationEmbargo: on }).where(eq(organizations.id, by.orgId));
    await audit(tx, by, 'embargo_change', by.orgId, { validationEmbargo: on });
  });
}
